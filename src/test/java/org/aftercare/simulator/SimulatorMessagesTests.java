package org.aftercare.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.aftercare.simulator.world.Catalog;
import org.aftercare.simulator.world.Sku;
import org.junit.jupiter.api.Test;

/** Buyer messages and return requests cover every language, intent and reason, with details filled in. */
class SimulatorMessagesTests {

    static final List<BuyerMessage> MESSAGES = Simulator.buyerMessages(3, 5_000);
    static final List<ReturnRequest> RETURNS = Simulator.returnRequests(3, 5_000);

    @Test
    void messagesCoverEveryLanguageAndIntent() {
        assertThat(MESSAGES.stream().map(BuyerMessage::language).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("en", "de", "fr", "it", "es", "zh");
        assertThat(MESSAGES.stream().map(BuyerMessage::intent).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(MessageIntent.values());
        for (String language : List.of("en", "de", "fr", "it", "es", "zh")) {
            for (MessageIntent intent : MessageIntent.values()) {
                long phrasings = MESSAGES.stream()
                        .filter(m -> m.language().equals(language) && m.intent() == intent)
                        .map(m -> m.text().replace(m.orderNumber(), "").replace(m.product(), ""))
                        .map(text -> text.replaceAll("\\d+", "")).distinct().count();
                assertThat(phrasings).as(language + " " + intent).isGreaterThanOrEqualTo(2);
            }
        }
    }

    @Test
    void messagesCarryTheirOrdersDetailsAndNoPlaceholders() {
        assertThat(MESSAGES).allSatisfy(m -> {
            assertThat(m.text()).doesNotContain("{").doesNotContain("}");
            assertThat(m.orderNumber()).matches("57\\d{16}");
        });
        assertThat(MESSAGES).filteredOn(m -> m.text().contains(m.orderNumber())).hasSizeGreaterThan(2_000);
        assertThat(MESSAGES).filteredOn(m -> m.intent() == MessageIntent.SIZE)
                .allMatch(m -> sku(m.sku()).sized());
    }

    @Test
    void messagesAreWrittenInTheMarketsLanguages() {
        assertThat(MESSAGES).filteredOn(m -> m.market().equals("DE")).extracting(BuyerMessage::language)
                .containsOnly("de", "en");
        assertThat(MESSAGES).filteredOn(m -> m.market().equals("MY")).extracting(BuyerMessage::language)
                .containsOnly("en", "zh");
        assertThat(MESSAGES).filteredOn(m -> m.language().equals("zh"))
                .allMatch(m -> m.text().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
    }

    @Test
    void returnsCoverEveryReasonAndFitTheProduct() {
        assertThat(RETURNS.stream().map(ReturnRequest::reason).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(ReturnReason.values());
        assertThat(RETURNS).filteredOn(r -> r.reason() == ReturnReason.SIZE_MISMATCH)
                .allMatch(r -> sku(r.sku()).sized());
        assertThat(RETURNS).filteredOn(r -> r.reason() == ReturnReason.MISSING_PARTS)
                .allMatch(r -> sku(r.sku()).parts());
        assertThat(RETURNS).filteredOn(r -> r.comment() != null)
                .allSatisfy(r -> assertThat(r.comment()).doesNotContain("{"));
        Set<String> ids = RETURNS.stream().map(ReturnRequest::id).collect(Collectors.toSet());
        assertThat(ids).hasSize(RETURNS.size());
    }

    private static Sku sku(String code) {
        return Catalog.SKUS.stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
    }
}
