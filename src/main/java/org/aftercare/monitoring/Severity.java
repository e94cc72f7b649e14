package org.aftercare.monitoring;

public enum Severity {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL
}
