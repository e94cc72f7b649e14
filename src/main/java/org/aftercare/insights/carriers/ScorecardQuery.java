package org.aftercare.insights.carriers;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import org.aftercare.tenancy.ShopId;

/**
 * What a scorecard covers: the periods (months or ISO weeks, UTC) that overlap the days
 * {@code from} to {@code to}, each whole, optionally only to one destination country and for one
 * shop (else all shops together). A period always describes all shipments handed over in it.
 */
public record ScorecardQuery(LocalDate from, LocalDate to, Period period, String destination, ShopId shop) {

    /** A longer range is a data export, not a scorecard; it also bounds the query's cost. */
    static final int MAX_DAYS = 732;

    public ScorecardQuery {
        if (from == null) {
            throw new IllegalArgumentException("from: required");
        }
        if (to == null) {
            throw new IllegalArgumentException("to: required");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to: is before from");
        }
        if (ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
            throw new IllegalArgumentException("to: the range may span at most " + MAX_DAYS + " days");
        }
        period = period == null ? Period.MONTH : period;
        if (destination != null && destination.isBlank()) {
            destination = null;
        }
        if (destination != null) {
            destination = destination.strip().toUpperCase(Locale.ROOT);
            if (!destination.matches("[A-Z]{2}")) {
                throw new IllegalArgumentException("destination: must be an ISO country code such as US");
            }
        }
    }
}
