package org.aftercare.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** The understanding specified by example: intents explained, escalation with its reasons. */
class MessageUnderstandingTests {

    static final MessageUnderstanding desk = new MessageUnderstanding(DeskProperties.defaults());

    static Understanding understand(String text) {
        return desk.understand(text, MessageContext.none());
    }

    @Test
    void explainsTheIntentWithTheMatchedPhrases() {
        Understanding result = understand("Hallo, das Paket ist kaputt angekommen. Ich will mein Geld zurück!");
        assertThat(result.language()).isEqualTo("de");
        assertThat(result.supported()).isTrue();
        assertThat(result.explanation()).anyMatch(phrase -> phrase.contains("kaputt"))
                .anyMatch(phrase -> phrase.contains("geld zurück"));
        assertThat(result.confidence()).isBetween(0.0, 1.0);
    }

    @Test
    void matchesWithoutAccentsAndInFullWidthForms() {
        assertThat(understand("toujours pas recu mon colis, il est ou ???").intent()).isEqualTo(Intent.WHERE_IS_MY_ORDER);
        assertThat(understand("我的快递到哪了？还没收到").intent()).isEqualTo(Intent.WHERE_IS_MY_ORDER);
        assertThat(understand("衣服尺码偏小，能换大一码吗").intent()).isEqualTo(Intent.SIZE_MISMATCH);
    }

    @Test
    void deliveredButNotReceivedIsNotAnOrdinaryDelay() {
        assertThat(understand("Tracking says delivered but I never got it").intent())
                .isEqualTo(Intent.DELIVERED_NOT_RECEIVED);
    }

    @Test
    void aThreatToExposeEscalates() {
        Understanding result = understand("I will post this on TikTok and leave a 1-star review");
        assertThat(result.intent()).isEqualTo(Intent.COMPLAINT_OR_THREAT);
        assertThat(result.riskReasons()).first().isEqualTo(RiskReason.THREAT_TO_EXPOSE);
        assertThat(result.risk()).isGreaterThanOrEqualTo(70);
        assertThat(result.escalate()).isTrue();
    }

    @Test
    void chargebacksAndLawyersEscalateInEveryLanguage() {
        assertThat(understand("Nobody answers. Chargeback is next.").riskReasons()).contains(RiskReason.THREAT_TO_CHARGE_BACK);
        assertThat(understand("Wenn das nicht geklärt wird, gehe ich zum Anwalt.").riskReasons())
                .contains(RiskReason.THREAT_OF_LEGAL_ACTION);
        assertThat(understand("Je vais contacter mon avocat si je ne suis pas remboursé.").escalate()).isTrue();
        assertThat(understand("Ti faccio una denuncia se non mi rimborsate").escalate()).isTrue();
        assertThat(understand("再不处理我就去投诉，还要曝光你们，给差评").riskReasons())
                .contains(RiskReason.THREAT_TO_DISPUTE, RiskReason.THREAT_TO_EXPOSE);
        assertThat(understand("Como no me contestéis pongo una denuncia y hablo con mi abogado").escalate()).isTrue();
    }

    @Test
    void aPoliteQuestionDoesNotEscalate() {
        Understanding result = understand("Hi, could you check on order 123 please? Thanks!");
        assertThat(result.risk()).isLessThan(30);
        assertThat(result.escalate()).isFalse();
        assertThat(result.riskReasons()).isEmpty();
    }

    @Test
    void theContextAddsRiskWithItsReasons() {
        var context = new MessageContext(4, 10, new BigDecimal("450"), "EUR", 1);
        Understanding result = desk.understand("Where is my order? This is ridiculous.", context);
        assertThat(result.riskReasons()).contains(RiskReason.REPEATED_CONTACTS, RiskReason.DAYS_LATE,
                RiskReason.HIGH_ORDER_VALUE, RiskReason.EARLIER_DISPUTES, RiskReason.ANGER);
        assertThat(result.escalate()).isTrue();
        assertThat(understand("Where is my order? This is ridiculous.").escalate()).isFalse();
    }

    @Test
    void otherLanguagesAreFlaggedUnsupported() {
        assertThat(understand("Где мой заказ? Жду уже две недели.").supported()).isFalse();
        assertThat(understand("注文した商品はまだ届いていません。いつ届きますか？").supported()).isFalse();
        assertThat(understand("Dzień dobry, gdzie jest moja paczka? Czekam już dwa tygodnie.").supported()).isFalse();
        Understanding dutch = understand("Hallo, waar blijft mijn pakket? Ik wacht al twee weken en de tracking staat stil.");
        assertThat(dutch.supported()).isFalse();
        assertThat(dutch.intent()).isEqualTo(Intent.OTHER);
    }

    @Test
    void htmlIsJustText() {
        Understanding result = understand("<script>alert('x')</script> my parcel arrived <b>damaged</b>");
        assertThat(result.intent()).isEqualTo(Intent.DAMAGED_OR_QUALITY);
    }

    @Test
    void refusesAnEmptyText() {
        assertThatIllegalArgumentException().isThrownBy(() -> understand("  ")).withMessageStartingWith("text:");
    }
}
