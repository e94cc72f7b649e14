package org.aftercare.outreach.campaigns;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which parcels a campaign over a filter reaches: every condition given must hold, and the parcel
 * must still be on its way (not delivered or returned).
 *
 * @param carrier      a carrier code of the directory, e.g. YUNEXPRESS
 * @param origin       the lane's origin country (ISO 3166 alpha-2)
 * @param destinations destination countries; a region name of {@link #REGIONS} stands for its countries
 * @param shippedFrom  first ship date, inclusive (UTC)
 * @param shippedTo    last ship date, inclusive (UTC)
 * @param lastLocation a piece of the last scan's location, case-insensitive ("Leipzig")
 */
public record ShipmentFilter(String carrier, String origin, List<String> destinations, LocalDate shippedFrom,
                             LocalDate shippedTo, String lastLocation) {

    /** Destination regions a filter may name instead of listing countries. */
    public static final Map<String, Set<String>> REGIONS = Map.of(
            "EU", Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV",
                    "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE"),
            "DACH", Set.of("DE", "AT", "CH"),
            "NORDICS", Set.of("DK", "FI", "NO", "SE", "IS"),
            "UK_IE", Set.of("GB", "IE"),
            "NORTH_AMERICA", Set.of("US", "CA", "MX"),
            "SOUTHEAST_ASIA", Set.of("MY", "SG", "TH", "VN", "PH", "ID"));

    public ShipmentFilter {
        carrier = blankToNull(carrier);
        origin = country("origin", origin);
        lastLocation = blankToNull(lastLocation);
        destinations = destinations == null ? List.of() : destinations.stream().map(ShipmentFilter::blankToNull)
                .filter(d -> d != null).map(d -> d.toUpperCase(Locale.ROOT)).distinct().toList();
        for (String d : destinations) {
            if (!REGIONS.containsKey(d) && !d.matches("[A-Z]{2}")) {
                throw new IllegalArgumentException("destinations: '" + d + "' is neither an ISO country code nor one of "
                        + REGIONS.keySet().stream().sorted().toList());
            }
        }
        if (shippedFrom != null && shippedTo != null && shippedFrom.isAfter(shippedTo)) {
            throw new IllegalArgumentException("shippedFrom: must not be after shippedTo");
        }
        if (carrier == null && origin == null && destinations.isEmpty() && shippedFrom == null && shippedTo == null
                && lastLocation == null) {
            throw new IllegalArgumentException("filter: give at least one condition (carrier, origin, destinations, "
                    + "shippedFrom, shippedTo or lastLocation)");
        }
    }

    /** The destination countries with regions expanded; empty means any destination. */
    public List<String> destinationCountries() {
        List<String> countries = new ArrayList<>();
        for (String d : destinations) {
            for (String c : REGIONS.getOrDefault(d, Set.of(d))) {
                if (!countries.contains(c)) {
                    countries.add(c);
                }
            }
        }
        return countries;
    }

    private static String country(String field, String value) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        v = v.toUpperCase(Locale.ROOT);
        if (!v.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException(field + ": '" + value + "' is not an ISO country code like CN");
        }
        return v;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
