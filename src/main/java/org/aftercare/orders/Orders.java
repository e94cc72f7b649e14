package org.aftercare.orders;

import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.aftercare.shared.NotFound;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.Shop;
import org.aftercare.tenancy.ShopId;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.TenantId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The orders of a tenant's shops. Creating is idempotent on (shop, order number): the same order
 * delivered again — by the API, a re-imported file or a retried webhook — changes nothing and
 * publishes nothing; the same number with other content is a conflict, reported, never merged.
 */
@Service
public class Orders {

    private final OrderRepository repository;
    private final Shops shops;
    private final ApplicationEventPublisher events;
    private final OrdersProperties properties;

    Orders(OrderRepository repository, Shops shops, ApplicationEventPublisher events, OrdersProperties properties) {
        this.repository = repository;
        this.shops = shops;
        this.events = events;
        this.properties = properties;
    }

    /** What became of one incoming order. */
    public record Outcome(String orderNumber, OrderId order, Result result) {

        public boolean created() {
            return result == Result.CREATED;
        }
    }

    public enum Result {
        /** Stored now; {@link OrderImported} was published. */
        CREATED,
        /** Stored before with the same content; nothing changed. */
        UNCHANGED,
        /** Stored before with other content; nothing changed, the caller is told. */
        CONFLICT
    }

    @Transactional
    public Outcome create(Actor actor, NewOrder order) {
        return createAll(actor, order.shop(), List.of(order)).getFirst();
    }

    /**
     * Creates the orders of one shop not stored yet, in one transaction and a few statements.
     *
     * @return one outcome per incoming order, in their order
     * @throws NotFound if the shop is not one of the actor's tenant and markets
     */
    @Transactional
    public List<Outcome> createAll(Actor actor, ShopId shopId, List<NewOrder> incoming) {
        actor.requireWrite();
        Shop shop = visibleShop(actor, shopId);
        incoming.forEach(order -> requireValid(order, shopId));
        TenantId tenant = actor.tenant();

        Map<String, Order> stored = repository.findByNumbers(tenant, shopId,
                incoming.stream().map(NewOrder::orderNumber).toList());
        List<NewOrder> fresh = incoming.stream().filter(o -> !stored.containsKey(o.orderNumber())).toList();
        Map<String, BuyerId> buyers = repository.saveBuyers(tenant, shopId,
                fresh.stream().map(NewOrder::buyer).filter(b -> b != null).toList());
        List<OrderRepository.Pending> pending = fresh.stream()
                .map(o -> new OrderRepository.Pending(new OrderId(UUID.randomUUID()),
                        o.buyer() == null ? null : buyers.get(o.buyer().ref()), o))
                .toList();
        Set<OrderId> inserted = repository.insert(tenant, pending);

        Map<String, OrderId> created = new HashMap<>();
        List<String> raced = new ArrayList<>();
        for (OrderRepository.Pending p : pending) {
            if (inserted.contains(p.id())) {
                created.put(p.order().orderNumber(), p.id());
                events.publishEvent(new OrderImported(p.id(), tenant, shopId, shop.market(), p.order().orderNumber(),
                        p.order().placedAt(), p.buyer(), p.order().lines().stream().anyMatch(NewOrder.Line::hotProduct),
                        p.order().source()));
            }
            else {
                raced.add(p.order().orderNumber());
            }
        }
        // Taken meanwhile by a concurrent delivery, or twice in this batch: judge against what won.
        Map<String, Order> winners = new HashMap<>(stored);
        winners.putAll(repository.findByNumbers(tenant, shopId, raced));

        List<Outcome> outcomes = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        for (NewOrder order : incoming) {
            String number = order.orderNumber();
            OrderId id = created.get(number);
            if (id != null && reported.add(number)) {
                outcomes.add(new Outcome(number, id, Result.CREATED));
            }
            else {
                Order existing = winners.get(number);
                outcomes.add(new Outcome(number, existing.id(),
                        existing.sameAs(order) ? Result.UNCHANGED : Result.CONFLICT));
            }
        }
        return outcomes;
    }

    /** The order as the actor may see it (buyer contact masked for viewers). */
    public Order get(Actor actor, OrderId id) {
        return repository.find(actor.tenant(), id)
                .filter(order -> actor.serves(order.market()))
                .map(order -> order.seenBy(actor))
                .orElseThrow(() -> new NotFound("Order", id));
    }

    /** For other modules: the whole order, unmasked, of this tenant only. */
    public Optional<Order> find(TenantId tenant, OrderId id) {
        return repository.find(tenant, id);
    }

    /** For other modules: an order by its platform number in one shop. */
    public Optional<Order> findByNumber(TenantId tenant, ShopId shop, String orderNumber) {
        return Optional.ofNullable(repository.findByNumbers(tenant, shop, List.of(orderNumber)).get(orderNumber));
    }

    /** Newest first, {@code size} bounded by {@link OrdersProperties#maxPageSize()}. */
    public OrderPage list(Actor actor, OrderFilter filter, int page, int size) {
        if (filter.shop() != null) {
            visibleShop(actor, filter.shop());
        }
        int bounded = Math.clamp(size, 1, properties.maxPageSize());
        int from = Math.max(page, 0);
        List<Order> found = repository.list(actor.tenant(), filter, actor.markets(), from * bounded, bounded + 1);
        boolean hasNext = found.size() > bounded;
        List<Order> orders = found.stream().limit(bounded).map(o -> o.seenBy(actor)).toList();
        return new OrderPage(orders, from, bounded, hasNext);
    }

    private Shop visibleShop(Actor actor, ShopId shop) {
        return shops.find(actor.tenant(), shop)
                .filter(s -> actor.serves(s.market()))
                .orElseThrow(() -> new NotFound("Shop", shop));
    }

    /** Guards every way in; the API and the CSV import report these earlier, field by field. */
    private static void requireValid(NewOrder order, ShopId shop) {
        require(shop.equals(order.shop()), "all orders of a batch belong to shop " + shop);
        require(order.orderNumber() != null && !order.orderNumber().isBlank(), "orderNumber is required");
        require(order.placedAt() != null, "placedAt is required");
        require(order.lines() != null && !order.lines().isEmpty(), "an order has at least one line");
        Currency currency = order.lines().getFirst().unitPrice().currency();
        for (NewOrder.Line line : order.lines()) {
            require(line.quantity() > 0, "quantity must be positive");
            require(!line.unitPrice().isNegative(), "unitPrice must not be negative");
            require(line.unitPrice().currency().equals(currency), "all lines of an order share one currency");
            require(line.sku() != null && !line.sku().isBlank(), "sku is required");
            require(line.title() != null && !line.title().isBlank(), "title is required");
        }
        require(order.buyer() == null || (order.buyer().ref() != null && !order.buyer().ref().isBlank()),
                "buyer.ref is required");
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
