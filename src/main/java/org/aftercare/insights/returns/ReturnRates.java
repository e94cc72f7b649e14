package org.aftercare.insights.returns;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.aftercare.tenancy.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;

/**
 * Return rates and reason mix computed at read time, in one statement: the range's order lines
 * (by sale date), their returned units, grouped by SKU, product, market or period. A return is
 * counted with the sale it came from, so the rate of September is September's sales' returns.
 */
@Repository
class ReturnRates {

    static final List<String> REASONS = List.of("SIZE_MISMATCH", "COLOUR_DIFFERENCE", "MISSING_PARTS", "DAMAGED",
            "QUALITY_DEFECT", "NOT_AS_DESCRIBED", "WRONG_ITEM", "ARRIVED_LATE", "CHANGED_MIND", "OTHER");

    private static final String RATES = """
            with sale as (
                select ol.order_id, ol.line_no, ol.sku, ol.title, ol.quantity,
                       case :by when 'SKU' then ol.sku
                                when 'PRODUCT' then ol.title
                                when 'MARKET' then s.market
                                else to_char(date_trunc(:unit, o.placed_at at time zone 'UTC'), 'YYYY-MM-DD')
                       end as key
                  from orders o
                  join order_line ol on ol.order_id = o.id
                  join shop s on s.id = o.shop_id
                 where o.tenant_id = :tenant and o.placed_at >= :from and o.placed_at < :until
                   and (cast(:market as text) is null or s.market = :market)
                   and (cardinality(:markets) = 0 or s.market = any(:markets))
            ), sold as (
                select key, max(title) as title, sum(quantity) as units
                  from sale
                 group by key
            ), returned as (
                select sale.key, rl.reason, sum(rl.quantity) as units
                  from sale
                  join return_request rr on rr.order_id = sale.order_id and rr.tenant_id = :tenant
                  join return_line rl on rl.return_id = rr.id and rl.order_line_no = sale.line_no
                 where rr.status <> all(:notReturned)
                 group by sale.key, rl.reason
            )
            select sold.key, sold.title, sold.units as sold,
                   coalesce(sum(r.units), 0) as returned,
                   coalesce(array_agg(r.reason order by r.reason) filter (where r.reason is not null), '{}') as reasons,
                   coalesce(array_agg(r.units order by r.reason) filter (where r.reason is not null), '{}') as reason_units
              from sold
              left join returned r using (key)
             group by sold.key, sold.title, sold.units
             order by case when :by = 'PERIOD' then sold.key end,
                      coalesce(sum(r.units), 0)::numeric / sold.units desc, sold.units desc, sold.key
            """;

    private final JdbcClient jdbc;

    ReturnRates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The actor's tenant's rates; an agent limited to markets sees only theirs. */
    List<ReturnRate> find(Actor actor, ReturnRateQuery query) {
        LocalDate first = query.by() == ReturnRateQuery.By.PERIOD ? query.period().startOf(query.from()) : query.from();
        LocalDate until = query.by() == ReturnRateQuery.By.PERIOD
                ? query.period().endOf(query.period().startOf(query.to())) : query.to().plusDays(1);
        return jdbc.sql(RATES)
                .param("tenant", actor.tenant().value())
                .param("by", query.by().name())
                .param("unit", query.period().name().toLowerCase(java.util.Locale.ROOT))
                .param("from", Timestamp.from(first.atStartOfDay(ZoneOffset.UTC).toInstant()))
                .param("until", Timestamp.from(until.atStartOfDay(ZoneOffset.UTC).toInstant()))
                .param("market", query.market())
                .param("markets", new SqlArrayValue("text", actor.markets().toArray()))
                .param("notReturned", new SqlArrayValue("text", SpikeCandidates.NOT_RETURNED.toArray()))
                .query((rs, row) -> {
                    String key = rs.getString("key");
                    if (query.by() == ReturnRateQuery.By.PERIOD) {
                        key = query.period().label(LocalDate.parse(key));
                    }
                    String[] reasons = (String[]) rs.getArray("reasons").getArray();
                    Object[] units = (Object[]) rs.getArray("reason_units").getArray();
                    Map<String, Long> mix = new LinkedHashMap<>();
                    REASONS.forEach(r -> mix.put(r, 0L));
                    for (int i = 0; i < reasons.length; i++) {
                        mix.put(reasons[i], ((Number) units[i]).longValue());
                    }
                    long sold = rs.getLong("sold");
                    long returned = rs.getLong("returned");
                    return new ReturnRate(key, query.by() == ReturnRateQuery.By.SKU ? rs.getString("title") : null,
                            sold, returned, sold == 0 ? null : Math.round(returned * 10000.0 / sold) / 10000.0, mix);
                })
                .list();
    }

    static String csv(List<ReturnRate> rates) {
        StringBuilder csv = new StringBuilder("key,product,units_sold,units_returned,return_rate,")
                .append(String.join(",", REASONS.stream().map(r -> r.toLowerCase(java.util.Locale.ROOT)).toList()))
                .append("\r\n");
        for (ReturnRate r : rates) {
            csv.append(field(r.key())).append(',').append(field(r.product())).append(',').append(r.unitsSold())
                    .append(',').append(r.unitsReturned()).append(',').append(r.rate() == null ? "" : r.rate());
            REASONS.forEach(reason -> csv.append(',').append(r.reasonMix().getOrDefault(reason, 0L)));
            csv.append("\r\n");
        }
        return csv.toString();
    }

    private static String field(String text) {
        if (text == null) {
            return "";
        }
        return text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
                ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

}
