package org.aftercare.logistics.importing;

/** The fields of a tracking event as our JSON API and our CSV file name them. */
public enum EventField {
    TRACKING_NUMBER("trackingNumber", "tracking_number"),
    CARRIER("carrier", "carrier"),
    PROVIDER("provider", "provider"),
    EVENT_ID("eventId", "event_id"),
    OCCURRED_AT("occurredAt", "occurred_at"),
    ZONE("zone", "zone"),
    COUNTRY("country", "country"),
    LOCATION("location", "location"),
    RAW_STATUS("rawStatus", "raw_status"),
    DESCRIPTION("description", "description"),
    STATUS("status", "status"),
    SUB_STATUS("subStatus", "sub_status"),
    MILESTONE("milestone", "milestone");

    private final String json;
    private final String csv;

    EventField(String json, String csv) {
        this.json = json;
        this.csv = csv;
    }

    public String json() {
        return json;
    }

    public String csv() {
        return csv;
    }
}
