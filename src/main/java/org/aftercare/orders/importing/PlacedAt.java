package org.aftercare.orders.importing;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import org.aftercare.shared.calendar.IsoDateTime;

/**
 * When an order was placed, read as an {@link IsoDateTime}: with an offset or zone, or without
 * either — then it is taken as the shop's local time and {@code zoneAssumed} is set, so the import
 * can warn about it.
 */
record PlacedAt(Instant instant, boolean zoneAssumed) {

    static PlacedAt parse(String text, ZoneId shopZone) {
        if (text.isEmpty()) {
            throw new FieldRejected("is required");
        }
        try {
            IsoDateTime parsed = IsoDateTime.parse(text);
            return new PlacedAt(parsed.in(shopZone), !parsed.hasZone());
        }
        catch (DateTimeParseException e) {
            throw new FieldRejected("'" + text + "' is not an ISO-8601 date-time like 2026-11-20T14:05:00+08:00");
        }
    }
}
