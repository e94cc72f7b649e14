package org.aftercare.insights.carriers;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.aftercare.tenancy.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;

/**
 * Reads carrier scorecards from the pre-aggregated {@code carrier_scorecard} rows that
 * {@link ScorecardRollup} keeps current: a period is listed when it overlaps the date range.
 */
@Repository
public class CarrierScorecards {

    private static final String SCORECARDS = """
            select carrier_code, destination_country, period_start, shipments, delivered, pickup_lag, export_customs,
                   import_customs, line_haul, last_mile, door_to_door, promised, on_time, exceptions, lost, returned,
                   alerts, computed_at
              from carrier_scorecard
             where tenant_id = :tenant and period = :period
               and period_start >= :firstPeriod and period_start <= :to
               and (cast(:shop as uuid) is null and shop_id is null or shop_id = :shop)
               and (cast(:destination as text) is null or destination_country = :destination)
               and (cardinality(:markets) = 0 or destination_country = any(:markets))
             order by destination_country, period_start, carrier_code
            """;

    private final JdbcClient jdbc;

    CarrierScorecards(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The scorecards of the actor's tenant; an agent limited to markets sees only those destinations. */
    public List<CarrierScorecard> find(Actor actor, ScorecardQuery query) {
        return jdbc.sql(SCORECARDS)
                .param("tenant", actor.tenant().value())
                .param("period", query.period().name())
                .param("firstPeriod", query.period().startOf(query.from()))
                .param("to", query.to())
                .param("shop", query.shop() == null ? null : query.shop().value())
                .param("destination", query.destination())
                .param("markets", new SqlArrayValue("text", actor.markets().toArray()))
                .query((rs, row) -> scorecard(rs, query.period()))
                .list();
    }

    /** The destination countries the tenant's scorecards cover, for the console's choice. */
    public List<String> destinations(Actor actor) {
        return jdbc.sql("""
                select distinct destination_country from carrier_scorecard
                 where tenant_id = :tenant and (cardinality(:markets) = 0 or destination_country = any(:markets))
                 order by destination_country
                """)
                .param("tenant", actor.tenant().value())
                .param("markets", new SqlArrayValue("text", actor.markets().toArray()))
                .query(String.class)
                .list();
    }

    private static CarrierScorecard scorecard(ResultSet rs, Period period) throws SQLException {
        long shipments = rs.getLong("shipments");
        long promised = rs.getLong("promised");
        long alerts = rs.getLong("alerts");
        LocalDate start = rs.getObject("period_start", LocalDate.class);
        Double[] box = percentiles(rs.getArray("door_to_door"), 5);
        return new CarrierScorecard(rs.getString("carrier_code"), rs.getString("destination_country"),
                period.label(start), start, shipments, rs.getLong("delivered"),
                spread(rs.getArray("pickup_lag")), spread(rs.getArray("export_customs")),
                spread(rs.getArray("import_customs")), spread(rs.getArray("line_haul")),
                spread(rs.getArray("last_mile")),
                new CarrierScorecard.Box(box[0], box[1], box[2], box[3], box[4]),
                promised, rate(rs.getLong("on_time"), promised), rate(rs.getLong("exceptions"), shipments),
                rate(rs.getLong("lost"), shipments), rate(rs.getLong("returned"), shipments), alerts,
                shipments == 0 ? null : round(alerts * 1000.0 / shipments, 2),
                rs.getTimestamp("computed_at").toInstant());
    }

    private static CarrierScorecard.Spread spread(Array array) throws SQLException {
        Double[] p = percentiles(array, 2);
        return new CarrierScorecard.Spread(p[0], p[1]);
    }

    /** percentile_cont gives null when no shipment has the duration. */
    private static Double[] percentiles(Array array, int size) throws SQLException {
        Double[] result = new Double[size];
        if (array == null) {
            return result;
        }
        Object[] values = (Object[]) array.getArray();
        for (int i = 0; i < size; i++) {
            result[i] = values[i] == null ? null : round(((Number) values[i]).doubleValue(), 1);
        }
        return result;
    }

    private static Double rate(long count, long of) {
        return of == 0 ? null : round((double) count / of, 4);
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
