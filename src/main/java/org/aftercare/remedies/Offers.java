package org.aftercare.remedies;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.aftercare.logistics.ShipmentSnapshot;
import org.aftercare.logistics.Shipments;
import org.aftercare.monitoring.AlertId;
import org.aftercare.monitoring.AlertRaised;
import org.aftercare.monitoring.AlertRule;
import org.aftercare.orders.Order;
import org.aftercare.orders.OrderId;
import org.aftercare.orders.Orders;
import org.aftercare.remedies.ledger.CostLedger;
import org.aftercare.remedies.offers.OfferRepository;
import org.aftercare.remedies.offers.Proposals;
import org.aftercare.remedies.policy.Caps;
import org.aftercare.remedies.policy.RemedyTiers;
import org.aftercare.shared.NotFound;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.Shop;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Offers to buyers: proposed when monitoring raises an alert (one per alert) or by an agent,
 * granted by an agent within the caps or approved by a manager, declined with a reason, expired
 * when nobody decides. Every grant lands in the cost ledger and publishes {@link RemedyGranted}.
 * An agent sees and decides only offers in markets they serve.
 */
@Service
public class Offers {

    private static final Logger log = LoggerFactory.getLogger(Offers.class);

    /** Rules whose alerts are not about lateness: no automatic offer. */
    private static final List<AlertRule> NOT_A_DELAY = List.of(AlertRule.DELIVERED_NOT_RECEIVED, AlertRule.RETURNING,
            AlertRule.BROKEN_PROMISE);

    /** The most offers a queue page shows. */
    public static final int QUEUE_LIMIT = 200;

    private final OfferRepository repository;
    private final Proposals proposals;
    private final CostLedger ledger;
    private final Orders orders;
    private final Shops shops;
    private final Shipments shipments;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Offers(OfferRepository repository, Proposals proposals, CostLedger ledger, Orders orders, Shops shops,
           Shipments shipments, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.proposals = proposals;
        this.ledger = ledger;
        this.orders = orders;
        this.shops = shops;
        this.shipments = shipments;
        this.events = events;
        this.clock = clock;
    }

    /** For other modules: an order's offers, newest first. */
    public List<OfferSummary> forOrder(TenantId tenant, OrderId order) {
        return repository.ofOrder(tenant, order).stream().map(Offer::summary).toList();
    }

    /** For other modules: the offer proposed with an alert, if the tiers gave one. */
    public Optional<OfferSummary> forAlert(TenantId tenant, AlertId alert) {
        return repository.ofAlert(tenant, alert.value()).map(Offer::summary);
    }

    /**
     * For other modules reacting to the same alert (outreach writing the delay notice): the offer
     * for the alert, proposed now if remedies' own listener has not run yet. Idempotent, so the
     * order in which the listeners run does not matter.
     */
    public Optional<OfferSummary> offerFor(AlertRaised alert) {
        return proposeFor(alert).map(Offer::summary);
    }

    /** An order's offers as the actor may see them. */
    public List<Offer> ofOrder(Actor actor, OrderId order) {
        return repository.ofOrder(actor.tenant(), order).stream().filter(o -> actor.serves(o.market())).toList();
    }

    public Offer get(Actor actor, OfferId id) {
        return repository.find(actor.tenant(), id).filter(o -> actor.serves(o.market()))
                .orElseThrow(() -> new NotFound("Offer", id));
    }

    /** Offers granted in [from, to) per kind, in the markets the actor serves: for the cases module's account-health record. */
    public java.util.Map<OfferKind, Integer> grantedBetween(Actor actor, java.time.Instant from, java.time.Instant to) {
        return repository.grantedBetween(actor.tenant(), actor.markets().isEmpty() ? null : List.copyOf(actor.markets()), from, to);
    }

    /** Offers in these states (open ones when empty), those needing approval first. */
    public List<Offer> queue(Actor actor, List<OfferState> states) {
        List<OfferState> wanted = states == null || states.isEmpty()
                ? List.of(OfferState.APPROVAL_REQUIRED, OfferState.PROPOSED) : states;
        return repository.queue(actor.tenant(), wanted, actor.markets().isEmpty() ? null : List.copyOf(actor.markets()),
                QUEUE_LIMIT);
    }

    /**
     * Proposes an offer for an order: by the tiers for its newest parcel's delay, or the agent's
     * override with a written reason. Caps are checked now: a breach makes it APPROVAL_REQUIRED.
     */
    @Transactional
    public Offer propose(Actor actor, OrderId orderId, OfferRequest request) {
        actor.requireWrite();
        Order order = orders.find(actor.tenant(), orderId).filter(o -> actor.serves(o.market()))
                .orElseThrow(() -> new NotFound("Order", orderId));
        Shop shop = shop(actor.tenant(), order);
        ShipmentSnapshot parcel = proposals.parcelOf(order).orElse(null);
        Offer offer;
        if (request != null && request.override()) {
            offer = proposals.override(shop, order, parcel, request, actor.name());
        }
        else {
            Proposals.Drafted drafted = proposals.byTiers(shop, order, parcel, null, actor.name());
            if (drafted.offer() == null) {
                throw new IllegalArgumentException("kind: no tier applies (" + drafted.noOfferReason()
                        + "); choose a kind and write a reason to override");
            }
            offer = drafted.offer();
        }
        repository.insert(offer);
        return offer;
    }

    /**
     * Proposes the tiers' offer for an alert's parcel, once per alert: a redelivered alert changes
     * nothing, and an alert whose delay an open or granted offer of the order already covers (same
     * tier or higher; for a coupon also an incident campaign's coupon) is answered by that offer
     * instead of a second one.
     */
    @Transactional
    Optional<Offer> proposeFor(AlertRaised alert) {
        if (NOT_A_DELAY.contains(alert.rule())) {
            return Optional.empty();
        }
        Optional<Offer> existing = repository.ofAlert(alert.tenant(), alert.alert().value());
        if (existing.isPresent()) {
            return existing;
        }
        Optional<ShipmentSnapshot> parcel = shipments.snapshot(alert.tenant(), alert.shipment());
        Optional<Order> order = shipments.orderOf(alert.tenant(), alert.shipment()).flatMap(o -> orders.find(alert.tenant(), o));
        if (parcel.isEmpty() || order.isEmpty()) {
            log.debug("Alert {} on shipment {}: no order to compensate", alert.alert(), alert.shipment());
            return Optional.empty();
        }
        repository.serializeProposals(alert.tenant(), order.get().id());
        existing = repository.ofAlert(alert.tenant(), alert.alert().value());
        if (existing.isPresent()) {
            return existing;
        }
        Proposals.Drafted drafted = proposals.byTiers(shop(alert.tenant(), order.get()), order.get(), parcel.get(),
                alert.alert().value(), "system");
        if (drafted.offer() == null) {
            log.debug("Alert {}: {}", alert.alert(), drafted.noOfferReason());
            return Optional.empty();
        }
        Offer answer = repository.standing(alert.tenant(), order.get().id(),
                RemedyTiers.covering(drafted.offer().tier(), drafted.offer().kind()))
                .stream().findFirst()
                .orElseGet(() -> {
                    repository.insert(drafted.offer());
                    return drafted.offer();
                });
        repository.link(alert.tenant(), alert.alert().value(), answer.id());
        return repository.ofAlert(alert.tenant(), alert.alert().value());
    }

    /**
     * Grants an offer. A proposed one is re-checked against the caps first: if it now breaches one,
     * it becomes APPROVAL_REQUIRED instead (returned so). One that needs approval is granted by a
     * manager only. The grant is written to the ledger in the same transaction.
     */
    @Transactional
    public Offer grant(Actor actor, OfferId id, String note) {
        actor.requireWrite();
        Offer offer = locked(actor, id);
        Shop shop = shops.find(actor.tenant(), offer.shop()).orElseThrow(() -> new NotFound("Shop", offer.shop()));
        repository.serializeGrants(offer.tenant(), offer.shop());
        Instant now = clock.instant();
        if (offer.state() == OfferState.PROPOSED) {
            List<Caps.Breach> breaches = proposals.breaches(shop, offer);
            if (!breaches.isEmpty()) {
                Offer waiting = offer.needingApproval(breaches.stream().map(Caps.Breach::toString).toList());
                repository.update(waiting);
                return waiting;
            }
        }
        else if (offer.state() == OfferState.APPROVAL_REQUIRED) {
            actor.requireManage();
        }
        Offer granted = offer.granted(actor.name(), now, note == null || note.isBlank() ? null : note.strip());
        Order order = orders.find(actor.tenant(), offer.order()).orElseThrow(() -> new NotFound("Order", offer.order()));
        ledger.record(granted, order, actor.name(), now);
        repository.update(granted);
        events.publishEvent(new RemedyGranted(granted.id(), granted.tenant(), granted.order(), granted.kind(),
                granted.amount(), actor.name()));
        return granted;
    }

    /** Declines an open offer; the reason is required and kept. */
    @Transactional
    public Offer decline(Actor actor, OfferId id, String reason) {
        actor.requireWrite();
        Offer offer = locked(actor, id);
        Offer declined = offer.declined(actor.name(), clock.instant(), reason);
        repository.update(declined);
        return declined;
    }

    /** Expires open offers past their expiry (the scheduled job; tests call it). */
    public int expireDue() {
        return repository.expireDue(clock.instant());
    }

    private Offer locked(Actor actor, OfferId id) {
        return repository.lock(actor.tenant(), id).filter(o -> actor.serves(o.market()))
                .orElseThrow(() -> new NotFound("Offer", id));
    }

    private Shop shop(TenantId tenant, Order order) {
        return shops.find(tenant, order.shop()).orElseThrow(() -> new NotFound("Shop", order.shop()));
    }
}
