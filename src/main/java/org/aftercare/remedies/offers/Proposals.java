package org.aftercare.remedies.offers;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.aftercare.logistics.ShipmentSnapshot;
import org.aftercare.logistics.Shipments;
import org.aftercare.logistics.TransitEstimate;
import org.aftercare.orders.Order;
import org.aftercare.remedies.Offer;
import org.aftercare.remedies.OfferId;
import org.aftercare.remedies.OfferKind;
import org.aftercare.remedies.OfferRequest;
import org.aftercare.remedies.OfferState;
import org.aftercare.remedies.RemedyDefaults;
import org.aftercare.remedies.ledger.CostLedger;
import org.aftercare.remedies.policy.Caps;
import org.aftercare.remedies.policy.Delay;
import org.aftercare.remedies.policy.RemedyPolicies;
import org.aftercare.remedies.policy.RemedyPolicy;
import org.aftercare.remedies.policy.RemedyTiers;
import org.aftercare.remedies.policy.TierDecision;
import org.aftercare.shared.Money;
import org.aftercare.tenancy.Shop;
import org.springframework.stereotype.Component;

/**
 * Makes an offer for an order: from the tier table for the parcel's delay, or an agent's override
 * with a written reason (D8); then checks it against the caps — a breach or an amount above the
 * threshold makes it APPROVAL_REQUIRED, never silently grantable.
 */
@Component
public class Proposals {

    /** Shortest written reason accepted for an override. */
    static final int MIN_REASON_LENGTH = 10;

    private final RemedyPolicies policies;
    private final CostLedger ledger;
    private final Shipments shipments;
    private final RemedyDefaults defaults;
    private final Clock clock;

    Proposals(RemedyPolicies policies, CostLedger ledger, Shipments shipments, RemedyDefaults defaults, Clock clock) {
        this.policies = policies;
        this.ledger = ledger;
        this.shipments = shipments;
        this.defaults = defaults;
        this.clock = clock;
    }

    /** The offer the tiers give for this parcel's delay, or the tiers' reason for none. */
    public Drafted byTiers(Shop shop, Order order, ShipmentSnapshot parcel, UUID alert, String by) {
        Instant now = clock.instant();
        RemedyPolicy policy = policies.effective(shop.tenant(), shop, order.market(), order.total().currency());
        TransitEstimate eta = parcel == null ? null : shipments.eta(parcel).orElse(null);
        Delay delay = parcel == null ? Delay.late(0, itemValue(order)) : Lateness.of(parcel, eta, now, itemValue(order));
        TierDecision decision = RemedyTiers.decide(policy, delay);
        if (decision instanceof TierDecision.Remedy r) {
            return new Drafted(checked(policy, shop, order, parcel, alert, by, r.tier(), r.kind(), r.alternative(), r.amount(),
                    r.percent(), delay, r.reason(), false), null);
        }
        return new Drafted(null, decision.reason());
    }

    /** An agent's offer of their choice; the reason is required and kept with the offer. */
    public Offer override(Shop shop, Order order, ShipmentSnapshot parcel, OfferRequest request, String by) {
        if (request.reason() == null || request.reason().strip().length() < MIN_REASON_LENGTH) {
            throw new IllegalArgumentException("reason: an override needs a written reason (at least "
                    + MIN_REASON_LENGTH + " characters)");
        }
        Instant now = clock.instant();
        RemedyPolicy policy = policies.effective(shop.tenant(), shop, order.market(), order.total().currency());
        Money value = itemValue(order);
        TransitEstimate eta = parcel == null ? null : shipments.eta(parcel).orElse(null);
        Delay delay = parcel == null ? Delay.late(0, value) : Lateness.of(parcel, eta, now, value);
        Integer percent = request.kind() == OfferKind.PARTIAL_REFUND && request.amount() == null
                ? policy.partialRefundPercent() : null;
        Money amount = request.amount() != null ? amount(request.amount(), order) : defaultAmount(request.kind(), policy, value);
        return checked(policy, shop, order, parcel, null, by, "OVERRIDE", request.kind(), null, amount, percent, delay,
                request.reason().strip(), true);
    }

    /** An offer as drafted: the offer, or why the tiers gave none. */
    public record Drafted(Offer offer, String noOfferReason) {
    }

    /** The caps breached if {@code offer} were granted now (re-checked at grant time). */
    public List<Caps.Breach> breaches(Shop shop, Offer offer) {
        RemedyPolicy policy = policies.effective(shop.tenant(), shop, offer.market(), offer.amount().currency());
        return breaches(policy, shop, offer.order().value(), offer.buyer(), offer.amount());
    }

    private Offer checked(RemedyPolicy policy, Shop shop, Order order, ShipmentSnapshot parcel, UUID alert, String by,
                          String tier, OfferKind kind, OfferKind alternative, Money amount, Integer percent, Delay delay,
                          String reason, boolean override) {
        UUID buyer = order.buyer() == null ? null : order.buyer().id().value();
        List<String> breaches = breaches(policy, shop, order.id().value(), buyer, amount).stream()
                .map(Caps.Breach::toString).toList();
        Instant now = clock.instant();
        return new Offer(new OfferId(UUID.randomUUID()), shop.tenant(), shop.id(), order.market(), order.id(),
                order.orderNumber(), buyer, alert, parcel == null ? null : parcel.id().value(),
                parcel == null ? null : parcel.carrierCode(), tier, kind, alternative, amount, percent,
                parcel == null || delay.lost() ? null : delay.daysLate(), delay.lost(), reason, override,
                breaches.isEmpty() ? OfferState.PROPOSED : OfferState.APPROVAL_REQUIRED, breaches, by, now,
                now.plus(defaults.offerExpiresAfter()), null, null, null);
    }

    private List<Caps.Breach> breaches(RemedyPolicy policy, Shop shop, UUID order, UUID buyer, Money amount) {
        Instant now = clock.instant();
        Instant monthStart = LocalDate.ofInstant(now, shop.zone()).withDayOfMonth(1).atStartOfDay(shop.zone()).toInstant();
        Caps.Granted granted = ledger.granted(shop.tenant(), shop.id(), order, buyer, amount.currency(),
                now.minus(Duration.ofDays(policy.buyerCapDays())), monthStart);
        return Caps.check(policy, amount, granted);
    }

    private static Money defaultAmount(OfferKind kind, RemedyPolicy policy, Money value) {
        Money amount = switch (kind) {
            case COUPON -> policy.coupon();
            case UPGRADED_SHIPPING -> policy.upgradedShipping();
            case PARTIAL_REFUND -> RemedyTiers.percentOf(value, policy.partialRefundPercent());
            case FULL_REFUND, RESHIP, PRIORITY_RESHIP -> value;
            case PHONE_APOLOGY -> Money.zero(value.currency());
        };
        if (amount == null) {
            throw new IllegalArgumentException("amount: required, there is no default " + kind + " amount in "
                    + value.currency().getCurrencyCode());
        }
        return amount;
    }

    private static Money amount(BigDecimal amount, Order order) {
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("amount: must not be negative");
        }
        if (amount.stripTrailingZeros().scale() > Math.max(order.total().currency().getDefaultFractionDigits(), 0)) {
            throw new IllegalArgumentException("amount: more decimals than " + order.total().currency().getCurrencyCode() + " has");
        }
        return new Money(amount, order.total().currency());
    }

    /** The value of the order's items (lines, not shipping), in the order's currency. */
    static Money itemValue(Order order) {
        Money sum = Money.zero(order.total().currency());
        for (Order.Line line : order.lines()) {
            sum = sum.plus(line.unitPrice().times(line.quantity()));
        }
        return sum;
    }

    /** The parcel an offer is about: the given one, or the order's newest. */
    public Optional<ShipmentSnapshot> parcelOf(Order order) {
        return shipments.ofOrder(order.tenant(), order.id()).stream().findFirst();
    }
}
