package org.aftercare.desk.sla;

import java.util.Comparator;
import java.util.List;

import org.aftercare.desk.Channel;
import org.aftercare.desk.Priority;
import org.aftercare.tenancy.ShopId;

/**
 * Which policy a ticket is held to. Among the enabled policies whose criteria all match, the most
 * specific wins; specificity is the sum of the weights of the criteria a policy names: shop 8,
 * market 4, channel 2, priority 1. So a shop policy beats any market policy, a market policy any
 * channel policy, and a channel policy any priority policy; between two policies that both name
 * the shop, the one that also names the channel wins. Two enabled policies cannot name the same
 * criteria with the same values (a unique index), so there is never a tie. When nothing matches,
 * the built-in default applies.
 */
final class SlaPolicySelection {

    private SlaPolicySelection() {
    }

    static SlaPolicy choose(List<SlaPolicy> policies, SlaPolicy builtIn, ShopId shop, String market, Channel channel,
                            Priority priority) {
        return policies.stream()
                .filter(SlaPolicy::enabled)
                .filter(p -> p.matches(shop, market, channel, priority))
                .max(Comparator.comparingInt(SlaPolicy::specificity))
                .orElse(builtIn);
    }
}
