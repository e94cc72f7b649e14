package org.aftercare.desk.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.aftercare.desk.Channel;
import org.aftercare.desk.Priority;
import org.aftercare.desk.SlaDefaults;
import org.aftercare.tenancy.ShopId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The most specific enabled policy wins: shop 8, market 4, channel 2, priority 1. */
class SlaPolicySelectionTests {

    static final ShopId BERLIN_SHOP = new ShopId(UUID.fromString("00000000-0000-0000-0000-0000000000b1"));
    static final ShopId OTHER_SHOP = new ShopId(UUID.fromString("00000000-0000-0000-0000-0000000000b2"));

    static final List<SlaPolicy> POLICIES = List.of(
            policy("Germany", null, "DE", null, null, true),
            policy("Berlin shop", BERLIN_SHOP, null, null, null, true),
            policy("TikTok chats", null, null, Channel.TIKTOK_CHAT, null, true),
            policy("Berlin shop chats", BERLIN_SHOP, null, Channel.TIKTOK_CHAT, null, true),
            policy("Urgent", null, null, null, Priority.URGENT, true),
            policy("Urgent in Germany (disabled)", null, "DE", null, Priority.URGENT, false));

    @ParameterizedTest(name = "{0} {1} {2} {3} -> {4}")
    @CsvSource(delimiter = '|', value = {
            "BERLIN | DE | TIKTOK_CHAT | NORMAL | Berlin shop chats",
            "BERLIN | DE | EMAIL       | URGENT | Berlin shop",
            "OTHER  | DE | TIKTOK_CHAT | URGENT | Germany",
            "OTHER  | FR | TIKTOK_CHAT | URGENT | TikTok chats",
            "OTHER  | FR | EMAIL       | URGENT | Urgent",
            "OTHER  | FR | EMAIL       | LOW    | default",
            "OTHER  | de | EMAIL       | LOW    | Germany",
    })
    void theMostSpecificEnabledPolicyWins(String shop, String market, Channel channel, Priority priority,
                                          String expected) {
        SlaPolicy chosen = SlaPolicySelection.choose(POLICIES, SlaPolicy.builtIn(SlaDefaults.defaults()),
                shop.equals("BERLIN") ? BERLIN_SHOP : OTHER_SHOP, market, channel, priority);
        assertThat(chosen.name()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "EMAIL  | Urgent in Germany",
            "API    | Urgent in Germany",
    })
    void marketAndPriorityTogetherBeatMarketAlone(Channel channel, String expected) {
        List<SlaPolicy> withUrgentGermany = new java.util.ArrayList<>(POLICIES);
        withUrgentGermany.add(policy("Urgent in Germany", null, "DE", null, Priority.URGENT, true));
        SlaPolicy chosen = SlaPolicySelection.choose(withUrgentGermany, SlaPolicy.builtIn(SlaDefaults.defaults()),
                OTHER_SHOP, "DE", channel, Priority.URGENT);
        assertThat(chosen.name()).isEqualTo(expected);
        assertThat(chosen.criteria()).containsExactly("market", "priority");
    }

    static SlaPolicy policy(String name, ShopId shop, String market, Channel channel, Priority priority,
                            boolean enabled) {
        return new SlaPolicy(UUID.randomUUID(), name, shop, market, channel, priority, Duration.ofHours(2), null, null,
                null, false, Set.of(), enabled);
    }
}
