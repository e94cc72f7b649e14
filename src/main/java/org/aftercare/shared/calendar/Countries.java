package org.aftercare.shared.calendar;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Country codes and the zone a country's business day is counted in. */
public final class Countries {

    /** The zone of countries that span one zone, or of their capital / commercial centre. */
    private static final Map<String, String> MAIN_ZONES = Map.ofEntries(
            Map.entry("CN", "Asia/Shanghai"), Map.entry("HK", "Asia/Hong_Kong"), Map.entry("US", "America/New_York"),
            Map.entry("GB", "Europe/London"), Map.entry("DE", "Europe/Berlin"), Map.entry("FR", "Europe/Paris"),
            Map.entry("IT", "Europe/Rome"), Map.entry("ES", "Europe/Madrid"), Map.entry("MY", "Asia/Kuala_Lumpur"),
            Map.entry("PH", "Asia/Manila"), Map.entry("TH", "Asia/Bangkok"), Map.entry("VN", "Asia/Ho_Chi_Minh"),
            Map.entry("ID", "Asia/Jakarta"), Map.entry("SG", "Asia/Singapore"), Map.entry("MX", "America/Mexico_City"),
            Map.entry("NL", "Europe/Amsterdam"), Map.entry("BE", "Europe/Brussels"), Map.entry("PL", "Europe/Warsaw"),
            Map.entry("AT", "Europe/Vienna"), Map.entry("IE", "Europe/Dublin"), Map.entry("PT", "Europe/Lisbon"),
            Map.entry("JP", "Asia/Tokyo"), Map.entry("KR", "Asia/Seoul"), Map.entry("CA", "America/Toronto"),
            Map.entry("AU", "Australia/Sydney"));

    private static final Map<String, String> ISO3_TO_ISO2 = iso3();

    private Countries() {
    }

    public static Optional<ZoneId> mainZone(String iso2) {
        return Optional.ofNullable(iso2).map(c -> MAIN_ZONES.get(c.toUpperCase(Locale.ROOT))).map(ZoneId::of);
    }

    /** ISO 3166 alpha-2 for an alpha-2 or alpha-3 code; empty when unknown. */
    public static Optional<String> iso2(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String upper = code.trim().toUpperCase(Locale.ROOT);
        if (upper.length() == 2) {
            return Optional.of(upper);
        }
        return Optional.ofNullable(ISO3_TO_ISO2.get(upper));
    }

    private static Map<String, String> iso3() {
        Map<String, String> map = new HashMap<>();
        for (String iso2 : Locale.getISOCountries()) {
            map.put(Locale.of("", iso2).getISO3Country(), iso2);
        }
        return Map.copyOf(map);
    }
}
