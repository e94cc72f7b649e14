package org.aftercare.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

import org.aftercare.outreach.notices.QuietHours;
import org.aftercare.outreach.templates.Library;
import org.aftercare.outreach.templates.NoticeText;
import org.aftercare.shared.Money;
import org.aftercare.tenancy.Shop;
import org.aftercare.tenancy.ShopId;
import org.aftercare.tenancy.TenantId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The library's texts, the editor's validation, the language chain and quiet hours, without Spring. */
class NoticeTextTests {

    private static final NoticeFacts FULL = new NoticeFacts("Anna", "576461234567891234", "2 × linen cushion cover",
            "InTransit", "DHL", "https://track.example/JD1", "Leipzig", DelayReason.CUSTOMS_INSPECTION,
            Instant.parse("2026-12-10T09:00:00Z"), Instant.parse("2026-12-14T18:00:00Z"),
            Instant.parse("2026-12-05T13:00:00Z"), Money.of("5.00", "EUR"), "Casa Linen", null, ZoneId.of("Europe/Berlin"));
    private static final NoticeFacts NOTHING = new NoticeFacts(null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null);

    static Stream<Arguments> everyText() {
        return Stream.of(Scenario.values()).flatMap(s -> Library.LANGUAGES.stream().map(l -> Arguments.of(s, l)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("everyText")
    void everyLibraryTextRendersFullyAndWithNothingKnown(Scenario scenario, String language) {
        NoticeText text = Library.text(scenario, language);
        NoticeText.Rendered full = text.render(FULL);
        assertThat(full.missing()).isEmpty();
        assertThat(full.subject() + full.body()).doesNotContain("{", "}", "[", "CUSTOMS_INSPECTION").contains("576461234567891234");
        NoticeText.Rendered bare = text.render(NOTHING);
        assertThat(bare.missing()).isEmpty();
        assertThat(bare.subject() + bare.body()).doesNotContain("{", "}", "[");
    }

    @Test
    void aDelayNoticeSaysReasonWindowAndNextUpdateInTheBuyersZoneAndLanguage() {
        NoticeText.Rendered de = Library.text(Scenario.DELAY_NOTICE, "de").render(FULL);
        assertThat(de.body()).contains("Zollkontrolle").contains("Voraussichtliche Zustellung: 10.–14. Dezember")
                .contains("spätestens am Samstag, 5. Dezember um 14:00")
                .contains("Gutschein über 5,00\u00a0€");
        NoticeText.Rendered zh = Library.text(Scenario.DELAY_NOTICE, "zh").render(FULL);
        assertThat(zh.body()).contains("海关查验").contains("物流查询链接：https://track.example/JD1").contains("深表歉意");
        NoticeText.Rendered en = Library.text(Scenario.DELAY_NOTICE, "en").render(FULL.withReason(DelayReason.EXTREME_WEATHER));
        assertThat(en.body()).contains("Severe weather").contains("€5.00");
    }

    @Test
    void aTemplateWithAnUnknownVariableOrBrokenSyntaxIsRefusedWithItsPosition() {
        assertThatThrownBy(() -> NoticeText.parse("de", "Ihre Bestellung", "Hallo {buyerName},\nIhr Paket {parcel} ist da."))
                .hasMessageStartingWith("de.body: unknown variable 'parcel' at line 2, column 12");
        assertThatThrownBy(() -> NoticeText.parse("en", "Order {orderNumber", "Hi"))
                .hasMessageStartingWith("en.subject: broken ICU syntax at line 1, column 7");
        assertThatThrownBy(() -> NoticeText.parse("en", "Order", "Next update {nextUpdateAt}"))
                .hasMessageContaining("en.body: variable 'nextUpdateAt' at line 1, column 14 is date");
    }

    @Test
    void aBuyerLanguageWithoutTextFallsBackToTheShopsLanguagesThenEnglish() {
        Shop shop = new Shop(new ShopId(java.util.UUID.randomUUID()), new TenantId(java.util.UUID.randomUUID()), "Shop",
                null, "AT", java.util.Currency.getInstance("EUR"), ZoneId.of("Europe/Vienna"), List.of("de", "en"), null);
        assertThat(NoticeTemplates.chain("pl", shop)).containsExactly("de", "en");
        assertThat(NoticeTemplates.chain("fr-BE", shop)).containsExactly("fr", "de", "en");
        assertThat(NoticeTemplates.chain(null, shop)).containsExactly("de", "en");
    }

    @Test
    void quietHoursHoldANoticeUntilMorningInTheBuyersZone() {
        QuietHours quiet = new QuietHours(java.time.LocalTime.of(21, 0), java.time.LocalTime.of(8, 0));
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        assertThat(quiet.nextAllowed(Instant.parse("2026-12-01T21:30:00Z"), berlin)).isEqualTo("2026-12-02T07:00:00Z");
        assertThat(quiet.nextAllowed(Instant.parse("2026-12-02T05:00:00Z"), berlin)).isEqualTo("2026-12-02T07:00:00Z");
        assertThat(quiet.nextAllowed(Instant.parse("2026-12-02T12:00:00Z"), berlin)).isEqualTo("2026-12-02T12:00:00Z");
    }
}
