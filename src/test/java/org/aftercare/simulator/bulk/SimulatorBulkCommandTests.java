package org.aftercare.simulator.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.aftercare.tenancy.Tenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The large-dataset command, at a tiny size and without leaving the JVM. */
// Closed after the class, while the JVM's one embedded PostgreSQL still runs: a context left
// open until JVM exit would be shut down after the database and stall the fork's exit.
@DirtiesContext
@SpringBootTest(properties = {
        "aftercare.simulator.bulk.shipments=400",
        "aftercare.simulator.bulk.seed=42",
        "aftercare.simulator.bulk.chunk=100",
        "aftercare.simulator.bulk.exit=false",
        "aftercare.simulator.bulk.messages=30",
        "aftercare.simulator.bulk.messages-out=target/simulator-bulk-messages.jsonl"})
class SimulatorBulkCommandTests {

    @Autowired
    Tenants tenants;
    @Autowired
    JdbcClient jdbc;

    @Test
    void fillsTheBulkSellerAndWritesMessagesAsJsonLines() throws Exception {
        var tenant = tenants.findTenantByName("Bulk Seller").orElseThrow();
        long orders = jdbc.sql("select count(*) from orders where tenant_id = :t").param("t", tenant.value())
                .query(Long.class).single();
        long shipments = jdbc.sql("select count(*) from shipment where tenant_id = :t").param("t", tenant.value())
                .query(Long.class).single();

        assertThat(orders).isEqualTo(400);
        assertThat(shipments).isEqualTo(400);

        List<String> lines = Files.readAllLines(Path.of("target/simulator-bulk-messages.jsonl"));
        assertThat(lines).hasSize(60);
        assertThat(lines.getFirst()).startsWith("{\"type\":\"buyer_message\"").contains("\"intent\":");
        assertThat(lines.getLast()).startsWith("{\"type\":\"return_request\"").contains("\"reason\":");
    }
}
