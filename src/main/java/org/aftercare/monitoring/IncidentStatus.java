package org.aftercare.monitoring;

public enum IncidentStatus {
    OPEN,
    RESOLVED
}
