package org.aftercare.insights.carriers;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

import org.aftercare.tenancy.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Computes a tenant's carrier scorecards of one period with one set-based query — exact
 * percentiles with {@code percentile_cont … within group} over the period's shipments, counts,
 * and the alerts monitoring raised on them — per shop and for all shops at once (grouping sets),
 * and replaces the period's rows. Periods are marked stale when their shipments or alerts change
 * and refreshed by {@link ScorecardRefresh}.
 */
@Repository
public class ScorecardRollup {

    // Durations are computed once per shipment; a negative one (events reported out of order) is
    // not a duration and counts as missing, as percentile_cont skips nulls.
    private static final String COMPUTE = """
            insert into carrier_scorecard (tenant_id, period, period_start, shop_id, carrier_code, destination_country,
                                           shipments, delivered, pickup_lag, export_customs, import_customs, line_haul,
                                           last_mile, door_to_door, promised, on_time, exceptions, lost, returned,
                                           alerts, computed_at)
            with cohort as (
                select s.id, s.shop_id, s.carrier_code, s.destination_country,
                       nonnegative(date_part('epoch', s.picked_up_at) - date_part('epoch', s.shipped_at)) / 3600 as pickup_lag,
                       nonnegative(date_part('epoch', s.departed_origin_at) - date_part('epoch', s.export_customs_at)) / 3600 as export_customs,
                       nonnegative(date_part('epoch', s.import_customs_cleared_at) - date_part('epoch', s.import_customs_started_at)) / 3600 as import_customs,
                       nonnegative(date_part('epoch', s.arrived_destination_at) - date_part('epoch', s.departed_origin_at)) / 3600 as line_haul,
                       nonnegative(date_part('epoch', s.delivered_at)
                                   - date_part('epoch', coalesce(s.last_mile_handover_at, s.import_customs_cleared_at))) / 3600 as last_mile,
                       nonnegative(date_part('epoch', s.delivered_at) - date_part('epoch', s.shipped_at)) / 86400 as door_to_door,
                       s.delivered_at is not null as delivered,
                       s.delivered_at is not null and s.promised_by is not null as promised,
                       s.delivered_at <= (s.promised_by + 1)::timestamp at time zone shop.time_zone as on_time,
                       s.status in ('Exception', 'DeliveryFailure') or s.first_attempt_at is not null
                           or s.sub_status in ('AddressIssue', 'CustomsHeld', 'Lost', 'Damaged', 'Returning', 'Returned') as exception,
                       s.sub_status = 'Lost' as lost,
                       s.returned_at is not null or s.sub_status in ('Returning', 'Returned') as returned
                  from shipment s
                  join shop on shop.id = s.shop_id
                 where s.tenant_id = :tenant and s.shipped_at >= :start and s.shipped_at < :end),
            alerts as (
                select shipment_id, count(*) as alerts
                  from alert
                 where tenant_id = :tenant and raised_at >= :start
                 group by shipment_id)
            select :tenant, :period, :periodStart, c.shop_id, c.carrier_code, c.destination_country,
                   count(*),
                   count(*) filter (where c.delivered),
                   percentile_cont(array[0.5, 0.9]) within group (order by c.pickup_lag),
                   percentile_cont(array[0.5, 0.9]) within group (order by c.export_customs),
                   percentile_cont(array[0.5, 0.9]) within group (order by c.import_customs),
                   percentile_cont(array[0.5, 0.9]) within group (order by c.line_haul),
                   percentile_cont(array[0.5, 0.9]) within group (order by c.last_mile),
                   percentile_cont(array[0.1, 0.25, 0.5, 0.75, 0.9]) within group (order by c.door_to_door),
                   count(*) filter (where c.promised),
                   count(*) filter (where c.promised and c.on_time),
                   count(*) filter (where c.exception),
                   count(*) filter (where c.lost),
                   count(*) filter (where c.returned),
                   coalesce(sum(a.alerts), 0),
                   :now
              from cohort c
              left join alerts a on a.shipment_id = c.id
             group by grouping sets ((c.carrier_code, c.destination_country, c.shop_id),
                                     (c.carrier_code, c.destination_country))
            """;

    static final String SORT_MEMORY = "64MB";

    private static final Logger log = LoggerFactory.getLogger(ScorecardRollup.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ScorecardRollup(JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The months and weeks these shipments were shipped in need their scorecards computed again. */
    private volatile Instant lastAlertMark;

    public void markStale(TenantId tenant, Collection<UUID> shipments) {
        jdbc.sql("""
                insert into carrier_scorecard_stale (tenant_id, period, period_start, marked_at)
                select distinct s.tenant_id, p.period, p.period_start, cast(:now as timestamptz)
                  from shipment s
                 cross join lateral (values ('MONTH', date_trunc('month', s.shipped_at, 'UTC')::date),
                                            ('WEEK', date_trunc('week', s.shipped_at, 'UTC')::date)) as p (period, period_start)
                 where s.tenant_id = :tenant and s.id = any(:shipments)
                on conflict do nothing
                """)
                .param("tenant", tenant.value())
                .param("shipments", new SqlArrayValue("uuid", shipments.toArray()))
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }

    /** Marks stale the periods of shipments with alerts raised since the last mark (kept in the stale table's clock). */
    public void markStaleByRecentAlerts() {
        Instant now = clock.instant();
        Instant since = lastAlertMark == null ? now.minus(java.time.Duration.ofDays(1)) : lastAlertMark;
        jdbc.sql("""
                insert into carrier_scorecard_stale (tenant_id, period, period_start, marked_at)
                select distinct s.tenant_id, p.period, p.period_start, cast(:now as timestamptz)
                  from alert a
                  join shipment s on s.id = a.shipment_id
                 cross join lateral (values ('MONTH', date_trunc('month', s.shipped_at, 'UTC')::date),
                                            ('WEEK', date_trunc('week', s.shipped_at, 'UTC')::date)) as p (period, period_start)
                 where a.raised_at >= :since
                on conflict do nothing
                """)
                .param("since", Timestamp.from(since))
                .param("now", Timestamp.from(now))
                .update();
        lastAlertMark = now;
    }

    /**
     * Takes one period marked stale before {@code before}, if any, and computes it in the same
     * transaction; instances refreshing at once take different periods. A period whose computation
     * fails goes back to the end of the queue, so it cannot hold up the others. Returns false when
     * nothing was stale.
     */
    boolean refreshNextStale(Instant before) {
        return Boolean.TRUE.equals(transactions.execute(status -> {
            Optional<StalePeriod> stale = jdbc.sql("""
                    delete from carrier_scorecard_stale
                     where ctid = (select ctid from carrier_scorecard_stale
                                    where marked_at < :before
                                    order by marked_at limit 1 for update skip locked)
                    returning tenant_id, period, period_start
                    """)
                    .param("before", Timestamp.from(before))
                    .query((rs, row) -> new StalePeriod(new TenantId(rs.getObject("tenant_id", UUID.class)),
                            Period.valueOf(rs.getString("period")), rs.getObject("period_start", LocalDate.class)))
                    .optional();
            if (stale.isEmpty()) {
                return false;
            }
            StalePeriod p = stale.get();
            Object savepoint = status.createSavepoint();
            try {
                computeInTransaction(p.tenant(), p.period(), p.start());
                status.releaseSavepoint(savepoint);
            }
            catch (RuntimeException e) {
                status.rollbackToSavepoint(savepoint);
                log.warn("Could not compute the {} scorecards of {} from {}; retrying next time", p.period(), p.tenant(),
                        p.start(), e);
                jdbc.sql("""
                        insert into carrier_scorecard_stale (tenant_id, period, period_start, marked_at)
                        values (:tenant, :period, :start, :now) on conflict do nothing
                        """)
                        .param("tenant", p.tenant().value()).param("period", p.period().name()).param("start", p.start())
                        .param("now", Timestamp.from(clock.instant()))
                        .update();
            }
            return true;
        }));
    }

    /** Recomputes every period that was stale when it started; returns how many. */
    public int refreshAllStale() {
        Instant started = clock.instant().plusMillis(1);
        int refreshed = 0;
        while (refreshNextStale(started)) {
            refreshed++;
        }
        return refreshed;
    }

    /** Replaces the tenant's scorecards of the period starting on {@code start}. */
    public void compute(TenantId tenant, Period period, LocalDate start) {
        transactions.executeWithoutResult(status -> computeInTransaction(tenant, period, start));
    }

    private void computeInTransaction(TenantId tenant, Period period, LocalDate start) {
        // The period's rows are sorted by carrier, destination and shop before aggregating; a
        // busy month does not fit the default 4 MB and would sort on disk.
        jdbc.sql("set local work_mem = '" + SORT_MEMORY + "'").update();
        jdbc.sql("delete from carrier_scorecard where tenant_id = :tenant and period = :period and period_start = :start")
                .param("tenant", tenant.value()).param("period", period.name()).param("start", start)
                .update();
        jdbc.sql(COMPUTE)
                .param("tenant", tenant.value())
                .param("period", period.name())
                .param("periodStart", start)
                .param("start", Timestamp.from(start.atStartOfDay().toInstant(ZoneOffset.UTC)))
                .param("end", Timestamp.from(period.endOf(start).atStartOfDay().toInstant(ZoneOffset.UTC)))
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }

    private record StalePeriod(TenantId tenant, Period period, LocalDate start) {
    }
}
