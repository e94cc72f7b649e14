package org.aftercare.simulator.world;

import java.time.ZoneId;
import java.util.List;

/**
 * A destination market as the simulator sees it: what its shop looks like, where parcels land and
 * who buys there.
 *
 * @param share       the market's share of a seller's orders
 * @param toLocal     local currency per US dollar (rounded, a 2025 level — an estimate)
 * @param gateway     the airport or border crossing where line-haul arrives
 */
public record Market(String country, String currency, ZoneId zone, List<String> languages, double share,
                     double toLocal, String gateway, List<String> cities, List<String> firstNames,
                     List<String> lastNames, String mailDomain) {
}
