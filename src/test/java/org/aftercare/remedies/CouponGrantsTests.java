package org.aftercare.remedies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.aftercare.TestTenant;
import org.aftercare.orders.NewOrder;
import org.aftercare.orders.OrderId;
import org.aftercare.orders.Orders;
import org.aftercare.shared.Money;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.Role;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.Tenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A campaign's coupon granted to many orders at once: an offer each, ledger rows per SKU that add up. */
@SpringBootTest
class CouponGrantsTests {

    @Autowired CouponGrants grants;
    @Autowired Orders orders;
    @Autowired Tenants tenants;
    @Autowired Shops shops;
    @Autowired JdbcClient jdbc;

    @Test
    void eachOrderGetsAGrantedCouponSplitOverItsSkusByValue() {
        TestTenant seller = TestTenant.create(tenants, shops, "DE", Role.OWNER);
        Actor owner = new Actor(seller.ownerEmail(), seller.owner(), seller.id(), Role.OWNER, Set.of());
        OrderId twoSkus = order(owner, seller, "A-1", List.of(
                new NewOrder.Line("LAMP", "Lampe", Money.of("10.00", "EUR"), 1, false),
                new NewOrder.Line("SHADE", "Schirm", Money.of("10.00", "EUR"), 2, false)));
        OrderId oneSku = order(owner, seller, "A-2", List.of(
                new NewOrder.Line("LAMP", "Lampe", Money.of("10.00", "EUR"), 1, false)));
        TestTenant other = TestTenant.create(tenants, shops, "DE", Role.OWNER);

        int granted = grants.grant(seller.id(), List.of(twoSkus.value(), oneSku.value()), Money.of("5.00", "EUR"),
                "incident campaign: Leipzig", "manager@shop", Instant.parse("2026-12-01T10:00:00Z"));
        assertThat(grants.grant(other.id(), List.of(twoSkus.value()), Money.of("5.00", "EUR"), "x", "y",
                Instant.parse("2026-12-01T10:00:00Z"))).as("another tenant's orders are ignored").isZero();

        assertThat(granted).isEqualTo(2);
        assertThat(jdbc.sql("""
                select split_part(o.order_number, '-', 1) || '-' || split_part(o.order_number, '-', 2) || ' ' || l.sku || ' ' || l.amount from remedy_ledger l join offer o on o.id = l.offer_id
                 where l.tenant_id = :tenant and o.state = 'GRANTED' and o.kind = 'COUPON' and o.tier = 'CAMPAIGN'
                 order by 1
                """).param("tenant", seller.id().value()).query(String.class).list())
                .containsExactly("A-1 LAMP 1.6700", "A-1 SHADE 3.3300", "A-2 LAMP 5.0000");
        assertThatThrownBy(() -> grants.grant(seller.id(), List.of(oneSku.value()), Money.of("0", "EUR"), "x", "y",
                Instant.now())).hasMessageStartingWith("coupon:");
    }

    private OrderId order(Actor owner, TestTenant seller, String number, List<NewOrder.Line> lines) {
        String unique = number + "-" + seller.id().value().toString().substring(0, 6);
        return orders.create(owner, new NewOrder(seller.shop().id(), unique, Instant.parse("2026-11-25T10:00:00Z"),
                new NewOrder.NewBuyer(unique, "Anna", unique + "@example.de", null, "DE", "de", "Europe/Berlin"), lines,
                "API")).order();
    }
}
