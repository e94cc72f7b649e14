package org.aftercare.remedies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.aftercare.TestClock;
import org.aftercare.logistics.ShipmentId;
import org.aftercare.logistics.Shipments;
import org.aftercare.monitoring.AlertId;
import org.aftercare.monitoring.AlertRaised;
import org.aftercare.monitoring.AlertRule;
import org.aftercare.monitoring.Parcels;
import org.aftercare.monitoring.Severity;
import org.aftercare.orders.OrderId;
import org.aftercare.orders.Orders;
import org.aftercare.remedies.ledger.CostLedger;
import org.aftercare.remedies.ledger.Totals;
import org.aftercare.remedies.policy.RemedyPolicies;
import org.aftercare.shared.Money;
import org.aftercare.shared.NotPermitted;
import org.aftercare.tenancy.Role;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Offers against the real database: proposed once per monitoring alert, checked against the caps
 * (a breach needs a manager, never a silent grant), overrides with a written reason, and a ledger
 * whose totals are the grants.
 */
@SpringBootTest
@Import(TestClock.Config.class)
class OffersTests {

    @Autowired Offers offers;
    @Autowired CostLedger ledger;
    @Autowired RemedyPolicies policies;
    @Autowired Tenants tenants;
    @Autowired Shops shops;
    @Autowired Orders orders;
    @Autowired Shipments shipments;
    @Autowired Parcels parcels;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;

    private RemedySeller seller;

    @BeforeEach
    void aSellerInGermany() {
        seller = new RemedySeller("DE", tenants, shops, orders, shipments, parcels, jdbc, clock);
    }

    @Test
    void aLostParcelsAlertProposesOneOfferHoweverOftenItArrives() {
        OrderId order = seller.order("mia", "MUG-BLUE:12.00");
        ShipmentId parcel = seller.lost(order, "YUNEXPRESS");
        UUID alert = seller.alert(parcel, "EXCEPTION");

        OfferSummary offer = await().atMost(Duration.ofSeconds(30))
                .until(() -> offers.forAlert(seller.tenant.id(), new AlertId(alert)), Optional::isPresent).orElseThrow();
        assertThat(offer.kind()).isEqualTo(OfferKind.FULL_REFUND);
        assertThat(offer.amount()).isEqualTo(Money.of("12.00", "EUR"));
        assertThat(offer.state()).isEqualTo(OfferState.PROPOSED);

        AlertRaised again = new AlertRaised(new AlertId(alert), seller.tenant.id(), parcel, AlertRule.EXCEPTION, Severity.HIGH);
        offers.proposeFor(again);
        offers.proposeFor(again);
        assertThat(offers.forOrder(seller.tenant.id(), order)).hasSize(1).first().isEqualTo(offer);

        AlertId another = new AlertId(UUID.randomUUID());
        offers.proposeFor(new AlertRaised(another, seller.tenant.id(), parcel, AlertRule.STALLED, Severity.MEDIUM));
        assertThat(offers.forAlert(seller.tenant.id(), another)).contains(offer);
        assertThat(offers.forOrder(seller.tenant.id(), order)).as("the lost parcel's offer covers the second alert")
                .hasSize(1);
        Offer stored = offers.get(seller.owner(), offer.id());
        assertThat(stored.tier()).isEqualTo("LOST");
        assertThat(stored.alternative()).isEqualTo(OfferKind.RESHIP);
        assertThat(stored.carrierCode()).isEqualTo("YUNEXPRESS");
        assertThat(stored.proposedBy()).isEqualTo("system");
    }

    @Test
    void anOfferAboveTheThresholdWaitsForAManager() {
        OrderId order = seller.order("noah", "JACKET-BLK:60.00");
        ShipmentId parcel = seller.lost(order, "YUNEXPRESS");
        UUID alert = seller.alert(parcel, "EXCEPTION");
        OfferSummary summary = await().atMost(Duration.ofSeconds(30))
                .until(() -> offers.forAlert(seller.tenant.id(), new AlertId(alert)), Optional::isPresent).orElseThrow();

        Offer offer = offers.get(seller.owner(), summary.id());
        assertThat(offer.kind()).isEqualTo(OfferKind.RESHIP);
        assertThat(offer.state()).isEqualTo(OfferState.APPROVAL_REQUIRED);
        assertThat(offer.approvalNeeded()).anyMatch(b -> b.startsWith("ABOVE_THRESHOLD"))
                .anyMatch(b -> b.startsWith("CAP_PER_ORDER"));

        assertThatThrownBy(() -> offers.grant(seller.actor(Role.AGENT), offer.id(), null)).isInstanceOf(NotPermitted.class);
        assertThat(offers.get(seller.owner(), offer.id()).state()).isEqualTo(OfferState.APPROVAL_REQUIRED);

        Offer granted = offers.grant(seller.actor(Role.MANAGER), offer.id(), "Gift for a wedding, reship now");
        assertThat(granted.state()).isEqualTo(OfferState.GRANTED);
        assertThat(granted.decidedBy()).isEqualTo("manager@test");
        assertThat(ledgerSum(order)).isEqualByComparingTo("60.00");
    }

    @Test
    void aGrantRechecksTheCapsAndNeverGrantsPastThem() {
        policies.save(seller.tenant.id(), seller.tenant.shop(), "DE", new RemedyPolicies.Overrides(null, null, null, null,
                null, null, null, null, new BigDecimal("8"), null, null, null), "test");
        OrderId order = seller.order("lea", "TEE-RED-M:20.00");
        OfferRequest coupon = new OfferRequest(OfferKind.COUPON, null, "Buyer waited on the phone for 20 minutes");
        Offer first = offers.propose(seller.actor(Role.AGENT), order, coupon);
        Offer second = offers.propose(seller.actor(Role.AGENT), order, coupon);
        assertThat(first.state()).isEqualTo(OfferState.PROPOSED);
        assertThat(first.amount()).isEqualTo(Money.of("5.00", "EUR"));
        assertThat(second.state()).isEqualTo(OfferState.PROPOSED);

        assertThat(offers.grant(seller.actor(Role.AGENT), first.id(), null).state()).isEqualTo(OfferState.GRANTED);
        Offer secondAfter = offers.grant(seller.actor(Role.AGENT), second.id(), null);
        assertThat(secondAfter.state()).isEqualTo(OfferState.APPROVAL_REQUIRED);
        assertThat(secondAfter.approvalNeeded()).containsExactly("CAP_PER_ORDER: 5.00 EUR granted + 5.00 EUR > 8.00 EUR");
        assertThat(ledgerSum(order)).isEqualByComparingTo("5.00");

        Offer third = offers.propose(seller.actor(Role.AGENT), order, coupon);
        assertThat(third.state()).isEqualTo(OfferState.APPROVAL_REQUIRED);
    }

    @Test
    void anOverrideNeedsAWrittenReason() {
        OrderId order = seller.order("ben", "LAMP-01:45.00");
        assertThatThrownBy(() -> offers.propose(seller.actor(Role.AGENT), order,
                new OfferRequest(OfferKind.PRIORITY_RESHIP, null, " ")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("reason:");
        assertThatThrownBy(() -> offers.propose(seller.actor(Role.AGENT), order, OfferRequest.BY_POLICY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("kind: no tier applies");
        assertThatThrownBy(() -> offers.propose(seller.actor(Role.VIEWER), order,
                new OfferRequest(OfferKind.PHONE_APOLOGY, null, "Very upset, threatens a review")))
                .isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> offers.propose(seller.actor(Role.AGENT), order,
                new OfferRequest(OfferKind.COUPON, new BigDecimal("3.333"), "Angry buyer, small gesture")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("amount:");

        Offer apology = offers.propose(seller.actor(Role.AGENT), order,
                new OfferRequest(OfferKind.PHONE_APOLOGY, null, "Very upset, threatens a review"));
        assertThat(apology.override()).isTrue();
        assertThat(apology.tier()).isEqualTo("OVERRIDE");
        assertThat(apology.amount()).isEqualTo(Money.of("0.00", "EUR"));
        assertThat(apology.reason()).isEqualTo("Very upset, threatens a review");
        Offer urgent = offers.propose(seller.actor(Role.AGENT), order,
                new OfferRequest(OfferKind.PRIORITY_RESHIP, null, "Birthday gift on Saturday"));
        assertThat(urgent.amount()).isEqualTo(Money.of("45.00", "EUR"));
        assertThat(urgent.state()).isEqualTo(OfferState.APPROVAL_REQUIRED);
    }

    @Test
    void aDeclineNeedsAReasonAndClosesTheOffer() {
        OrderId order = seller.order("ida", "SOCKS:9.00");
        Offer offer = offers.propose(seller.actor(Role.AGENT), order,
                new OfferRequest(OfferKind.COUPON, null, "Asked twice where the parcel is"));
        assertThatThrownBy(() -> offers.decline(seller.actor(Role.AGENT), offer.id(), ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("reason:");
        Offer declined = offers.decline(seller.actor(Role.AGENT), offer.id(), "Buyer already got a coupon from the platform");
        assertThat(declined.state()).isEqualTo(OfferState.DECLINED);
        assertThat(declined.decisionNote()).isEqualTo("Buyer already got a coupon from the platform");
        assertThatThrownBy(() -> offers.grant(seller.actor(Role.AGENT), offer.id(), null))
                .isInstanceOf(IllegalStateException.class);
        assertThat(ledgerSum(order)).isEqualByComparingTo("0");
    }

    @Test
    void anOfferNobodyDecidesExpires() {
        OrderId order = seller.order("max", "CAP:15.00");
        Offer offer = offers.propose(seller.actor(Role.AGENT), order,
                new OfferRequest(OfferKind.COUPON, null, "Parcel stuck in customs for a week"));
        clock.advance(Duration.ofDays(15));
        try {
            assertThat(offers.expireDue()).isGreaterThanOrEqualTo(1);
            assertThat(offers.get(seller.owner(), offer.id()).state()).isEqualTo(OfferState.EXPIRED);
        }
        finally {
            clock.advance(Duration.ofDays(-15));
        }
    }

    @Test
    void theLedgerTotalsAreTheGrants() {
        OrderId twoItems = seller.order("zoe", "TEE-RED-M:20.00", "JACKET-BLK:80.00");
        OrderId oneItem = seller.order("eli", "TEE-RED-M:20.00");
        OrderId declinedOrder = seller.order("kai", "MUG-BLUE:12.00");
        List<Offer> granted = List.of(
                grant(twoItems, OfferKind.PARTIAL_REFUND, "10.00"),
                grant(twoItems, OfferKind.COUPON, "5.00"),
                grant(oneItem, OfferKind.COUPON, "3.33"));
        Offer declined = offers.propose(seller.actor(Role.AGENT), declinedOrder,
                new OfferRequest(OfferKind.COUPON, null, "Asked for an update twice"));
        offers.decline(seller.actor(Role.AGENT), declined.id(), "Parcel arrived the same day");

        BigDecimal grants = granted.stream().map(o -> o.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<UUID> shop = List.of(seller.tenant.shop().id().value());
        LocalDate from = LocalDate.now(clock).minusDays(1);
        LocalDate to = LocalDate.now(clock).plusDays(1);
        for (CostLedger.By by : CostLedger.By.values()) {
            Totals totals = ledger.totals(seller.tenant.id(), shop, from, to, by, CostLedger.Period.MONTH);
            assertThat(totals.rows()).allMatch(r -> r.total().currency().getCurrencyCode().equals("EUR"));
            assertThat(totals.rows().stream().map(r -> r.total().amount()).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .as("total by %s", by).isEqualByComparingTo(grants);
        }
        Map<String, BigDecimal> bySku = ledger.totals(seller.tenant.id(), shop, from, to, CostLedger.By.SKU,
                        CostLedger.Period.DAY).rows().stream()
                .collect(Collectors.toMap(Totals.Row::key, r -> r.total().amount()));
        // 15.00 over 20 + 80 → 3.00 + 12.00; plus 3.33 on the tee alone
        assertThat(bySku).containsOnlyKeys("TEE-RED-M", "JACKET-BLK");
        assertThat(bySku.get("TEE-RED-M")).isEqualByComparingTo("6.33");
        assertThat(bySku.get("JACKET-BLK")).isEqualByComparingTo("12.00");
        assertThat(ledger.entries(seller.tenant.id(), shop, from, to, 100)).hasSize(5);
    }

    private Offer grant(OrderId order, OfferKind kind, String amount) {
        Offer offer = offers.propose(seller.actor(Role.AGENT), order,
                new OfferRequest(kind, new BigDecimal(amount), "Delay of more than a week, buyer asked twice"));
        return offers.grant(seller.actor(Role.AGENT), offer.id(), null);
    }

    private BigDecimal ledgerSum(OrderId order) {
        return jdbc.sql("select coalesce(sum(amount), 0) from remedy_ledger where tenant_id = :tenant and order_id = :order")
                .param("tenant", seller.tenant.id().value()).param("order", order.value())
                .query(BigDecimal.class).single();
    }
}
