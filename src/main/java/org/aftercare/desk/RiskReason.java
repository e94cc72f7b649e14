package org.aftercare.desk;

/** Why a message may escalate into a dispute, a bad review or a chargeback. */
public enum RiskReason {
    ANGER,
    INSULT,
    THREAT_TO_EXPOSE,
    THREAT_TO_DISPUTE,
    THREAT_TO_CHARGE_BACK,
    THREAT_OF_LEGAL_ACTION,
    REPEATED_CONTACTS,
    DAYS_LATE,
    HIGH_ORDER_VALUE,
    EARLIER_DISPUTES;

    public boolean isThreat() {
        return name().startsWith("THREAT_");
    }
}
