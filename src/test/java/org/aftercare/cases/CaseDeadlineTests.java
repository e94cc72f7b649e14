package org.aftercare.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Currency;
import java.util.stream.Stream;

import org.aftercare.shared.calendar.BusinessCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Deadlines per venue and market, specified by example with the dates worked out by hand on a
 * calendar: business days skip weekends and the market's public holidays.
 */
class CaseDeadlineTests {

    static final CasesProperties DEFAULTS = CasesProperties.defaults();

    static Stream<Arguments> deadlines() {
        return Stream.of(
                // A US dispute opened Thursday 10:00 is answered within 2 business days: Monday 10:00.
                Arguments.of("US", "USD", CaseType.PLATFORM_DISPUTE, "2026-12-03T10:00-05:00[America/New_York]",
                        "2026-12-07T10:00-05:00[America/New_York]", "2026-12-03T10:00-05:00[America/New_York]",
                        "2026-12-04T10:00-05:00[America/New_York]"),
                // In Germany Christmas Day and the weekend after it are skipped: Wed 23rd → Thu 24th → Mon 28th.
                Arguments.of("DE", "EUR", CaseType.DELIVERED_NOT_RECEIVED, "2026-12-23T09:00+01:00[Europe/Berlin]",
                        "2026-12-28T09:00+01:00[Europe/Berlin]", "2026-12-23T09:00+01:00[Europe/Berlin]",
                        "2026-12-24T09:00+01:00[Europe/Berlin]"),
                // Thailand's review clock is one working day.
                Arguments.of("TH", "THB", CaseType.PLATFORM_DISPUTE, "2026-12-01T10:00+07:00[Asia/Bangkok]",
                        "2026-12-02T10:00+07:00[Asia/Bangkok]", "2026-12-01T10:00+07:00[Asia/Bangkok]",
                        "2026-12-01T10:00+07:00[Asia/Bangkok]"),
                // Appeals: 7 calendar days; warned 2 business days and escalated 1 before.
                Arguments.of("GB", "GBP", CaseType.PLATFORM_APPEAL, "2026-12-01T12:00Z[Europe/London]",
                        "2026-12-08T12:00Z[Europe/London]", "2026-12-04T12:00Z[Europe/London]",
                        "2026-12-07T12:00Z[Europe/London]"),
                // Vietnam's appeal window is 15 days.
                Arguments.of("VN", "VND", CaseType.PLATFORM_APPEAL, "2026-12-01T12:00+07:00[Asia/Ho_Chi_Minh]",
                        "2026-12-16T12:00+07:00[Asia/Ho_Chi_Minh]", "2026-12-14T12:00+07:00[Asia/Ho_Chi_Minh]",
                        "2026-12-15T12:00+07:00[Asia/Ho_Chi_Minh]"),
                // Carrier claims: 60 calendar days; the deadline falls on Saturday 30 January, so the
                // warning counts back from Friday: Thursday 28th, and the escalation Friday 29th.
                Arguments.of("US", "USD", CaseType.CARRIER_CLAIM, "2026-12-01T15:00-05:00[America/New_York]",
                        "2027-01-30T15:00-05:00[America/New_York]", "2027-01-28T15:00-05:00[America/New_York]",
                        "2027-01-29T15:00-05:00[America/New_York]"));
    }

    @ParameterizedTest(name = "{2} in {0} from {3} is due {4}")
    @MethodSource("deadlines")
    void deadline(String market, String currency, CaseType type, String start, String due, String warn, String escalate) {
        CaseSettings settings = CaseSettings.of(DEFAULTS, market, Currency.getInstance(currency), CaseSettings.Overrides.NONE);

        CaseDeadline d = CaseDeadline.of(type, settings, BusinessCalendar.of(market), at(start));

        assertThat(d.deadlineAt()).isEqualTo(at(due));
        assertThat(d.warnAt()).isEqualTo(at(warn));
        assertThat(d.escalateAt()).isEqualTo(at(escalate));
    }

    @Test
    void aShopsOwnWindowReplacesTheDefault() {
        CaseSettings settings = CaseSettings.of(DEFAULTS, "US", Currency.getInstance("USD"),
                new CaseSettings.Overrides(null, null, 30, null, null, null));

        CaseDeadline d = CaseDeadline.of(CaseType.CARRIER_CLAIM, settings, BusinessCalendar.of("US"),
                at("2026-12-01T15:00-05:00[America/New_York]"));

        assertThat(d.deadlineAt()).isEqualTo(at("2026-12-31T15:00-05:00[America/New_York]"));
        assertThat(settings.shopOwn()).isTrue();
    }

    @Test
    void countdownInBusinessDays() {
        BusinessCalendar us = BusinessCalendar.of("US");
        CaseDeadline d = new CaseDeadline(at("2026-12-01T10:00-05:00[America/New_York]"),
                at("2026-12-07T10:00-05:00[America/New_York]"), null, null);

        assertThat(d.businessDaysLeft(us, at("2026-12-03T09:00-05:00[America/New_York]"))).isEqualTo(2);
        assertThat(d.businessDaysLeft(us, at("2026-12-05T09:00-05:00[America/New_York]"))).isEqualTo(1);
        assertThat(d.businessDaysLeft(us, at("2026-12-08T11:00-05:00[America/New_York]"))).isEqualTo(-1);
    }

    static Instant at(String zoned) {
        return ZonedDateTime.parse(zoned).toInstant();
    }
}
