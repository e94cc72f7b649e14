package org.aftercare.insights.returns;

import java.time.Clock;

import org.aftercare.insights.InsightsProperties;
import org.aftercare.insights.InsightsProperties.ReturnSpikes;
import org.aftercare.tenancy.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The spike defaults of {@link InsightsProperties}, overridden per tenant by {@code return_spike_settings}. */
@Repository
class SpikeSettings {

    private final JdbcClient jdbc;
    private final ReturnSpikes defaults;
    private final Clock clock;

    SpikeSettings(JdbcClient jdbc, InsightsProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.defaults = properties.returnSpikes();
        this.clock = clock;
    }

    ReturnSpikes defaults() {
        return defaults;
    }

    ReturnSpikes of(TenantId tenant) {
        return jdbc.sql("""
                        select coalesce(recent_days, :recentDays) as recent_days,
                               coalesce(baseline_days, :baselineDays) as baseline_days,
                               coalesce(min_units, :minUnits) as min_units,
                               coalesce(min_returns, :minReturns) as min_returns,
                               coalesce(min_ratio, :minRatio) as min_ratio,
                               coalesce(max_p_value, :maxPValue) as max_p_value
                          from return_spike_settings
                         where tenant_id = :tenant
                        """)
                .param("tenant", tenant.value())
                .param("recentDays", defaults.recentDays())
                .param("baselineDays", defaults.baselineDays())
                .param("minUnits", defaults.minUnits())
                .param("minReturns", defaults.minReturns())
                .param("minRatio", defaults.minRatio())
                .param("maxPValue", defaults.maxPValue())
                .query((rs, row) -> new ReturnSpikes(rs.getInt("recent_days"), rs.getInt("baseline_days"),
                        rs.getInt("min_units"), rs.getInt("min_returns"), rs.getDouble("min_ratio"),
                        rs.getDouble("max_p_value")))
                .optional()
                .orElse(defaults);
    }

    /** A tenant's overrides; a null keeps the default. Out-of-range values are refused naming the field. */
    record Overrides(Integer recentDays, Integer baselineDays, Integer minUnits, Integer minReturns,
                     Double minRatio, Double maxPValue) {

        Overrides {
            check("recentDays", recentDays != null && (recentDays < 7 || recentDays > 180), "between 7 and 180");
            check("baselineDays", baselineDays != null && (baselineDays < 28 || baselineDays > 730), "between 28 and 730");
            check("minUnits", minUnits != null && minUnits < 1, "at least 1");
            check("minReturns", minReturns != null && minReturns < 1, "at least 1");
            check("minRatio", minRatio != null && minRatio < 1, "at least 1");
            check("maxPValue", maxPValue != null && (maxPValue <= 0 || maxPValue >= 1), "between 0 and 1 (exclusive)");
        }

        private static void check(String field, boolean wrong, String rule) {
            if (wrong) {
                throw new IllegalArgumentException(field + ": must be " + rule);
            }
        }
    }

    void override(TenantId tenant, Overrides o, String by) {
        jdbc.sql("""
                        insert into return_spike_settings (tenant_id, recent_days, baseline_days, min_units, min_returns,
                                                           min_ratio, max_p_value, updated_at, updated_by)
                        values (:tenant, :recentDays, :baselineDays, :minUnits, :minReturns, :minRatio, :maxPValue, :now, :by)
                        on conflict (tenant_id) do update
                           set recent_days = excluded.recent_days, baseline_days = excluded.baseline_days,
                               min_units = excluded.min_units, min_returns = excluded.min_returns,
                               min_ratio = excluded.min_ratio, max_p_value = excluded.max_p_value,
                               updated_at = excluded.updated_at, updated_by = excluded.updated_by
                        """)
                .param("tenant", tenant.value())
                .param("recentDays", o.recentDays())
                .param("baselineDays", o.baselineDays())
                .param("minUnits", o.minUnits())
                .param("minReturns", o.minReturns())
                .param("minRatio", o.minRatio())
                .param("maxPValue", o.maxPValue())
                .param("now", java.sql.Timestamp.from(clock.instant()))
                .param("by", by)
                .update();
    }
}
