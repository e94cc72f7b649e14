package org.aftercare.simulator.messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Predicate;

import org.aftercare.simulator.BuyerMessage;
import org.aftercare.simulator.MessageIntent;
import org.aftercare.simulator.world.Lane;
import org.aftercare.simulator.world.Lanes;
import org.aftercare.simulator.world.Market;
import org.aftercare.simulator.world.Sku;
import org.aftercare.simulator.world.TrackingNumbers;

/**
 * Buyer messages across markets, languages and intents, with order details filled in. Where-is-my-
 * order dominates, as every after-sales team knows; the shares are estimates (docs/simulator.md).
 */
public final class BuyerMessages {

    static final Map<MessageIntent, Double> SHARES = Map.of(
            MessageIntent.WHERE_IS_MY_ORDER, 0.38,
            MessageIntent.REFUND, 0.15,
            MessageIntent.SIZE, 0.12,
            MessageIntent.DAMAGED, 0.10,
            MessageIntent.ANGRY_THREAT, 0.10,
            MessageIntent.MISSING_PARTS, 0.08,
            MessageIntent.COLOUR, 0.07);

    private static final Templates<MessageIntent> TEMPLATES = Templates.load("messages", MessageIntent.class);

    private BuyerMessages() {
    }

    public static List<BuyerMessage> generate(long seed, int count) {
        List<BuyerMessage> messages = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            messages.add(message(seed, i));
        }
        return messages;
    }

    static BuyerMessage message(long seed, int index) {
        SplittableRandom random = new SplittableRandom(seed * 0x2545F4914F6CDD1DL + index);
        Market market = Buyers.market(random);
        String language = Buyers.language(market, random);
        MessageIntent intent = intent(random);
        Sku sku = Buyers.sku(fits(intent), random);
        Lane lane = Lanes.pick(market.country(), random);
        String orderNumber = Buyers.orderNumber(random);
        String tracking = TrackingNumbers.of(lane.carrier(), random.nextInt(10_000), random.nextInt(100_000_000));
        String first = Buyers.firstName(market, random);
        List<String> templates = TEMPLATES.of(language, intent);
        String text = Templates.fill(templates.get(random.nextInt(templates.size())), Map.of(
                "order", orderNumber,
                "product", sku.title(),
                "days", Integer.toString(8 + random.nextInt(28)),
                "tracking", tracking,
                "size", Buyers.size(sku, random),
                "first", first));
        return new BuyerMessage(Buyers.id("message", seed, index), market.country(), language, intent, orderNumber,
                sku.code(), sku.title(), tracking, first, text);
    }

    private static MessageIntent intent(SplittableRandom random) {
        double r = random.nextDouble();
        for (MessageIntent intent : MessageIntent.values()) {
            if ((r -= SHARES.get(intent)) < 0) {
                return intent;
            }
        }
        return MessageIntent.WHERE_IS_MY_ORDER;
    }

    private static Predicate<Sku> fits(MessageIntent intent) {
        return switch (intent) {
            case SIZE -> Sku::sized;
            case COLOUR -> Sku::coloured;
            case MISSING_PARTS -> Sku::parts;
            default -> sku -> true;
        };
    }
}
