package org.aftercare.simulator.messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Predicate;

import org.aftercare.simulator.ReturnReason;
import org.aftercare.simulator.ReturnRequest;
import org.aftercare.simulator.world.Market;
import org.aftercare.simulator.world.Sku;

/**
 * Return requests with a reason from the taxonomy and the buyer's comment in their language. Size
 * leads for apparel-heavy assortments; the shares are estimates (docs/simulator.md).
 */
public final class ReturnRequests {

    static final Map<ReturnReason, Double> SHARES = Map.of(
            ReturnReason.SIZE_MISMATCH, 0.24,
            ReturnReason.QUALITY_DEFECT, 0.14,
            ReturnReason.NOT_AS_DESCRIBED, 0.12,
            ReturnReason.CHANGED_MIND, 0.12,
            ReturnReason.DAMAGED, 0.10,
            ReturnReason.COLOUR_DIFFERENCE, 0.08,
            ReturnReason.MISSING_PARTS, 0.06,
            ReturnReason.ARRIVED_LATE, 0.06,
            ReturnReason.WRONG_ITEM, 0.05,
            ReturnReason.OTHER, 0.03);

    /** Buyers who leave the comment box empty. */
    static final double NO_COMMENT = 0.25;

    private static final Templates<ReturnReason> TEMPLATES = Templates.load("returns", ReturnReason.class);

    private ReturnRequests() {
    }

    public static List<ReturnRequest> generate(long seed, int count) {
        List<ReturnRequest> requests = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            requests.add(request(seed, i));
        }
        return requests;
    }

    static ReturnRequest request(long seed, int index) {
        SplittableRandom random = new SplittableRandom(seed * 0x4F1BBCDCBFA53E0BL + index);
        Market market = Buyers.market(random);
        String language = Buyers.language(market, random);
        ReturnReason reason = reason(random);
        Sku sku = Buyers.sku(fits(reason), random);
        List<String> templates = TEMPLATES.of(language, reason);
        String template = templates.get(random.nextInt(templates.size()));
        String comment = random.nextDouble() < NO_COMMENT ? null
                : Templates.fill(template, Map.of("product", sku.title(), "size", Buyers.size(sku, random)));
        int days = reason == ReturnReason.ARRIVED_LATE ? random.nextInt(3) : random.nextInt(31);
        return new ReturnRequest(Buyers.id("return", seed, index), market.country(), language,
                Buyers.orderNumber(random), sku.code(), sku.title(), random.nextDouble() < 0.9 ? 1 : 2, reason,
                comment, days);
    }

    private static ReturnReason reason(SplittableRandom random) {
        double r = random.nextDouble();
        for (ReturnReason reason : ReturnReason.values()) {
            if ((r -= SHARES.get(reason)) < 0) {
                return reason;
            }
        }
        return ReturnReason.OTHER;
    }

    private static Predicate<Sku> fits(ReturnReason reason) {
        return switch (reason) {
            case SIZE_MISMATCH -> Sku::sized;
            case COLOUR_DIFFERENCE -> Sku::coloured;
            case MISSING_PARTS -> Sku::parts;
            default -> sku -> true;
        };
    }
}
