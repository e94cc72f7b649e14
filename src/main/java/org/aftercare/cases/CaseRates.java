package org.aftercare.cases;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.aftercare.tenancy.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Win rate and recovery rate (R11) per case type, type × reason, carrier and market, and overall, in
 * one grouping-sets query over the cases opened in a period.
 *
 * <ul>
 * <li>win rate = (approved + partially approved) ÷ decided (approved, partially approved, rejected);
 * withdrawn cases are not decided — as Chargeflow leaves accepted disputes out of its win rate;</li>
 * <li>recovery rate = the mean over decided cases of recovered ÷ amount, so that cases in different
 * currencies can be compared without exchange rates.</li>
 * </ul>
 */
@Service
public class CaseRates {

    public enum Dimension {
        ALL, TYPE, REASON, CARRIER, MARKET
    }

    /**
     * One group's figures; {@code key} is "PLATFORM_DISPUTE", "CARRIER_CLAIM/LOST", "YUNEXPRESS", "US" or
     * "" for ALL; rates are null when nothing was decided.
     */
    public record Rate(Dimension dimension, String key, long cases, long decided, long won, long open,
                       BigDecimal winRate, BigDecimal recoveryRate) {
    }

    private final JdbcClient jdbc;

    CaseRates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Rate> of(Actor actor, Instant from, Instant to) {
        if (from == null || to == null || !from.isBefore(to)) {
            throw new IllegalArgumentException("from: must be before to");
        }
        return jdbc.sql("""
                        select case when grouping(type) = 0 and grouping(reason) = 0 then 'REASON'
                                    when grouping(type) = 0 then 'TYPE'
                                    when grouping(carrier) = 0 then 'CARRIER'
                                    when grouping(market) = 0 then 'MARKET'
                                    else 'ALL' end as dimension,
                               case when grouping(type) = 0 and grouping(reason) = 0 then type || '/' || reason
                                    when grouping(type) = 0 then type
                                    when grouping(carrier) = 0 then carrier
                                    when grouping(market) = 0 then market
                                    else '' end as key,
                               count(*) as cases,
                               count(*) filter (where decided) as decided,
                               count(*) filter (where won) as won,
                               count(*) filter (where closed_at is null) as open,
                               round(count(*) filter (where won)::numeric / nullif(count(*) filter (where decided), 0), 4)
                                   as win_rate,
                               round(avg(recovered / nullif(amount, 0)) filter (where decided), 4) as recovery_rate
                        from (select type, reason, coalesce(carrier_code, '-') as carrier, market::text as market,
                                     amount, coalesce(recovered, 0) as recovered, closed_at,
                                     status in ('APPROVED', 'PARTIALLY_APPROVED', 'REJECTED') as decided,
                                     status in ('APPROVED', 'PARTIALLY_APPROVED') as won
                              from dispute_case
                              where tenant_id = :tenant and opened_at >= :from and opened_at < :to
                                and (cardinality(:markets::text[]) = 0 or market = any(:markets::text[]))) c
                        group by grouping sets ((), (type), (type, reason), (carrier), (market))
                        order by 1, 2
                        """)
                .param("tenant", actor.tenant().value()).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .param("markets", actor.markets().toArray(String[]::new))
                .query((rs, row) -> new Rate(Dimension.valueOf(rs.getString("dimension")), rs.getString("key"),
                        rs.getLong("cases"), rs.getLong("decided"), rs.getLong("won"), rs.getLong("open"),
                        rs.getBigDecimal("win_rate"), rs.getBigDecimal("recovery_rate")))
                .list();
    }
}
