package org.aftercare.console.home;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * One shop on the home page with its after-sales counts.
 *
 * @param ordersLastWeek orders placed in the last seven days
 * @param inFlight       shipments neither delivered, expired nor returned
 * @param exceptions     shipments whose carrier reports an exception or a failed delivery
 */
public record ShopCard(String name, String market, String currency, ZoneId zone, long orders, long ordersLastWeek,
                       long inFlight, long delivered, long exceptions) {

    /** The market's flag, built from its ISO country code as two regional indicator symbols. */
    public String flag() {
        return market.toUpperCase().codePoints()
                .map(c -> 0x1F1E6 + (c - 'A'))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }

    /** The shop's wall clock at the given instant. */
    public ZonedDateTime localTime(Instant now) {
        return now.atZone(zone);
    }
}
