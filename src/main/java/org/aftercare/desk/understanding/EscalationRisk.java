package org.aftercare.desk.understanding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.aftercare.desk.MessageContext;
import org.aftercare.desk.RiskReason;
import org.aftercare.desk.understanding.Lexicon.Entry;

/**
 * How likely a message is to turn into a dispute, a bad review or a chargeback, 0..100, with the
 * reasons ordered by how much each adds:
 * <pre>
 * threat (strongest one)         charge back 80 · legal action 80 · dispute/platform case 70 · expose/review 70
 *   each further threat phrase   +15
 * anger                          +10 a phrase, at most 20
 * insult                         +20 a phrase, at most 30
 * repeated contacts              +10 from the 3rd message in 7 days on, at most 30 (or +15 when the text says so)
 * days late                      +2 a day from 3 days, at most 25
 * order value                    +10 from the high value, +20 from 3× it
 * earlier disputes               +15 each, at most 30
 * </pre>
 */
public final class EscalationRisk {

    public record Assessment(int risk, List<RiskReason> reasons) {
    }

    public static Assessment assess(List<Entry> matches, MessageContext context, BigDecimal highOrderValue) {
        Map<RiskReason, Integer> points = new EnumMap<>(RiskReason.class);
        int strongestThreat = 0;
        int threatPhrases = 0;
        for (Entry entry : matches) {
            RiskReason reason = entry.reason();
            if (reason == null) {
                continue;
            }
            switch (reason) {
                case THREAT_TO_CHARGE_BACK, THREAT_OF_LEGAL_ACTION -> points.merge(reason, 80, Math::max);
                case THREAT_TO_DISPUTE, THREAT_TO_EXPOSE -> points.merge(reason, 70, Math::max);
                case ANGER -> points.merge(reason, 10, (a, b) -> Math.min(20, a + b));
                case INSULT -> points.merge(reason, 20, (a, b) -> Math.min(30, a + b));
                case REPEATED_CONTACTS -> points.merge(reason, 15, Math::max);
                default -> { }
            }
            if (reason.isThreat()) {
                threatPhrases++;
            }
        }
        for (var entry : points.entrySet()) {
            if (entry.getKey().isThreat()) {
                strongestThreat = Math.max(strongestThreat, entry.getValue());
            }
        }
        int risk = strongestThreat + 15 * Math.max(0, threatPhrases - 1);
        for (var entry : points.entrySet()) {
            if (!entry.getKey().isThreat() && entry.getKey() != RiskReason.REPEATED_CONTACTS) {
                risk += entry.getValue();
            }
        }
        if (context.contactsInLast7Days() != null && context.contactsInLast7Days() >= 3) {
            points.merge(RiskReason.REPEATED_CONTACTS, Math.min(30, 10 * (context.contactsInLast7Days() - 2)), Math::max);
        }
        risk += points.getOrDefault(RiskReason.REPEATED_CONTACTS, 0);
        if (context.daysLate() != null && context.daysLate() >= 3) {
            risk += add(points, RiskReason.DAYS_LATE, Math.min(25, 2 * context.daysLate()));
        }
        if (context.orderValue() != null && context.orderValue().compareTo(highOrderValue) >= 0) {
            boolean veryHigh = context.orderValue().compareTo(highOrderValue.multiply(BigDecimal.valueOf(3))) >= 0;
            risk += add(points, RiskReason.HIGH_ORDER_VALUE, veryHigh ? 20 : 10);
        }
        if (context.earlierDisputes() != null && context.earlierDisputes() > 0) {
            risk += add(points, RiskReason.EARLIER_DISPUTES, Math.min(30, 15 * context.earlierDisputes()));
        }
        List<RiskReason> reasons = new ArrayList<>(points.keySet());
        reasons.sort((a, b) -> Integer.compare(points.get(b), points.get(a)));
        return new Assessment(Math.min(100, risk), List.copyOf(reasons));
    }

    private static int add(Map<RiskReason, Integer> points, RiskReason reason, int value) {
        points.put(reason, value);
        return value;
    }
}
