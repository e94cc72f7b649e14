package org.aftercare.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.aftercare.shared.calendar.BusinessCalendar;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BusinessCalendarTests {

    @ParameterizedTest(name = "{0}: {1} is a business day: {2}")
    @CsvSource({
            "DE, 2026-12-24, true",   // Christmas Eve is not a nationwide public holiday
            "DE, 2026-12-25, false",  // 1. Weihnachtstag
            "DE, 2026-10-03, false",  // Tag der Deutschen Einheit (a Saturday anyway)
            "DE, 2026-11-23, true",
            "FR, 2026-07-14, false",  // Fête nationale
            "US, 2026-11-26, false",  // Thanksgiving
            "GB, 2026-12-28, false",  // Boxing Day substitute
            "ES, 2026-11-28, false",  // a Saturday
    })
    void knowsWeekendsAndPublicHolidays(String country, LocalDate day, boolean businessDay) {
        assertThat(BusinessCalendar.of(country, ZoneId.of("UTC")).isBusinessDay(day)).isEqualTo(businessDay);
    }

    @ParameterizedTest(name = "{0} + {1} business days in Germany = {2}")
    @CsvSource({
            "2026-11-23T10:00:00Z, 5, 2026-11-30T10:00:00Z",  // Monday + 5 = next Monday
            "2026-12-21T10:00:00Z, 5, 2026-12-29T10:00:00Z",  // over Christmas Day (a Friday) and a weekend
            "2026-11-28T10:00:00Z, 1, 2026-11-30T23:00:00Z",  // Saturday: the clock starts Monday 00:00 Berlin
    })
    void countsBusinessDaysInTheMarketsZone(Instant start, long days, Instant expected) {
        BusinessCalendar germany = BusinessCalendar.of("DE", ZoneId.of("Europe/Berlin"));
        assertThat(germany.plusBusinessDays(start, days)).isEqualTo(expected);
    }
}
