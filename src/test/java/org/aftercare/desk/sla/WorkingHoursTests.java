package org.aftercare.desk.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A team's business time, by hand-computed examples in Europe/Berlin. */
class WorkingHoursTests {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    static WorkingHours german(String hours) {
        return WorkingHours.of(BERLIN, WeeklyHours.parse(hours), "DE", Set.of());
    }

    static Instant berlin(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
    }

    @ParameterizedTest(name = "{0}: {1} + {2} business hours -> {3}")
    @CsvSource(delimiter = '|', value = {
            // Thu 24 Dec 17:00: one hour on Thursday; 25 Dec (Fri) and 26 Dec (Sat) are holidays; Monday 09:00 + 3 h
            "Mon-Fri 09:00-18:00                      | 2026-12-24T17:00 | 4  | 2026-12-28T12:00",
            // the same ticket with a lunch break: Thu 17-18 (1 h), Mon 09:00-12:00 (3 h)
            "Mon-Fri 09:00-12:30,13:30-18:00          | 2026-12-24T17:00 | 4  | 2026-12-28T12:00",
            "Mon-Fri 09:00-12:30,13:30-18:00          | 2026-12-07T11:00 | 4  | 2026-12-07T16:00",
            // exactly at the end of the day: due at closing time, not next morning
            "Mon-Fri 09:00-18:00                      | 2026-12-07T14:00 | 4  | 2026-12-07T18:00",
            // received on Saturday with Saturday hours: Sat 10-14 (4 h)
            "Mon-Fri 09:00-18:00; Sat 10:00-14:00      | 2026-12-05T08:00 | 4  | 2026-12-05T14:00",
            // received Saturday 13:00: Sat 13-14 (1 h), Sunday closed, Mon 09:00 + 3 h
            "Mon-Fri 09:00-18:00; Sat 10:00-14:00      | 2026-12-05T13:00 | 4  | 2026-12-07T12:00",
            // Saturday 26 Dec is a holiday even for a team that works Saturdays
            "Mon-Fri 09:00-18:00; Sat 10:00-14:00      | 2026-12-24T17:00 | 4  | 2026-12-28T12:00",
            // Friday before the October DST change (CEST) to Monday after it (CET): still noon local time
            "Mon-Fri 09:00-18:00                      | 2026-10-23T17:00 | 4  | 2026-10-26T12:00",
            // Easter 2026: Good Friday 3 Apr and Easter Monday 6 Apr are holidays in Germany
            "Mon-Fri 09:00-18:00                      | 2026-04-02T16:00 | 4  | 2026-04-07T11:00",
            // 9 h a day: 18 business hours from Monday morning end Tuesday evening
            "Mon-Fri 09:00-18:00                      | 2026-12-07T09:00 | 18 | 2026-12-08T18:00",
    })
    void addsBusinessHoursAcrossClosingTimeWeekendsAndHolidays(String hours, String received, int businessHours,
                                                              String due) {
        assertThat(german(hours).plus(berlin(received), Duration.ofHours(businessHours))).isEqualTo(berlin(due));
    }

    @ParameterizedTest(name = "{0}: {1} to {2} = {3} min")
    @CsvSource(delimiter = '|', value = {
            "Mon-Fri 09:00-18:00             | 2026-12-24T17:00 | 2026-12-28T12:00 | 240",
            "Mon-Fri 09:00-12:30,13:30-18:00 | 2026-12-07T12:00 | 2026-12-07T14:00 | 60",
            "Mon-Fri 09:00-18:00             | 2026-12-05T08:00 | 2026-12-06T20:00 | 0",
            "Mon-Fri 09:00-18:00             | 2026-12-08T10:00 | 2026-12-07T10:00 | 0",
            // spring forward, Sun 29 Mar 2026: 02:00-03:00 does not exist, the Sunday shift lasts 2 h
            "Sun 01:00-04:00                 | 2026-03-29T00:00 | 2026-03-29T12:00 | 120",
            "Sun 01:00-04:00                 | 2026-03-22T00:00 | 2026-03-22T12:00 | 180",
            // fall back, Sun 25 Oct 2026: 02:00-03:00 happens twice, the shift lasts 4 h
            "Sun 01:00-04:00                 | 2026-10-25T00:00 | 2026-10-25T12:00 | 240",
            // around the clock on the 23-hour day
            "Mon-Sun 00:00-24:00             | 2026-03-29T00:00 | 2026-03-30T00:00 | 1380",
    })
    void measuresBusinessTimeInRealElapsedTime(String hours, String from, String to, long minutes) {
        assertThat(german(hours).workingTimeBetween(berlin(from), berlin(to))).isEqualTo(Duration.ofMinutes(minutes));
    }

    @Test
    void aDayOfCalendarHoursIsTwentyFourRealHoursAcrossTheSpringChange() {
        WorkingHours always = german("Mon-Sun 00:00-24:00");
        assertThat(always.plus(berlin("2026-03-28T12:00"), Duration.ofHours(24))).isEqualTo(berlin("2026-03-29T13:00"));
        assertThat(WorkingHours.aroundTheClock().plus(berlin("2026-12-24T17:00"), Duration.ofHours(12)))
                .isEqualTo(berlin("2026-12-25T05:00"));
    }

    @Test
    void extraClosedDaysCloseTheTeam() {
        WorkingHours withStaffOuting = WorkingHours.of(BERLIN, WeeklyHours.parse("Mon-Fri 09:00-18:00"), "DE",
                Set.of(LocalDate.parse("2026-12-07")));
        assertThat(withStaffOuting.plus(berlin("2026-12-04T17:00"), Duration.ofHours(4)))
                .isEqualTo(berlin("2026-12-08T12:00"));
        assertThat(withStaffOuting.isOpen(berlin("2026-12-07T10:00"))).isFalse();
        assertThat(withStaffOuting.isOpen(berlin("2026-12-08T10:00"))).isTrue();
        assertThat(withStaffOuting.isOpen(berlin("2026-12-08T18:00"))).isFalse();
    }

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Mon-Fri 09:00-12:30,13:30-18:00; Sat 10:00-14:00 | Mon-Fri 09:00-12:30,13:30-18:00; Sat 10:00-14:00",
            "Sat 10:00-14:00; Mon,Tue,Wed 09:00-18:00; Thu-Fri 09:00-18:00 | Mon-Fri 09:00-18:00; Sat 10:00-14:00",
            "sat 10:00-14:00;Mon,Wed 08:00-24:00              | Mon 08:00-24:00; Wed 08:00-24:00; Sat 10:00-14:00",
    })
    void readsHoursAsWrittenOnAShopDoor(String text, String normalised) {
        assertThat(WeeklyHours.parse(text).toString()).isEqualTo(normalised);
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', value = {
            "Mon-Fry 09:00-18:00                 | hours: 'Fry' in 'Mon-Fry 09:00-18:00' is not a day",
            "Mon-Fri 09:00-18:00; Sat 14:00-10:00 | hours: '14:00-10:00' in 'Sat 14:00-10:00' ends before it starts",
            "Mon-Fri 09:00-13:00,12:00-18:00      | hours: '12:00-18:00' in 'Mon-Fri 09:00-13:00,12:00-18:00' overlaps",
            "Mon-Fri 9-18                        | hours: '9-18' in 'Mon-Fri 9-18' is not a time interval",
            "Mon-Fri 09:00-25:00                 | hours: '09:00-25:00' in 'Mon-Fri 09:00-25:00' is not a time of day",
            "Mon-Fri 09:00-18:00; Fri 10:00-12:00 | hours: 'Fri 10:00-12:00' names Fri a second time",
            "Fri-Mon 09:00-18:00                 | hours: 'Fri-Mon' in 'Fri-Mon 09:00-18:00' runs backwards",
            "Mon-Fri                             | hours: 'Mon-Fri' needs days and times",
    })
    void namesThePartOfTheHoursThatIsWrong(String text, String message) {
        assertThatThrownBy(() -> WeeklyHours.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(message);
    }
}
