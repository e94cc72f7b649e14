package org.aftercare.simulator.world;

/**
 * Tracking numbers shaped like each carrier's (prefix, length, suffix), built from a batch number
 * and the parcel's index so they are unique per carrier and reproducible.
 */
public final class TrackingNumbers {

    private TrackingNumbers() {
    }

    /** @param batch 0–9999, derived from the seed; {@code index} below 100,000,000 */
    public static String of(String carrier, int batch, long index) {
        String digits = String.format("%04d%08d", batch, index);
        return switch (carrier) {
            case "YUNEXPRESS" -> "YT" + digits + "2635";
            case "4PX" -> "4PX3" + digits + "CN";
            case "YANWEN" -> "UG" + digits + "YP";
            case "CAINIAO" -> "LP00" + digits;
            case "JT_EXPRESS" -> "63" + digits;
            case "USPS" -> "9400" + "11" + digits + "00";
            case "ROYAL_MAIL" -> "RM" + digits.substring(3) + "GB";
            case "EVRI" -> "H0" + digits + "01";
            case "DHL_PAKET" -> "00340434" + digits;
            case "GLS" -> "ZG" + digits;
            case "COLISSIMO" -> "6A" + digits + "1";
            case "POSTE_ITALIANE" -> "3UW" + digits;
            case "CORREOS" -> "PQ" + digits + "ES";
            case "POS_MALAYSIA" -> "EN" + digits.substring(3) + "MY";
            default -> carrier + digits;
        };
    }
}
