package org.aftercare.desk.understanding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.aftercare.desk.Intent;
import org.aftercare.desk.RiskReason;
import org.aftercare.desk.understanding.Lexicon.Entry;
import org.aftercare.desk.understanding.Lexicon.Match;

/**
 * Classifies a message by adding up the weights of the lexicon phrases it contains, per intent.
 * The rules, in order:
 * <ol>
 *   <li>a threat (to expose, open a dispute, charge back, sue) makes it a COMPLAINT_OR_THREAT,
 *       whatever else the buyer asks for — the threat decides how the desk must handle it;</li>
 *   <li>otherwise the intent with the highest total wins; anger and insults count half towards
 *       COMPLAINT_OR_THREAT;</li>
 *   <li>an explicit request to cancel ({@value #EXPLICIT_CANCELLATION} or more of cancellation
 *       weight: "cancel", "stornieren", "annuler", "取消") beats a colour, a size or a shipping
 *       state it mentions as its reason — "cancel, I picked the wrong colour", "还没发货的话帮我取消";</li>
 *   <li>a winner with less than {@value #MINIMUM_EVIDENCE} of weight is no evidence; but when no
 *       intent reaches it, anger and insults count in full, so "Worst customer service ever" is a
 *       COMPLAINT_OR_THREAT (a complaint without a threat); otherwise OTHER.</li>
 * </ol>
 * Confidence = the winner's share of all evidence × (1 − e^(−winner's weight / 2)): high when one
 * intent dominates and several phrases agree.
 */
public final class IntentClassifier {

    static final double MINIMUM_EVIDENCE = 1.0;
    static final double EXPLICIT_CANCELLATION = 2.5;
    private static final Set<Intent> REASONS_FOR_CANCELLING = EnumSet.of(Intent.COLOUR_DIFFERENCE,
            Intent.SIZE_MISMATCH, Intent.WHERE_IS_MY_ORDER);

    /** {@code matches} are the phrases that counted (negated ones are only in the explanation). */
    public record Classification(Intent intent, double confidence, List<String> explanation, List<Entry> matches) {
    }

    public static Classification classify(Lexicon lexicon, NormalisedText text) {
        List<Match> found = lexicon.matches(text);
        List<Entry> matches = found.stream().filter(Match::counts).map(Match::entry).toList();
        Map<Intent, Double> scores = new EnumMap<>(Intent.class);
        boolean threat = false;
        double anger = 0;
        for (Entry entry : matches) {
            if (entry.intent() != null) {
                scores.merge(entry.intent(), entry.weight(), Double::sum);
            } else {
                RiskReason reason = entry.reason();
                threat |= reason.isThreat();
                boolean angry = reason == RiskReason.ANGER || reason == RiskReason.INSULT;
                anger += angry ? entry.weight() : 0;
                double towardsComplaint = reason.isThreat() ? entry.weight()
                        : angry ? entry.weight() / 2 : 0;
                scores.merge(Intent.COMPLAINT_OR_THREAT, towardsComplaint, Double::sum);
            }
        }
        Intent best = Intent.OTHER;
        double bestScore = 0;
        double total = 0;
        for (var score : scores.entrySet()) {
            total += score.getValue();
            if (score.getValue() > bestScore) {
                best = score.getKey();
                bestScore = score.getValue();
            }
        }
        String rule = null;
        if (threat) {
            best = Intent.COMPLAINT_OR_THREAT;
            bestScore = scores.get(best);
        } else if (REASONS_FOR_CANCELLING.contains(best)
                && scores.getOrDefault(Intent.CANCELLATION, 0.0) >= EXPLICIT_CANCELLATION) {
            rule = "explicit cancellation beats " + best;
            best = Intent.CANCELLATION;
            bestScore = scores.get(best);
        } else if (bestScore < MINIMUM_EVIDENCE && anger > 0) {
            double complaint = scores.getOrDefault(Intent.COMPLAINT_OR_THREAT, 0.0) + anger / 2;
            if (complaint >= MINIMUM_EVIDENCE) {
                rule = "no other intent: anger and insults count in full towards COMPLAINT_OR_THREAT";
                total += anger / 2;
                best = Intent.COMPLAINT_OR_THREAT;
                bestScore = complaint;
            }
        }
        List<Match> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparing(Match::counts).reversed()
                .thenComparing(Comparator.comparingDouble((Match match) -> match.entry().weight()).reversed()));
        List<String> explanation = new ArrayList<>(sorted.stream().map(IntentClassifier::explain).toList());
        if (rule != null) {
            explanation.add("rule: " + rule);
        }
        explanation = List.copyOf(explanation);
        if (bestScore < MINIMUM_EVIDENCE) {
            return new Classification(Intent.OTHER, round(total == 0 ? 0.5 : 0.5 - bestScore / 4), explanation, matches);
        }
        double confidence = bestScore / total * (1 - Math.exp(-bestScore / 2));
        return new Classification(best, round(confidence), explanation, matches);
    }

    private static String explain(Match match) {
        Entry entry = match.entry();
        Object target = entry.intent() != null ? entry.intent() : entry.reason();
        if (match.counts()) {
            return "\"%s\" → %s %+.1f".formatted(entry.phrase(), target, entry.weight());
        }
        return match.negatedBy() != null
                ? "\"%s\" negated by \"%s\" → %s not counted".formatted(entry.phrase(), match.negatedBy(), target)
                : "\"%s\" part of \"%s\" → %s not counted".formatted(entry.phrase(), match.partOf(), target);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
