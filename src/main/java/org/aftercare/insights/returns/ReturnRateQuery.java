package org.aftercare.insights.returns;

import java.time.LocalDate;
import java.util.Locale;

import org.aftercare.insights.carriers.Period;

/** Which sales to look at (placed from..to, UTC days, inclusive) and how to group them. */
record ReturnRateQuery(LocalDate from, LocalDate to, By by, Period period, String market) {

    /** The grouping of the analytics. */
    enum By { SKU, PRODUCT, MARKET, PERIOD }

    /** The longest range one request may cover. */
    static final int MAX_DAYS = 731;

    ReturnRateQuery {
        if (from == null) {
            throw new IllegalArgumentException("from: is required");
        }
        if (to == null) {
            throw new IllegalArgumentException("to: is required");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to: must not be before from (" + from + ")");
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new IllegalArgumentException("to: the range may cover at most " + MAX_DAYS + " days");
        }
        if (market != null && market.isBlank()) {
            market = null;
        }
        if (market != null) {
            market = market.strip().toUpperCase(Locale.ROOT);
            if (!market.matches("[A-Z]{2}")) {
                throw new IllegalArgumentException("market: must be an ISO country code such as DE");
            }
        }
    }

    static ReturnRateQuery of(LocalDate from, LocalDate to, String by, String period, String market) {
        By grouping;
        try {
            grouping = By.valueOf(by.strip().toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("by: must be SKU, PRODUCT, MARKET or PERIOD, not " + by);
        }
        return new ReturnRateQuery(from, to, grouping, Period.parse(period), market);
    }
}
