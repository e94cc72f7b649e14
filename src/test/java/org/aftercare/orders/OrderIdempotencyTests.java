package org.aftercare.orders;

import static org.aftercare.orders.OrderFile.anOrderFile;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;

import org.aftercare.orders.importing.OrderCsvImport;
import org.aftercare.shared.Money;
import org.aftercare.tenancy.Role;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The same order delivered twice — in one batch, by two channels, lines reordered — is stored once. */
@SpringBootTest
@RecordApplicationEvents
class OrderIdempotencyTests {

    @Autowired
    Orders orders;
    @Autowired
    OrderCsvImport csvImport;
    @Autowired
    Tenants tenants;
    @Autowired
    Shops shops;
    @Autowired
    ApplicationEvents events;

    Seller seller;

    @BeforeEach
    void aSellerInGermany() {
        seller = Seller.inMarket("DE", tenants, shops);
    }

    NewOrder order(String number, NewOrder.Line... lines) {
        return new NewOrder(seller.shop().id(), number, Instant.parse("2026-11-20T09:00:00Z"),
                new NewOrder.NewBuyer("tt-DE-1", "Jana Müller", "jana@example.com", "+49 170 1234567", "DE", "de",
                        "Europe/Berlin"), List.of(lines), "API");
    }

    static NewOrder.Line line(String sku, String price) {
        return new NewOrder.Line(sku, "Red mug", Money.of(price, "EUR"), 1, false);
    }

    @Test
    void twiceInOneBatchIsCreatedOnceThenUnchanged() {
        NewOrder order = order("DE-1", line("SKU-1", "12.50"));

        List<Orders.Outcome> outcomes = orders.createAll(seller.actor(Role.AGENT), seller.shop().id(), List.of(order, order));

        assertThat(outcomes).extracting(Orders.Outcome::result)
                .containsExactly(Orders.Result.CREATED, Orders.Result.UNCHANGED);
        assertThat(outcomes.get(0).order()).isEqualTo(outcomes.get(1).order());
        assertThat(events.stream(OrderImported.class)).hasSize(1);
    }

    @Test
    void linesDeliveredInAnotherOrderAreTheSameOrder() {
        orders.create(seller.actor(Role.AGENT), order("DE-1", line("MUG", "12.50"), line("SPOON", "3.00")));

        Orders.Outcome again = orders.create(seller.actor(Role.AGENT), order("DE-1", line("SPOON", "3.00"), line("MUG", "12.50")));

        assertThat(again.result()).isEqualTo(Orders.Result.UNCHANGED);
    }

    @Test
    void anOrderCreatedByTheApiAndThenImportedFromCsvIsStoredOnce() {
        orders.create(seller.actor(Role.AGENT), order("DE-1", line("SKU-1", "12.50")));

        var report = csvImport.importCsv(seller.actor(Role.AGENT), seller.shop().id(),
                new ByteArrayInputStream(anOrderFile().line("DE-1", "placed_at", "2026-11-20T10:00:00+01:00").bytes()));

        assertThat(report.unchanged()).isEqualTo(1);
        assertThat(report.imported()).isZero();
        assertThat(events.stream(OrderImported.class)).hasSize(1);
    }
}
