package org.aftercare.logistics.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.aftercare.logistics.IncomingEvent;
import org.aftercare.logistics.Milestone;
import org.aftercare.logistics.TrackingStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a tracking event written as text becomes an event, or why it does not. */
class EventTextTests {

    @ParameterizedTest(name = "occurredAt {0}, zone {1}, country {2} → {3}")
    @CsvSource(nullValues = "-", textBlock = """
            2026-11-20T14:05:00+08:00,        -,               -,  2026-11-20T06:05:00Z
            2026-11-20T14:05:00Z,             Europe/Berlin,   -,  2026-11-20T14:05:00Z
            2026-11-20T14:05:00[Asia/Tokyo],  -,               -,  2026-11-20T05:05:00Z
            2026-11-20T14:05:00,              Asia/Shanghai,   -,  2026-11-20T06:05:00Z
            2026-11-20 14:05:00,              -,               DE, 2026-11-20T13:05:00Z
            2026-11-20T14:05:00,              Europe/London,   CN, 2026-11-20T14:05:00Z
            2026-11-20T14:05:00,              -,               CHN, 2026-11-20T06:05:00Z
            """)
    void aTimeIsReadWithItsOffsetElseInTheZoneElseInTheCountrysMainZone(String at, String zone, String country,
                                                                         String expected) {
        IncomingEvent event = text(at, zone, country, "InTransit", null).read("api").event();
        assertThat(event.occurredAt()).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "-", textBlock = """
            2026-11-20T14:05:00     | -                | -   | InTransit | -        | OCCURRED_AT | '2026-11-20T14:05:00' has no offset; give one (e.g. +08:00), a zone, or a country whose zone is known
            2026-11-20T14:05:00     | -                | ZW  | InTransit | -        | OCCURRED_AT | '2026-11-20T14:05:00' has no offset; give one (e.g. +08:00), a zone, or a country whose zone is known
            20.11.2026 14:05        | -                | -   | InTransit | -        | OCCURRED_AT | '20.11.2026 14:05' is not an ISO-8601 date-time like 2026-11-20T14:05:00+08:00
            2026-02-30T10:00:00Z    | -                | -   | InTransit | -        | OCCURRED_AT | '2026-02-30T10:00:00Z' is not an ISO-8601 date-time like 2026-11-20T14:05:00+08:00
            -                       | -                | -   | InTransit | -        | OCCURRED_AT | is required
            2026-11-20T14:05:00     | Mars/Olympus     | -   | InTransit | -        | ZONE        | 'Mars/Olympus' is not a time zone like Asia/Shanghai
            2026-11-20T14:05:00Z    | -                | XX1 | InTransit | -        | COUNTRY     | 'XX1' is not an ISO 3166 country code like CN
            2026-11-20T14:05:00Z    | -                | -   | Lost      | -        | STATUS      | 'Lost' is not one of NotFound, InfoReceived, InTransit, Expired, AvailableForPickup, OutForDelivery, DeliveryFailure, Delivered, Exception
            2026-11-20T14:05:00Z    | -                | -   | -         | -        | STATUS      | either a status or a raw status is required
            """)
    void aBrokenFieldIsNamedWithItsReason(String at, String zone, String country, String status, String raw,
                                         EventField field, String reason) {
        EventText.Reading reading = text(at, zone, country, status, raw).read("api");
        assertThat(reading.event()).isNull();
        assertThat(reading.problems()).containsExactly(new EventText.Problem(field, reason));
    }

    @Test
    void everyBrokenFieldIsReportedNotOnlyTheFirst() {
        EventText text = new EventText("", null, "Bad Provider!", null, "yesterday", null, null, null, null, null,
                null, "Gone", "ORBIT");
        assertThat(text.read("api").problems()).extracting(EventText.Problem::field).containsExactly(
                EventField.TRACKING_NUMBER, EventField.PROVIDER, EventField.OCCURRED_AT, EventField.SUB_STATUS,
                EventField.MILESTONE, EventField.STATUS);
    }

    @Test
    void enumValuesAreReadWhateverTheirCaseAndTheZoneIsKept() {
        IncomingEvent event = new EventText(" yt123 ", "YUNEXPRESS", null, "e-1", "2026-11-20T14:05:00", null, "DE",
                "Leipzig hub", "ARR", "Arrived", "intransit", null, "arrived_destination").read("csv").event();
        assertThat(event.trackingNumber()).isEqualTo("YT123");
        assertThat(event.provider()).isEqualTo("csv");
        assertThat(event.status()).isEqualTo(TrackingStatus.InTransit);
        assertThat(event.milestone()).isEqualTo(Milestone.ARRIVED_DESTINATION);
        assertThat(event.zone()).isEqualTo("Europe/Berlin");
    }

    private static EventText text(String at, String zone, String country, String status, String raw) {
        return new EventText("YT0001", "YUNEXPRESS", null, null, at, zone, country, "Shenzhen", raw, null, status, null,
                null);
    }
}
