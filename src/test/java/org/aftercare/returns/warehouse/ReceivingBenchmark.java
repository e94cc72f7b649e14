package org.aftercare.returns.warehouse;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.aftercare.TestTenant;
import org.aftercare.orders.NewOrder;
import org.aftercare.orders.Orders;
import org.aftercare.shared.Money;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.Role;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.Tenants;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Receiving scan → every line graded → refund queued, per return, through {@link Receiving}
 * against the embedded PostgreSQL (issue 7: ≤ 150 ms p99). Returns waiting at the warehouse are
 * set up in bulk (orders through the orders facade, return rows by SQL); each measured return is
 * one scan and one grading call of its three lines, inside an open batch. Run with bench/receiving.sh.
 */
@Tag("bench")
@SpringBootTest
class ReceivingBenchmark {

    @Autowired Receiving receiving;
    @Autowired ReturnWarehouses warehouses;
    @Autowired ReceivingBatches batches;
    @Autowired ReturnsToReceive returns;
    @Autowired Tenants tenants;
    @Autowired Shops shops;
    @Autowired Orders orders;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void scanGradeRefund() {
        int count = Integer.getInteger("bench.returns", 2_000);
        TestTenant seller = TestTenant.create(tenants, shops, "US", Role.OWNER);
        Actor actor = ReturnsToReceive.owner(seller);
        var warehouse = warehouses.create(actor, new ReturnWarehouses.NewWarehouse("Bench returns", "US", "Newark",
                "LOCAL_RETURN_WAREHOUSE", List.of()));
        batches.open(actor, warehouse.id());

        returns.refundTiming(seller, "ON_GRADING");
        List<String> grading = awaiting(seller, actor, count, "G");
        long[] onGrading = run(actor, warehouse.id(), grading);

        returns.refundTiming(seller, "ON_RECEIPT");
        List<String> receipt = awaiting(seller, actor, count, "R");
        long[] onReceipt = run(actor, warehouse.id(), receipt);

        System.out.println("=== Returns receiving benchmark ===");
        report("ON_GRADING: scan + grade 3 lines + refund queued, 1 thread", onGrading);
        report("ON_RECEIPT: scan (refund queued) + grade 3 lines, 1 thread", onReceipt);
        System.out.println("reproduce: bench/receiving.sh [returns]");
    }

    private long[] run(Actor actor, java.util.UUID warehouse, List<String> trackings) {
        long[] nanos = new long[trackings.size()];
        for (int i = 0; i < trackings.size(); i++) {
            long start = System.nanoTime();
            Receipt received = receiving.scan(actor, warehouse, trackings.get(i));
            Receipt graded = receiving.grade(actor, received.id(), List.of(
                    new LineGrade(1, "A", null, null, null),
                    new LineGrade(2, i % 5 == 0 ? "B" : "A", null, i % 5 == 0 ? 1 : 0, "bench"),
                    new LineGrade(3, i % 50 == 0 ? "D" : "C", null, null, null)));
            nanos[i] = System.nanoTime() - start;
            if (!graded.status().equals("REFUND_QUEUED") || graded.queuedRefund() == null) {
                throw new IllegalStateException("return " + graded.number() + " is " + graded.status());
            }
        }
        return nanos;
    }

    /** {@code count} approved returns of three lines each, their parcels on the way with a tracking number. */
    private List<String> awaiting(TestTenant seller, Actor actor, int count, String prefix) {
        String run = prefix + Long.toString(System.nanoTime(), 36).toUpperCase();
        for (int from = 0; from < count; from += 500) {
            List<NewOrder> batch = new ArrayList<>();
            for (int i = from; i < Math.min(count, from + 500); i++) {
                String number = run + "-" + i;
                batch.add(new NewOrder(seller.shop().id(), number, clock.instant().minus(Duration.ofDays(20)),
                        new NewOrder.NewBuyer("b-" + number, "Bench Buyer", "b@example.com", null, "US", "en", null),
                        List.of(new NewOrder.Line("TEE-" + (i % 40), "Tee", Money.of("12.00", "USD"), 2, false),
                                new NewOrder.Line("HOODIE-" + (i % 30), "Hoodie", Money.of("39.90", "USD"), 1, false),
                                new NewOrder.Line("CAP-" + (i % 20), "Cap", Money.of("9.50", "USD"), 1, false)),
                        "API"));
            }
            orders.createAll(actor, seller.shop().id(), batch);
        }
        jdbc.sql("""
                        insert into return_request (id, tenant_id, shop_id, order_id, market, source, status, requested_at,
                               decision, decision_rule, decision_reason, decided_at, decided_by, return_carrier_code,
                               return_tracking_number, created_at, updated_at)
                        select gen_random_uuid(), o.tenant_id, o.shop_id, o.id, 'US', 'API', 'AWAITING_RETURN', now(),
                               'APPROVE_RETURN', 'BUYER_CHOICE_RETURN', 'bench', now(), 'bench', 'USPS',
                               'TRK' || o.order_number, now(), now()
                          from orders o
                         where o.tenant_id = :tenant and o.order_number like :run
                        """)
                .param("tenant", seller.id().value()).param("run", run + "-%").update();
        jdbc.sql("""
                        insert into return_line (return_id, line_no, tenant_id, order_line_no, sku, quantity, reason,
                               unit_value, currency)
                        select r.id, l.line_no, r.tenant_id, l.line_no, l.sku, l.quantity, 'CHANGED_MIND', l.unit_price,
                               l.currency
                          from return_request r
                          join order_line l on l.order_id = r.order_id
                         where r.tenant_id = :tenant and r.return_tracking_number like :run
                        """)
                .param("tenant", seller.id().value()).param("run", "TRK" + run + "-%").update();
        jdbc.sql("analyze return_request").update();
        jdbc.sql("analyze return_line").update();
        List<String> trackings = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            trackings.add("TRK" + run + "-" + i);
        }
        return trackings;
    }

    private static void report(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double total = Arrays.stream(nanos).sum() / 1e9;
        System.out.printf("%s: %,d returns in %.1f s (%.0f/s); p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                what, nanos.length, total, nanos.length / total, ms(sorted, 0.50), ms(sorted, 0.90), ms(sorted, 0.99),
                sorted[sorted.length - 1] / 1e6);
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
