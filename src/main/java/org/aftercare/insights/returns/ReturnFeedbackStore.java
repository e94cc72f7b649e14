package org.aftercare.insights.returns;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.aftercare.shared.NotFound;
import org.aftercare.tenancy.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;

/** Feedback items: raised or refreshed by detection, acknowledged and done by people. */
@Repository
class ReturnFeedbackStore {

    private static final String COLUMNS = """
            id, sku, product, market, reason_group, baseline_kind, recent_units, recent_returns, baseline_units,
            baseline_returns, recent_rate, baseline_rate, z_score, p_value, addressed_to, suggested_action, status,
            detected_at, updated_at, acknowledged_by, done_by
            """;

    private final JdbcClient jdbc;

    ReturnFeedbackStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Serializes detection runs of one tenant (the scheduled job and an on-demand request). */
    void lockTenant(TenantId tenant) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('aftercare.insights.return-spikes'), hashtext(cast(:tenant as text)))")
                .param("tenant", tenant.value()).query().singleValue();
    }

    /** Whether this instance may run the daily job now; another instance running it holds the lock. */
    boolean tryLockDailyRun() {
        return jdbc.sql("select pg_try_advisory_xact_lock(hashtext('aftercare.insights.return-spikes.daily'))")
                .query(Boolean.class).single();
    }

    /** Whether the spike raised a new item (true), refreshed one whose figures changed (false) or changed nothing (empty). */
    Optional<Boolean> raiseOrRefresh(TenantId tenant, SpikeCandidate candidate, SpikeTest.Spike spike, Instant now) {
        ReasonGroup group = candidate.group();
        return jdbc.sql("""
                        insert into return_feedback (id, tenant_id, sku, product, market, reason_group, baseline_kind,
                                                     recent_units, recent_returns, baseline_units, baseline_returns,
                                                     recent_rate, baseline_rate, z_score, p_value, addressed_to,
                                                     suggested_action, status, detected_at, updated_at)
                        values (:id, :tenant, :sku, :product, :market, :group, :baselineKind, :recentUnits, :recentReturns,
                                :baselineUnits, :baselineReturns, :recentRate, :baselineRate, :z, :p, :addressedTo,
                                :action, 'OPEN', :now, :now)
                        on conflict (tenant_id, sku, reason_group) where status <> 'DONE' do update
                           set product = excluded.product, market = excluded.market, baseline_kind = excluded.baseline_kind,
                               recent_units = excluded.recent_units, recent_returns = excluded.recent_returns,
                               baseline_units = excluded.baseline_units, baseline_returns = excluded.baseline_returns,
                               recent_rate = excluded.recent_rate, baseline_rate = excluded.baseline_rate,
                               z_score = excluded.z_score, p_value = excluded.p_value, updated_at = excluded.updated_at
                         where (return_feedback.market, return_feedback.baseline_kind, return_feedback.recent_units,
                                return_feedback.recent_returns, return_feedback.baseline_units,
                                return_feedback.baseline_returns)
                               is distinct from
                               (excluded.market, excluded.baseline_kind, excluded.recent_units, excluded.recent_returns,
                                excluded.baseline_units, excluded.baseline_returns)
                        returning (xmax = 0) as raised
                        """)
                .param("id", UUID.randomUUID())
                .param("tenant", tenant.value())
                .param("sku", candidate.sku())
                .param("product", candidate.product())
                .param("market", candidate.market())
                .param("group", group.name())
                .param("baselineKind", spike.baselineKind().name())
                .param("recentUnits", candidate.counts().recentUnits())
                .param("recentReturns", candidate.counts().recentReturns())
                .param("baselineUnits", spike.baselineUnits())
                .param("baselineReturns", spike.baselineReturns())
                .param("recentRate", spike.recentRate())
                .param("baselineRate", spike.baselineRate())
                .param("z", spike.zScore())
                .param("p", spike.pValue())
                .param("addressedTo", new SqlArrayValue("text", group.addressedTo().stream().map(Enum::name).toArray()))
                .param("action", group.suggestedAction())
                .param("now", Timestamp.from(now))
                .query(Boolean.class)
                .optional();
    }

    List<ReturnFeedback> find(TenantId tenant, List<String> statuses, List<String> markets) {
        return jdbc.sql("select " + COLUMNS + """
                          from return_feedback
                         where tenant_id = :tenant and status = any(:statuses)
                           and (cardinality(:markets) = 0 or market = any(:markets))
                         order by p_value, detected_at desc
                        """)
                .param("tenant", tenant.value())
                .param("statuses", new SqlArrayValue("text", statuses.toArray()))
                .param("markets", new SqlArrayValue("text", markets.toArray()))
                .query((rs, row) -> feedback(rs))
                .list();
    }

    ReturnFeedback get(TenantId tenant, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from return_feedback where tenant_id = :tenant and id = :id")
                .param("tenant", tenant.value()).param("id", id)
                .query((rs, row) -> feedback(rs))
                .optional()
                .orElseThrow(() -> new NotFound("return feedback", id));
    }

    /** Moves an item forward: OPEN → ACKNOWLEDGED, OPEN or ACKNOWLEDGED → DONE; anything else is refused. */
    ReturnFeedback advance(TenantId tenant, UUID id, ReturnFeedback.Status to, String by, Instant now) {
        ReturnFeedback item = get(tenant, id);
        boolean allowed = switch (to) {
            case ACKNOWLEDGED -> item.status().equals("OPEN");
            case DONE -> !item.status().equals("DONE");
            case OPEN -> false;
        };
        if (!allowed) {
            throw new IllegalArgumentException("status: a " + item.status() + " item cannot become " + to);
        }
        jdbc.sql("""
                        update return_feedback
                           set status = :to, updated_at = :now,
                               acknowledged_at = case when :to = 'ACKNOWLEDGED' then :now else acknowledged_at end,
                               acknowledged_by = case when :to = 'ACKNOWLEDGED' then :by else acknowledged_by end,
                               done_at = case when :to = 'DONE' then :now else done_at end,
                               done_by = case when :to = 'DONE' then :by else done_by end
                         where tenant_id = :tenant and id = :id
                        """)
                .param("to", to.name()).param("now", Timestamp.from(now)).param("by", by)
                .param("tenant", tenant.value()).param("id", id)
                .update();
        return get(tenant, id);
    }

    private static ReturnFeedback feedback(ResultSet rs) throws SQLException {
        return new ReturnFeedback(rs.getObject("id", UUID.class), rs.getString("sku"), rs.getString("product"),
                rs.getString("market"), rs.getString("reason_group"), rs.getString("baseline_kind"),
                rs.getLong("recent_units"), rs.getLong("recent_returns"), rs.getLong("baseline_units"),
                rs.getLong("baseline_returns"), rs.getDouble("recent_rate"), rs.getDouble("baseline_rate"),
                rs.getDouble("z_score"), rs.getDouble("p_value"),
                Arrays.asList((String[]) rs.getArray("addressed_to").getArray()), rs.getString("suggested_action"),
                rs.getString("status"), rs.getTimestamp("detected_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(), rs.getString("acknowledged_by"), rs.getString("done_by"));
    }
}
