package org.aftercare.insights.returns;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.aftercare.insights.InsightsProperties.ReturnSpikes;
import org.aftercare.tenancy.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;

/**
 * Counts, in one set-based query per tenant, each SKU's units sold and returned units per reason
 * group in the recent window and in the baseline before it — by the date of the sale, so a rate
 * always relates returns to the sales they came from — plus the tenant's all-SKU baseline per
 * group for SKUs without history. Only SKU × group pairs with the minimum recent volume come back.
 */
@Repository
class SpikeCandidates {

    /** Requests turned down or withdrawn are not returns. */
    static final List<String> NOT_RETURNED = List.of("REJECTED", "CANCELLED", "WITHDRAWN");

    private static final String CANDIDATES = """
            with sale as (
                select ol.order_id, ol.line_no, ol.sku, ol.title, ol.quantity, s.market,
                       o.placed_at >= :recentFrom as recent
                  from orders o
                  join order_line ol on ol.order_id = o.id
                  join shop s on s.id = o.shop_id
                 where o.tenant_id = :tenant and o.placed_at >= :baselineFrom and o.placed_at < :until
            ), sold as (
                select sku, max(title) as title,
                       coalesce(sum(quantity) filter (where recent), 0) as recent_units,
                       coalesce(sum(quantity) filter (where not recent), 0) as baseline_units
                  from sale
                 group by sku
            ), returned as (
                select sale.sku, g.reason_group,
                       coalesce(sum(rl.quantity) filter (where sale.recent), 0) as recent_returns,
                       coalesce(sum(rl.quantity) filter (where not sale.recent), 0) as baseline_returns,
                       mode() within group (order by sale.market) filter (where sale.recent) as market
                  from sale
                  join return_request rr on rr.order_id = sale.order_id and rr.tenant_id = :tenant
                  join return_line rl on rl.return_id = rr.id and rl.order_line_no = sale.line_no
                  join unnest(cast(:reasons as text[]), cast(:groups as text[])) as g(reason, reason_group)
                    on g.reason = rl.reason
                 where rr.status <> all(:notReturned)
                 group by sale.sku, g.reason_group
            ), all_skus as (
                select r.reason_group, sum(r.baseline_returns) as returns,
                       (select sum(baseline_units) from sold) as units
                  from returned r
                 group by r.reason_group
            )
            select sold.sku, sold.title, r.reason_group, r.market, sold.recent_units, r.recent_returns,
                   sold.baseline_units, r.baseline_returns, a.units as all_units, a.returns as all_returns
              from returned r
              join sold using (sku)
              join all_skus a using (reason_group)
             where sold.recent_units >= :minUnits and r.recent_returns >= :minReturns
             order by sold.sku, r.reason_group
            """;

    private final JdbcClient jdbc;

    SpikeCandidates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<SpikeCandidate> of(TenantId tenant, ReturnSpikes settings, Instant until) {
        Instant recentFrom = until.minus(Duration.ofDays(settings.recentDays()));
        String[][] mapping = ReasonGroup.mapping();
        return jdbc.sql(CANDIDATES)
                .param("tenant", tenant.value())
                .param("until", Timestamp.from(until))
                .param("recentFrom", Timestamp.from(recentFrom))
                .param("baselineFrom", Timestamp.from(recentFrom.minus(Duration.ofDays(settings.baselineDays()))))
                .param("reasons", new SqlArrayValue("text", (Object[]) mapping[0]))
                .param("groups", new SqlArrayValue("text", (Object[]) mapping[1]))
                .param("notReturned", new SqlArrayValue("text", NOT_RETURNED.toArray()))
                .param("minUnits", settings.minUnits())
                .param("minReturns", settings.minReturns())
                .query((rs, row) -> new SpikeCandidate(rs.getString("sku"), rs.getString("title"), rs.getString("market"),
                        ReasonGroup.valueOf(rs.getString("reason_group")),
                        new SpikeTest.Counts(rs.getLong("recent_units"), rs.getLong("recent_returns"),
                                rs.getLong("baseline_units"), rs.getLong("baseline_returns"),
                                rs.getLong("all_units"), rs.getLong("all_returns"))))
                .list();
    }
}
