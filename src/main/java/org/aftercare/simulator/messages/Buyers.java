package org.aftercare.simulator.messages;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

import org.aftercare.simulator.world.Catalog;
import org.aftercare.simulator.world.Market;
import org.aftercare.simulator.world.Markets;
import org.aftercare.simulator.world.Sku;

/** The buyer behind a generated message or return: market, language, order, product. */
final class Buyers {

    /** Weighted language choice per market, limited to the languages messages are written in. */
    static final Map<String, Map<String, Double>> LANGUAGES = Map.of(
            "US", Map.of("en", 0.92, "es", 0.08),
            "GB", Map.of("en", 1.0),
            "DE", Map.of("de", 0.95, "en", 0.05),
            "FR", Map.of("fr", 1.0),
            "IT", Map.of("it", 1.0),
            "ES", Map.of("es", 1.0),
            "MY", Map.of("en", 0.65, "zh", 0.35));

    static final List<String> LETTER_SIZES = List.of("XS", "S", "M", "L", "XL");
    static final List<String> SHOE_SIZES = List.of("37", "38", "39", "40", "41", "42", "43");

    static Market market(RandomGenerator random) {
        double r = random.nextDouble();
        for (Market market : Markets.ALL) {
            if ((r -= market.share()) < 0) {
                return market;
            }
        }
        return Markets.ALL.getLast();
    }

    static String language(Market market, RandomGenerator random) {
        double r = random.nextDouble();
        String chosen = "en";
        for (Map.Entry<String, Double> language : LANGUAGES.get(market.country()).entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).toList()) {
            chosen = language.getKey();
            if ((r -= language.getValue()) < 0) {
                break;
            }
        }
        return chosen;
    }

    /** A popular SKU that fits the situation (only sized goods get size questions). */
    static Sku sku(Predicate<Sku> fits, RandomGenerator random) {
        for (int attempt = 0; attempt < 50; attempt++) {
            Sku sku = Catalog.pick(random);
            if (fits.test(sku)) {
                return sku;
            }
        }
        return Catalog.SKUS.stream().filter(fits).findFirst().orElse(Catalog.hit());
    }

    static String size(Sku sku, RandomGenerator random) {
        List<String> sizes = sku.category().equals("Shoes") ? SHOE_SIZES : LETTER_SIZES;
        return sizes.get(random.nextInt(sizes.size()));
    }

    static String orderNumber(RandomGenerator random) {
        return "57" + String.format("%016d", random.nextLong(10_000_000_000_000_000L));
    }

    static String firstName(Market market, RandomGenerator random) {
        return market.firstNames().get(random.nextInt(market.firstNames().size()));
    }

    private Buyers() {
    }

    static String id(String kind, long seed, int index) {
        return UUID.nameUUIDFromBytes((kind + ":" + seed + ":" + index).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
