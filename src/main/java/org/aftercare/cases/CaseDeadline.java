package org.aftercare.cases;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

import org.aftercare.shared.calendar.BusinessCalendar;

/**
 * A case's deadline at its venue and the two marks before it: the warning and the escalation,
 * counted back in business days of the market's calendar.
 *
 * <ul>
 * <li>A dispute or delivered-not-received case is answered within the platform's review clock, in
 * business days from the buyer's request.</li>
 * <li>An appeal is filed within the platform's appeal window, in calendar days from the decision.</li>
 * <li>A carrier claim is filed within the carrier's claim window, in calendar days from the
 * (scheduled) delivery or the loss.</li>
 * </ul>
 */
public record CaseDeadline(Instant windowStartsAt, Instant deadlineAt, Instant warnAt, Instant escalateAt) {

    public static CaseDeadline of(CaseType type, CaseSettings settings, BusinessCalendar calendar, Instant start) {
        Instant due = switch (type) {
            case PLATFORM_DISPUTE, DELIVERED_NOT_RECEIVED -> calendar.plusBusinessDays(start, settings.disputeReplyBusinessDays());
            case PLATFORM_APPEAL -> start.plus(Duration.ofDays(settings.appealDays()));
            case CARRIER_CLAIM -> start.plus(Duration.ofDays(settings.carrierClaimDays()));
        };
        Instant warn = max(start, minusBusinessDays(calendar, due, settings.warnBusinessDays()));
        Instant escalate = max(start, minusBusinessDays(calendar, due, settings.escalateBusinessDays()));
        return new CaseDeadline(start, due, warn, escalate);
    }

    /**
     * The same local time {@code days} business days before {@code at}; a deadline on a closed day
     * counts back from that day, so "2 business days before Sunday noon" is Thursday noon.
     */
    static Instant minusBusinessDays(BusinessCalendar calendar, Instant at, int days) {
        ZonedDateTime local = at.atZone(calendar.zone());
        LocalDate day = local.toLocalDate();
        for (int i = 0; i < days; i++) {
            day = day.minusDays(1);
            while (!calendar.isBusinessDay(day)) {
                day = day.minusDays(1);
            }
        }
        return day.atTime(local.toLocalTime()).atZone(calendar.zone()).toInstant();
    }

    /** Business days left from {@code now} to the deadline, counting whole business days; negative when overdue. */
    public long businessDaysLeft(BusinessCalendar calendar, Instant now) {
        LocalDate today = now.atZone(calendar.zone()).toLocalDate();
        LocalDate last = deadlineAt.atZone(calendar.zone()).toLocalDate();
        if (now.isAfter(deadlineAt)) {
            return -count(calendar, last, today);
        }
        return count(calendar, today, last);
    }

    private static long count(BusinessCalendar calendar, LocalDate from, LocalDate to) {
        long n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (calendar.isBusinessDay(d)) {
                n++;
            }
        }
        return n;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
