package org.aftercare.simulator.world;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A typical cross-border TikTok Shop assortment: small, light, impulse-priced goods that travel by
 * air parcel. Popularity falls with rank (Zipf, exponent 0.8): a few SKUs make most orders.
 * The first SKU is the livestream hit.
 */
public final class Catalog {

    public static final List<Sku> SKUS = List.of(
            new Sku("LMP-SUNSET-01", "LED Sunset Projection Lamp", "Home", 24.99, true, false, true, false),
            new Sku("TOP-RIB-CROP", "Ribbed Crop Top", "Apparel", 14.99, false, true, true, false),
            new Sku("LEG-SCULPT-HW", "High-Waist Sculpt Leggings", "Apparel", 22.99, false, true, true, false),
            new Sku("EAR-TWS-PRO", "Wireless Earbuds Pro with Charging Case", "Electronics", 29.99, false, false, true, true),
            new Sku("CAS-MAG-15", "Magnetic Phone Case (iPhone 15)", "Electronics", 12.99, false, false, true, false),
            new Sku("BAG-CRESC-MINI", "Mini Crescent Shoulder Bag", "Accessories", 19.99, false, false, true, false),
            new Sku("HAIR-AIRWRAP-5", "5-in-1 Hot Air Styler", "Beauty", 45.99, false, false, false, true),
            new Sku("SKN-SNAIL-SERUM", "Snail Mucin Repair Serum 100 ml", "Beauty", 16.99, false, false, false, false),
            new Sku("ORG-DRAWER-6", "Stackable Drawer Organiser (6 pcs)", "Home", 18.99, false, false, true, true),
            new Sku("MOP-SPIN-360", "360° Spin Mop and Bucket Set", "Home", 34.99, false, false, false, true),
            new Sku("DRS-SATIN-MIDI", "Satin Slip Midi Dress", "Apparel", 27.99, false, true, true, false),
            new Sku("SNK-CHUNKY-W", "Chunky Platform Sneakers", "Shoes", 39.99, false, true, true, false),
            new Sku("WCH-SMART-S8", "Smart Watch S8 with Heart-Rate Monitor", "Electronics", 32.99, false, false, true, true),
            new Sku("TOY-FIDGET-SET", "Fidget Toy Set (24 pcs)", "Toys", 11.99, false, false, true, true),
            new Sku("KIT-GARLIC-PRESS", "Stainless Garlic Press", "Kitchen", 9.99, false, false, false, false),
            new Sku("KIT-AIRFRY-LINER", "Silicone Air Fryer Liners (2 pcs)", "Kitchen", 10.99, false, false, true, false),
            new Sku("CAR-VAC-MINI", "Cordless Mini Car Vacuum", "Auto", 26.99, false, false, false, true),
            new Sku("LMP-RGB-STRIP", "RGB LED Strip 10 m with Remote", "Home", 17.99, false, false, false, true),
            new Sku("JWL-HOOP-GOLD", "Gold-Plated Huggie Hoop Earrings", "Jewellery", 13.99, false, false, true, false),
            new Sku("HOD-OVERSIZE", "Oversized Fleece Hoodie", "Apparel", 29.99, false, true, true, false),
            new Sku("PET-GROOM-GLOVE", "Pet Grooming Glove", "Pets", 8.99, false, false, false, false),
            new Sku("BTL-INSUL-1L", "Insulated Water Bottle 1 l", "Outdoor", 21.99, false, false, true, false),
            new Sku("TNT-POP-UP-2", "Pop-Up Beach Tent for 2", "Outdoor", 38.99, false, false, true, true),
            new Sku("NAIL-GEL-KIT", "Gel Nail Starter Kit with UV Lamp", "Beauty", 31.99, false, false, true, true));

    private static final double[] CUMULATIVE = cumulativePopularity();

    private Catalog() {
    }

    public static Sku hit() {
        return SKUS.getFirst();
    }

    /** An SKU drawn by popularity. */
    public static Sku pick(RandomGenerator random) {
        double r = random.nextDouble();
        for (int i = 0; i < CUMULATIVE.length; i++) {
            if (r < CUMULATIVE[i]) {
                return SKUS.get(i);
            }
        }
        return SKUS.getLast();
    }

    private static double[] cumulativePopularity() {
        double[] weights = new double[SKUS.size()];
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = 1 / Math.pow(i + 1, 0.8);
            total += weights[i];
        }
        double running = 0;
        for (int i = 0; i < weights.length; i++) {
            running += weights[i] / total;
            weights[i] = running;
        }
        return weights;
    }
}
