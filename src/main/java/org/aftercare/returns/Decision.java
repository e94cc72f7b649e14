package org.aftercare.returns;

import org.aftercare.shared.Money;

/**
 * The answer to a return request: the action, the id of the rule that chose it and why, in words
 * an agent can act on. {@code amount} is the refund (returnless or partial) or the coupon's value;
 * null for the other actions.
 */
public record Decision(ReturnAction action, String rule, String reason, Money amount) {

    public static Decision of(ReturnAction action, String rule, String reason) {
        return new Decision(action, rule, reason, null);
    }
}
