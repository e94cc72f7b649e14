package org.aftercare.returns;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.aftercare.TestTenant;
import org.aftercare.logistics.ShipmentRegistration;
import org.aftercare.logistics.Shipments;
import org.aftercare.orders.NewOrder;
import org.aftercare.orders.OrderId;
import org.aftercare.orders.Orders;
import org.aftercare.returns.policy.ReturnPolicies;
import org.aftercare.returns.rules.ReturnCase;
import org.aftercare.returns.rules.ReturnRules;
import org.aftercare.shared.Money;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.Role;
import org.aftercare.tenancy.Shop;
import org.aftercare.tenancy.ShopId;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.TenantId;
import org.aftercare.tenancy.Tenants;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Return decisions per second: the decision table alone on one thread, policies loaded (issue 7:
 * ≥ 10,000/s), and whole submissions through {@link ReturnRequests#submit} into PostgreSQL (order
 * and delivery read, quantities checked under the order's lock, history counted, request, lines
 * and refund written). Run with bench/returns.sh.
 */
@Tag("bench")
@SpringBootTest
class ReturnsBenchmark {

    @Autowired ReturnRequests returns;
    @Autowired ReturnsProperties properties;
    @Autowired Tenants tenants;
    @Autowired Shops shops;
    @Autowired Orders orders;
    @Autowired Shipments shipments;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    static final ReturnReason[] REASONS = ReturnReason.values();

    @Test
    void decisionsPerSecond() throws Exception {
        int decisions = Integer.getInteger("bench.decisions", 1_000_000);
        int submissions = Integer.getInteger("bench.submissions", 2_000);
        int threads = Integer.getInteger("bench.threads", 4);

        double engine = engine(decisions);
        double engineAgain = engine(decisions);

        TestTenant seller = TestTenant.create(tenants, shops, "US", Role.OWNER);
        List<OrderId> ids = deliveredOrders(seller, submissions * 2);
        long[] single = submit(seller, ids.subList(0, submissions), 1);
        long[] parallel = submit(seller, ids.subList(submissions, submissions * 2), threads);

        System.out.println("=== Returns decision benchmark ===");
        System.out.printf("decision table, 1 thread, policies loaded, %,d cases (5 markets, 10 reasons, histories): %,.0f decisions/s (second run %,.0f)%n",
                decisions, engine, engineAgain);
        report("submit into PostgreSQL, 1 thread", single);
        report("submit into PostgreSQL, " + threads + " threads", parallel);
        System.out.println("reproduce: bench/returns.sh [decisions] [submissions] [threads]");
    }

    private double engine(int count) {
        Random random = new Random(7);
        Map<String, ReturnPolicy> policies = Map.of(
                "US", policy("US", "USD"), "DE", policy("DE", "EUR"), "FR", policy("FR", "EUR"),
                "GB", policy("GB", "GBP"), "MY", policy("MY", "MYR"));
        String[] markets = policies.keySet().toArray(String[]::new);
        Arrays.sort(markets);
        LocalDate delivered = LocalDate.of(2026, 11, 2);
        List<ReturnCase> cases = new ArrayList<>(count);
        for (int i = 0; i < 100_000; i++) {
            String market = markets[random.nextInt(markets.length)];
            String currency = policies.get(market).currency();
            Money unit = Money.of(String.valueOf(3 + random.nextInt(400)) + ".99", currency);
            int lines = 1 + random.nextInt(3);
            List<ReturnCase.Item> items = new ArrayList<>();
            for (int l = 0; l < lines; l++) {
                items.add(new ReturnCase.Item("SKU-" + random.nextInt(1000), unit, 1 + random.nextInt(2),
                        REASONS[random.nextInt(REASONS.length)]));
            }
            cases.add(new ReturnCase(market, unit.times(4), items, random.nextInt(50) == 0 ? null : delivered,
                    delivered.plusDays(random.nextInt(40)), random.nextInt(4), random.nextInt(8)));
        }
        long sink = 0;
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            ReturnCase c = cases.get(i % cases.size());
            sink += ReturnRules.decide(c, policies.get(c.market())).rule().length();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (sink == 42) {
            System.out.println(sink);
        }
        return count / seconds;
    }

    private ReturnPolicy policy(String market, String currency) {
        Shop shop = new Shop(new ShopId(UUID.randomUUID()), new TenantId(UUID.randomUUID()), "Bench " + market, null,
                market, Currency.getInstance(currency), ZoneId.of("UTC"), List.of("en"), null);
        return ReturnPolicies.of(properties, shop, market, ReturnPolicies.Overrides.NONE);
    }

    /** Orders of 3 lines from 500 buyers, each with a parcel delivered 3 days ago. */
    private List<OrderId> deliveredOrders(TestTenant seller, int count) {
        Actor actor = new Actor("bench", seller.owner(), seller.id(), Role.OWNER, Set.of());
        List<NewOrder> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String buyer = "buyer-" + (i % 500);
            batch.add(new NewOrder(seller.shop().id(), "B-" + i, clock.instant().minus(Duration.ofDays(15)),
                    new NewOrder.NewBuyer(buyer, "Buyer", buyer + "@example.com", null, "US", "en", null),
                    List.of(new NewOrder.Line("TEE-" + (i % 50), "Tee", Money.of("9.99", "USD"), 2, false),
                            new NewOrder.Line("HOODIE-" + (i % 40), "Hoodie", Money.of("39.99", "USD"), 1, false),
                            new NewOrder.Line("JACKET-" + (i % 30), "Jacket", Money.of("129.00", "USD"), 1, false)),
                    "API"));
        }
        List<OrderId> ids = new ArrayList<>();
        for (int from = 0; from < count; from += 500) {
            orders.createAll(actor, seller.shop().id(), batch.subList(from, Math.min(count, from + 500)))
                    .forEach(o -> ids.add(o.order()));
        }
        jdbc.sql("insert into carrier (code, name, kind) values ('YUNEXPRESS', 'YunExpress', 'CROSS_BORDER') on conflict do nothing")
                .update();
        for (OrderId id : ids) {
            shipments.register(seller.id(), new ShipmentRegistration(seller.shop().id(), id,
                    "YT" + UUID.randomUUID().toString().replace("-", "").substring(0, 14).toUpperCase(), "YUNEXPRESS", null,
                    null, "CN", "US", "standard", clock.instant().minus(Duration.ofDays(12)), null, null, false));
        }
        jdbc.sql("update shipment set delivered_at = :at where tenant_id = :tenant")
                .param("at", java.sql.Timestamp.from(clock.instant().minus(Duration.ofDays(3))))
                .param("tenant", seller.id().value())
                .update();
        return ids;
    }

    /** Submits one request per order; returns the sorted latencies in nanoseconds, the elapsed time last. */
    private long[] submit(TestTenant seller, List<OrderId> ids, int threads) throws Exception {
        AtomicInteger next = new AtomicInteger();
        long[] latencies = new long[ids.size() + 1];
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                running.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < ids.size(); i = next.getAndIncrement()) {
                        int line = 1 + i % 3;
                        ReturnReason reason = REASONS[i % REASONS.length];
                        long began = System.nanoTime();
                        returns.submit(seller.id(), new NewReturn(seller.shop().id(), ids.get(i), null, "TIKTOK_SHOP",
                                "RET-" + ids.get(i), null, "bench", null, null, null,
                                List.of(new NewReturn.Line(line, 1, reason))));
                        latencies[i] = System.nanoTime() - began;
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        }
        long elapsed = System.nanoTime() - start;
        long[] sorted = Arrays.copyOf(latencies, ids.size());
        Arrays.sort(sorted);
        long[] result = Arrays.copyOf(sorted, sorted.length + 1);
        result[sorted.length] = elapsed;
        return result;
    }

    private static void report(String label, long[] result) {
        int n = result.length - 1;
        double seconds = result[n] / 1e9;
        System.out.printf("%s: %,d requests in %.1f s = %,.0f decisions/s; latency p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                label, n, seconds, n / seconds, result[n / 2] / 1e6, result[(int) (n * 0.99)] / 1e6, result[n - 1] / 1e6);
    }
}
