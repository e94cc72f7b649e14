package org.aftercare.orders.importing;

import static org.aftercare.orders.OrderFile.anOrderFile;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;

import org.aftercare.orders.Orders;
import org.aftercare.orders.OrdersProperties;
import org.aftercare.orders.Seller;
import org.aftercare.tenancy.Role;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.Tenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A file longer than the limit is rejected whole; batches smaller than a file still add up. */
@SpringBootTest
class OrderCsvImportLimitTests {

    @Autowired
    Orders orders;
    @Autowired
    Shops shops;
    @Autowired
    Tenants tenants;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aFileLongerThanTheLimitIsRejectedWhole() {
        Seller seller = Seller.inMarket("DE", tenants, shops);
        OrderCsvImport fiveLinesAtMost = new OrderCsvImport(orders, shops, new OrdersProperties(500, 5, 100, 25));

        ImportReport report = fiveLinesAtMost.importCsv(seller.actor(Role.AGENT), seller.shop().id(),
                new ByteArrayInputStream(anOrderFile().orders("DE", 6).bytes()));

        assertThat(report.imported()).isZero();
        assertThat(report.errors()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(7);
            assertThat(p.reason()).contains("more than 5 lines");
        });
        assertThat(jdbc.sql("select count(*) from orders where shop_id = :shop")
                .param("shop", seller.shop().id().value()).query(Long.class).single()).isZero();
    }

    @Test
    void ordersAreWrittenInBatchesThatAddUp() {
        Seller seller = Seller.inMarket("DE", tenants, shops);
        OrderCsvImport batchesOfTwo = new OrderCsvImport(orders, shops, new OrdersProperties(2, 100, 100, 25));

        ImportReport report = batchesOfTwo.importCsv(seller.actor(Role.AGENT), seller.shop().id(),
                new ByteArrayInputStream(anOrderFile().orders("DE", 7).line("DE-8", "quantity", "x").bytes()));

        assertThat(report.imported()).isEqualTo(7);
        assertThat(report.ordersImported()).isEqualTo(7);
        assertThat(report.rejected()).isEqualTo(1);
    }
}
