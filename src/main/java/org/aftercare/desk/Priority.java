package org.aftercare.desk;

/** How urgent a ticket is; SLA policies may differ per priority. Escalation raises it to URGENT. */
public enum Priority {
    URGENT,
    HIGH,
    NORMAL,
    LOW
}
