package org.aftercare.integrations.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What mail clients put under a buyer's answer is cut; the buyer's own words stay. */
class QuotedTextTests {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "On Tue, Dec 1, 2026 at 10:00 AM Shop <service@shop.example> wrote:",
            "On 1 Dec 2026, at 10:00, Shop <service@shop.example> wrote:",
            "Am Di., 1. Dez. 2026 um 10:00 Uhr schrieb Shop <service@shop.example>:",
            "Am 01.12.2026 um 10:00 schrieb Shop:",
            "Le mar. 1 déc. 2026 à 10:00, Shop <service@shop.example> a écrit :",
            "Il giorno mar 1 dic 2026 alle ore 10:00 Shop <service@shop.example> ha scritto:",
            "El mar, 1 dic 2026 a las 10:00, Shop (<service@shop.example>) escribió:",
            "在 2026年12月1日 10:00，Shop <service@shop.example> 写道：",
            "-----Original Message-----",
            "-------- Ursprüngliche Nachricht --------"})
    void theAttributionLineAndEverythingUnderItIsCut(String attribution) {
        String mail = "Das Paket ist immer noch nicht da.\n\n" + attribution + "\nIhr Paket ist unterwegs.\nViele Grüße\n";
        assertThat(QuotedText.strip(mail)).isEqualTo("Das Paket ist immer noch nicht da.");
    }

    @Test
    void anAttributionWrappedOverTwoLinesIsCut() {
        String mail = "Still nothing.\n\nOn Tue, Dec 1, 2026 at 10:00 AM Shop Customer Service <service@shop.example>\nwrote:\n> Your parcel is on its way.";
        assertThat(QuotedText.strip(mail)).isEqualTo("Still nothing.");
    }

    @Test
    void anOutlookHeaderBlockIsCut() {
        String mail = "Bitte um Rückmeldung.\n\nVon: Shop <service@shop.example>\nGesendet: Dienstag, 1. Dezember 2026 10:00\nAn: Anna\nBetreff: Ihre Bestellung\n\nIhr Paket ist unterwegs.";
        assertThat(QuotedText.strip(mail)).isEqualTo("Bitte um Rückmeldung.");
    }

    @Test
    void quotedLinesBetweenTheBuyersOwnAreDropped() {
        String mail = "> Wann kommt es?\nMorgen, hoffe ich.\n> Und die Farbe?\nBlau bitte.";
        assertThat(QuotedText.strip(mail)).isEqualTo("Morgen, hoffe ich.\nBlau bitte.");
    }

    @Test
    void aSentenceThatMerelyMentionsWritingIsKept() {
        String mail = "On Monday my sister wrote to you already.\nWhere is the parcel?";
        assertThat(QuotedText.strip(mail)).isEqualTo(mail);
    }

    @Test
    void aMailThatIsOnlyAQuoteKeepsItsText() {
        String mail = "> Ihr Paket ist unterwegs.";
        assertThat(QuotedText.strip(mail)).isEqualTo(mail);
    }
}
