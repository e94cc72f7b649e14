package org.aftercare.console.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.aftercare.console.TestSellers;
import org.aftercare.tenancy.Shop;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.TenantId;
import org.aftercare.tenancy.Tenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The home page's counts, against the real tables. Same context as the browser test. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConsoleShopCountsTests {

    @Autowired ShopCounts counts;
    @Autowired Tenants tenants;
    @Autowired Shops shops;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void countsOrdersAndShipmentsPerShopOfOneTenantOnly() {
        TestSellers sellers = new TestSellers(tenants, shops, jdbc);
        TenantId seller = sellers.seller("Lumen Home");
        Shop uk = sellers.shop(seller, "Lumen UK", "GB", "GBP", "Europe/London");
        Shop us = sellers.shop(seller, "Lumen US", "US", "USD", "America/New_York");
        Instant now = clock.instant();
        sellers.ordersPlacedAt(uk, now.minus(Duration.ofDays(2)), 3);
        sellers.ordersPlacedAt(uk, now.minus(Duration.ofDays(30)), 2);
        sellers.shipments(uk, "InTransit", 2);
        sellers.shipments(uk, "Exception", 1);
        sellers.shipments(uk, "DeliveryFailure", 1);
        sellers.shipments(uk, "Delivered", 4);
        sellers.shipments(uk, "Expired", 1);
        sellers.returnedShipments(uk, "InTransit", 1);
        TenantId other = sellers.seller("Someone Else");
        Shop elsewhere = sellers.shop(other, "Elsewhere UK", "GB", "GBP", "Europe/London");
        sellers.ordersPlacedAt(elsewhere, now, 7);

        List<ShopCard> cards = counts.of(seller);

        assertThat(cards).extracting(ShopCard::market).containsExactly("GB", "US");
        ShopCard ukCard = cards.getFirst();
        assertThat(ukCard.orders()).isEqualTo(5);
        assertThat(ukCard.ordersLastWeek()).isEqualTo(3);
        assertThat(ukCard.inFlight()).as("in transit + exceptions, not delivered, expired or returned").isEqualTo(4);
        assertThat(ukCard.delivered()).isEqualTo(4);
        assertThat(ukCard.exceptions()).isEqualTo(2);
        assertThat(cards.get(1)).extracting(ShopCard::orders, ShopCard::inFlight).containsExactly(0L, 0L);
        assertThat(Totals.of(cards).orders()).isEqualTo(5);
    }

    @Test
    void aTenantWithoutShopsHasNoCards() {
        TestSellers sellers = new TestSellers(tenants, shops, jdbc);
        assertThat(counts.of(sellers.seller("Brand New"))).isEmpty();
    }
}
