package org.aftercare.simulator.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import org.aftercare.orders.OrderId;
import org.aftercare.returns.NewReturn;
import org.aftercare.returns.ReturnReason;
import org.aftercare.returns.ReturnRequests;
import org.aftercare.tenancy.ShopId;
import org.aftercare.tenancy.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's returns: buyers of parcels delivered in the last three weeks ask to return a line, for
 * the reasons real returns have (size first), through the platform — so the returns queue, its
 * decisions with their rules and the review clock have something to show.
 */
@Component
class DemoReturns {

    private static final List<ReturnReason> REASONS = List.of(ReturnReason.SIZE_MISMATCH, ReturnReason.SIZE_MISMATCH,
            ReturnReason.SIZE_MISMATCH, ReturnReason.COLOUR_DIFFERENCE, ReturnReason.DAMAGED, ReturnReason.QUALITY_DEFECT,
            ReturnReason.NOT_AS_DESCRIBED, ReturnReason.MISSING_PARTS, ReturnReason.CHANGED_MIND, ReturnReason.CHANGED_MIND,
            ReturnReason.WRONG_ITEM);

    private final ReturnRequests returns;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate eachRequest;

    DemoReturns(ReturnRequests returns, JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.returns = returns;
        this.jdbc = jdbc;
        this.clock = clock;
        // a refused request rolls back to its savepoint, not the whole demo
        this.eachRequest = new TransactionTemplate(transactions);
        this.eachRequest.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    private record Delivered(UUID shop, UUID order, Instant deliveredAt) {
    }

    /** Returns how many requests were made. */
    int populate(TenantId tenant, long seed, int requests) {
        Instant now = clock.instant();
        List<Delivered> delivered = jdbc.sql("""
                select s.shop_id, s.order_id, s.delivered_at
                  from shipment s
                 where s.tenant_id = :tenant and s.order_id is not null
                   and s.delivered_at between :since and :now
                 order by md5(s.id::text || :seed)
                 limit :limit
                """)
                .param("tenant", tenant.value()).param("since", Timestamp.from(now.minus(Duration.ofDays(21))))
                .param("now", Timestamp.from(now)).param("seed", Long.toString(seed)).param("limit", requests)
                .query((rs, n) -> new Delivered(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getTimestamp(3).toInstant()))
                .list();
        SplittableRandom random = new SplittableRandom(seed);
        int made = 0;
        for (Delivered d : delivered) {
            Instant requested = d.deliveredAt().plus(Duration.ofHours(6 + random.nextInt(24 * 5)));
            if (requested.isAfter(now)) {
                requested = now.minus(Duration.ofMinutes(random.nextInt(600)));
            }
            var request = new NewReturn(new ShopId(d.shop()), new OrderId(d.order()), null, "TIKTOK_SHOP",
                    "demo-rma-" + d.order(), null, null, requested, null, null,
                    List.of(new NewReturn.Line(1, 1, REASONS.get(random.nextInt(REASONS.size())))));
            try {
                eachRequest.executeWithoutResult(tx -> returns.submit(tenant, request));
                made++;
            }
            catch (IllegalArgumentException refused) {
                // a line already returned, a non-returnable item: the demo simply has one return fewer
            }
        }
        return made;
    }
}
