package org.aftercare.desk;

import java.util.List;

import org.aftercare.desk.understanding.LanguageDetection;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("bench")
class LanguageThresholdProbe {
    static final List<String> FOREIGN = List.of(
            "Olá, onde está a minha encomenda? Já faz duas semanas e o rastreamento não mostra nada.",
            "Hallo, waar blijft mijn pakket? Ik wacht al twee weken en de tracking staat stil.",
            "Dzień dobry, gdzie jest moja paczka? Czekam już dwa tygodnie.",
            "Hej, var är mitt paket? Jag har väntat i två veckor nu.",
            "Merhaba, siparişim nerede? İki haftadır bekliyorum.",
            "Halo, di mana pesanan saya? Sudah dua minggu belum sampai.",
            "Bună ziua, unde este coletul meu? Aștept de două săptămâni.",
            "Ahoj, kde je můj balík? Čekám už dva týdny.",
            "Где мой заказ? Жду уже две недели.",
            "注文した商品はまだ届いていません。いつ届きますか？",
            "배송이 아직 안 왔어요. 언제 도착하나요?",
            "Olá, o produto chegou partido, quero o reembolso por favor.");

    @Test
    void probe() throws Exception {
        var set = UnderstandingEvaluationTests.evaluationSet();
        for (double d : new double[] {0.1}) {
            var u = new MessageUnderstanding(new DeskProperties(70, d, new java.math.BigDecimal(100)));
            long right = set.stream().filter(m -> u.understand(m.text(), MessageContext.none()).language().equals(m.language())).count();
            long flagged = FOREIGN.stream().filter(t -> !u.understand(t, MessageContext.none()).supported()).count();
            FOREIGN.stream().filter(t -> u.understand(t, MessageContext.none()).supported()).forEach(t -> System.out.println("  accepted " + u.understand(t, MessageContext.none()).language() + " " + t));
            System.out.printf("distance %.2f: supported right %d/%d, foreign flagged %d/%d%n", d, right, set.size(), flagged, FOREIGN.size());
        }
    }
}
