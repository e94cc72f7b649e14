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
    void aDeniedThreatIsNoThreatInEveryLanguage() {
        assertThat(understand("I won't leave a bad review, I just want to know where my parcel is").escalate()).isFalse();
        assertThat(understand("Ich werde keine schlechte Bewertung schreiben, wo bleibt mein Paket?").riskReasons()).isEmpty();
        assertThat(understand("Je ne vais pas laisser un avis négatif, je veux juste savoir où est mon colis").riskReasons()).isEmpty();
        assertThat(understand("Non lascerò una recensione negativa, voglio solo sapere dov'è il mio pacco").riskReasons()).isEmpty();
        assertThat(understand("No voy a poner una mala reseña, solo quiero saber dónde está mi pedido").riskReasons()).isEmpty();
        Understanding chinese = understand("我不会给差评的，只想知道包裹什么时候到");
        assertThat(chinese.intent()).isEqualTo(Intent.WHERE_IS_MY_ORDER);
        assertThat(chinese.riskReasons()).isEmpty();
        assertThat(chinese.explanation()).anyMatch(line -> line.contains("\"差评\" negated by \"不会\""));
    }

    @Test
    void aNegationInAnIfClauseIsAConditionNotADenial() {
        Understanding result = understand("If you don't refund me today I will open a dispute");
        assertThat(result.riskReasons()).contains(RiskReason.THREAT_TO_DISPUTE);
        assertThat(result.escalate()).isTrue();
        assertThat(understand("Si no me devolvéis el dinero pongo una denuncia").escalate()).isTrue();
        assertThat(understand("Wenn ihr nicht antwortet, gehe ich zum Anwalt").escalate()).isTrue();
    }

    @Test
    void notDamagedButTheWrongColourIsAboutTheColour() {
        assertThat(understand("nicht beschädigt, aber falsche Farbe").intent()).isEqualTo(Intent.COLOUR_DIFFERENCE);
        assertThat(understand("pas abîmé, mais ce n'est pas la bonne couleur").intent()).isEqualTo(Intent.COLOUR_DIFFERENCE);
        assertThat(understand("non è rotto, ma il colore è sbagliato").intent()).isEqualTo(Intent.COLOUR_DIFFERENCE);
        assertThat(understand("no está roto, pero el color no es el de la foto").intent()).isEqualTo(Intent.COLOUR_DIFFERENCE);
        assertThat(understand("没有坏，但是颜色不对").intent()).isEqualTo(Intent.COLOUR_DIFFERENCE);
        assertThat(understand("The box was not damaged but it's the wrong colour").explanation())
                .anyMatch(line -> line.startsWith("\"damaged\" negated by \"not\""));
    }

    @Test
    void notDeliveredIsADelayAndDeliveredButMissingIsNot() {
        assertThat(understand("My parcel has not been delivered yet, it is two weeks late").intent()).isEqualTo(Intent.WHERE_IS_MY_ORDER);
        assertThat(understand("Das Paket wurde noch nicht zugestellt").intent()).isEqualTo(Intent.WHERE_IS_MY_ORDER);
        assertThat(understand("Le suivi dit livré mais je n'ai rien").intent()).isEqualTo(Intent.DELIVERED_NOT_RECEIVED);
        assertThat(understand("說放快遞櫃了，但我沒收到取件碼").intent()).isEqualTo(Intent.DELIVERED_NOT_RECEIVED);
    }

    @Test
    void aPhraseInsideALongerPhraseOfAnotherIntentGivesWay() {
        Understanding result = understand("It's taking far too long to arrive, where is it?");
        assertThat(result.intent()).isEqualTo(Intent.WHERE_IS_MY_ORDER);
        assertThat(result.explanation()).anyMatch(line -> line.startsWith("\"too long\" part of \"too long to arrive\""));
        assertThat(understand("色差太大了").intent()).isEqualTo(Intent.COLOUR_DIFFERENCE);
    }

    @Test
    void aSentenceBreakEndsAPhraseAndANegation() {
        // "no." ends the clause: "damaged" in the next sentence is not denied
        assertThat(understand("Did it arrive? No. It arrived damaged.").intent()).isEqualTo(Intent.DAMAGED_OR_QUALITY);
    }

    @Test
    void latinWordsInChineseTextAreWords() {
        assertThat(understand("这个吹风机是220V的吗？").intent()).isEqualTo(Intent.PRODUCT_QUESTION);
        assertThat(understand("再不处理我就打12315投诉你们").riskReasons())
                .contains(RiskReason.THREAT_OF_LEGAL_ACTION, RiskReason.THREAT_TO_DISPUTE);
    }

    @Test
    void consumerBodiesAreLegalThreats() {
        assertThat(understand("Wenn ich bis Freitag nichts höre, gehe ich zur Verbraucherzentrale.").escalate()).isTrue();
        assertThat(understand("Je vais signaler votre boutique à la DGCCRF").escalate()).isTrue();
        assertThat(understand("vi segnalo ad Altroconsumo").escalate()).isTrue();
        assertThat(understand("os denuncio a la OCU").escalate()).isTrue();
    }

    @Test
    void anAngryMessageWithoutAThreatIsAComplaintThatDoesNotEscalateOnItsOwn() {
        Understanding result = understand("honestly the worst shopping experience ever, nobody replies, total joke");
        assertThat(result.intent()).isEqualTo(Intent.COMPLAINT_OR_THREAT);
        assertThat(result.escalate()).isFalse();
    }

    @Test
    void angerAloneIsAComplaintWhenNothingElseIsAsked() {
        Understanding english = understand("Honestly, I am disappointed.");
        assertThat(english.intent()).isEqualTo(Intent.COMPLAINT_OR_THREAT);
        assertThat(english.explanation()).anyMatch(line -> line.startsWith("rule: no other intent"));
        assertThat(english.escalate()).isFalse();
        assertThat(understand("Servicio lamentable, nadie contesta").intent()).isEqualTo(Intent.COMPLAINT_OR_THREAT);
        // with a real request, anger still counts half and the request wins
        assertThat(understand("Pathetic. Where is my order?").intent()).isEqualTo(Intent.WHERE_IS_MY_ORDER);
    }

    @Test
    void anExplicitCancellationBeatsTheColourOrSizeItGivesAsReason() {
        Understanding italian = understand("vorrei annullare l'ordine, ho scelto il colore sbagliato");
        assertThat(italian.intent()).isEqualTo(Intent.CANCELLATION);
        assertThat(italian.explanation()).contains("rule: explicit cancellation beats COLOUR_DIFFERENCE");
        assertThat(understand("尺码拍错了，还没发货的话请取消订单").intent()).isEqualTo(Intent.CANCELLATION);
        // without a cancel verb, the colour is the complaint
        assertThat(understand("the colour is completely different from the photo").intent())
                .isEqualTo(Intent.COLOUR_DIFFERENCE);
    }

    @Test
    void breakageIsUnderstoodAsAFamilyOfWords() {
        assertThat(understand("the strap snapped after a week").intent()).isEqualTo(Intent.DAMAGED_OR_QUALITY);
        assertThat(understand("Der Henkel ist abgebrochen").intent()).isEqualTo(Intent.DAMAGED_OR_QUALITY);
        assertThat(understand("la lampe ne fonctionne plus").intent()).isEqualTo(Intent.DAMAGED_OR_QUALITY);
        assertThat(understand("il coperchio è incrinato").intent()).isEqualTo(Intent.DAMAGED_OR_QUALITY);
        assertThat(understand("la tapa vino agrietada").intent()).isEqualTo(Intent.DAMAGED_OR_QUALITY);
        assertThat(understand("充电器失灵了").intent()).isEqualTo(Intent.DAMAGED_OR_QUALITY);
    }

    @Test
    void broadQuestionWordsGiveWayToLongerPhrases() {
        // "够" (enough: "够四个人用吗") inside "受够了" (fed up); "quanti" inside "quanti giorni" (how many days)
        assertThat(understand("我受够了，三天没人回").intent()).isEqualTo(Intent.COMPLAINT_OR_THREAT);
        assertThat(understand("quanti giorni devo ancora aspettare?").intent()).isEqualTo(Intent.WHERE_IS_MY_ORDER);
        assertThat(understand("gibt es schon Neuigkeiten zu meiner Bestellung?").intent()).isEqualTo(Intent.WHERE_IS_MY_ORDER);
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
