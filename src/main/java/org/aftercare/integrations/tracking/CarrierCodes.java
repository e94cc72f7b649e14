package org.aftercare.integrations.tracking;

import java.util.Locale;
import java.util.Map;

/**
 * Our carrier codes for the names and slugs the aggregators use. A carrier we do not know keeps
 * the provider's name, normalised (upper case, underscores), and is added to the directory.
 */
final class CarrierCodes {

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("YUNEXPRESS", "YUNEXPRESS"), Map.entry("YUN_EXPRESS", "YUNEXPRESS"),
            Map.entry("4PX", "4PX"), Map.entry("4PX_EXPRESS", "4PX"),
            Map.entry("YANWEN", "YANWEN"), Map.entry("YANWEN_LOGISTICS", "YANWEN"),
            Map.entry("CAINIAO", "CAINIAO"), Map.entry("CAINIAO_GLOBAL", "CAINIAO"),
            Map.entry("JTEXPRESS", "JT_EXPRESS"), Map.entry("J_T_EXPRESS", "JT_EXPRESS"), Map.entry("JT_EXPRESS", "JT_EXPRESS"),
            Map.entry("USPS", "USPS"), Map.entry("ROYAL_MAIL", "ROYAL_MAIL"), Map.entry("EVRI", "EVRI"),
            Map.entry("HERMES", "EVRI"), Map.entry("DHL_GERMANY", "DHL_PAKET"), Map.entry("DHL_PAKET", "DHL_PAKET"),
            Map.entry("DEUTSCH_POST", "DHL_PAKET"), Map.entry("GLS", "GLS"), Map.entry("COLISSIMO", "COLISSIMO"),
            Map.entry("LA_POSTE_COLISSIMO", "COLISSIMO"), Map.entry("POSTE_ITALIANE", "POSTE_ITALIANE"),
            Map.entry("CORREOS", "CORREOS"), Map.entry("SPAIN_CORREOS_ES", "CORREOS"), Map.entry("CORREOS_SPAIN", "CORREOS"),
            Map.entry("MALAYSIA_POST", "POS_MALAYSIA"), Map.entry("POS_MALAYSIA", "POS_MALAYSIA"), Map.entry("UPS", "UPS"));

    private CarrierCodes() {
    }

    static String of(String providerName) {
        if (providerName == null || providerName.isBlank()) {
            return "UNKNOWN";
        }
        String normalised = providerName.trim().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_")
                .replaceAll("^_|_$", "");
        return ALIASES.getOrDefault(normalised, normalised);
    }
}
