package org.aftercare.desk;

import java.math.BigDecimal;

/**
 * What the desk knows about a message besides its text; every part is optional (null = unknown).
 *
 * @param contactsInLast7Days messages from this buyer about the order in the last 7 days, this one included
 * @param daysLate            days past the promised delivery date
 * @param orderValue          order value in {@code currency}
 * @param currency            ISO 4217 code of {@code orderValue}
 * @param earlierDisputes     disputes, chargebacks or platform cases this buyer opened before
 */
public record MessageContext(Integer contactsInLast7Days, Integer daysLate, BigDecimal orderValue, String currency,
                             Integer earlierDisputes) {

    public static MessageContext none() {
        return new MessageContext(null, null, null, null, null);
    }
}
