package org.aftercare.simulator.world;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A product a seller lists in every market.
 *
 * @param usdPrice   the list price in US dollars; other markets get it converted and rounded to .99
 * @param hot        promoted in ads or livestreams (watched closer by monitoring)
 * @param sized      apparel or shoes: size questions and size returns happen
 * @param coloured   comes in colours that photos show differently
 * @param parts      ships as several parts: "missing parts" happens
 */
public record Sku(String code, String title, String category, double usdPrice, boolean hot, boolean sized,
                  boolean coloured, boolean parts) {

    public BigDecimal priceIn(Market market) {
        double local = usdPrice * market.toLocal();
        BigDecimal whole = BigDecimal.valueOf(Math.max(1, Math.ceil(local)));
        return whole.subtract(new BigDecimal("0.01")).setScale(2, RoundingMode.UNNECESSARY);
    }
}
