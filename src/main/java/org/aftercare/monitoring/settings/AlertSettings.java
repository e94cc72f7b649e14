package org.aftercare.monitoring.settings;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.aftercare.logistics.ShipmentSnapshot;
import org.aftercare.monitoring.AlertRule;
import org.aftercare.monitoring.rules.Thresholds;
import org.aftercare.shared.database.Intervals;
import org.aftercare.tenancy.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** A tenant's threshold overrides, and the thresholds that apply to one shipment. */
@Repository
public class AlertSettings {

    private final JdbcClient jdbc;

    AlertSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<AlertSetting> of(TenantId tenant) {
        return jdbc.sql("select * from alert_setting where tenant_id = :tenant")
                .param("tenant", tenant.value())
                .query(AlertSettings::map)
                .list();
    }

    /** The thresholds for a shipment: per field, the most specific matching setting that sets it. */
    public static Thresholds thresholdsFor(ShipmentSnapshot shipment, List<AlertSetting> settings) {
        List<AlertSetting> matching = settings.stream().filter(s -> s.matches(shipment))
                .sorted(Comparator.comparingInt(AlertSetting::specificity).reversed())
                .toList();
        if (matching.isEmpty()) {
            return Thresholds.DEFAULTS;
        }
        Thresholds d = Thresholds.DEFAULTS;
        return new Thresholds(
                first(matching, AlertSetting::noPickupAfter, d.noPickupAfter()),
                first(matching, AlertSetting::noPickupBusinessDays, d.noPickupBusinessDays()),
                first(matching, AlertSetting::customsDwell, d.customsDwell()),
                first(matching, AlertSetting::customsBusinessDays, d.customsBusinessDays()),
                first(matching, AlertSetting::stalledAfter, d.stalledAfter()),
                first(matching, AlertSetting::stalledAfterHot, d.stalledAfterHot()),
                first(matching, AlertSetting::stalledBusinessDays, d.stalledBusinessDays()),
                first(matching, AlertSetting::lateRiskProbability, d.lateRiskProbability()));
    }

    /** Rules switched off in any scope that matches the shipment. */
    public static Set<AlertRule> disabledFor(ShipmentSnapshot shipment, List<AlertSetting> settings) {
        Set<AlertRule> disabled = EnumSet.noneOf(AlertRule.class);
        settings.stream().filter(s -> s.matches(shipment)).forEach(s -> disabled.addAll(s.disabledRules()));
        return disabled;
    }

    @Transactional
    public UUID save(TenantId tenant, AlertSetting s, String actor) {
        return jdbc.sql("""
                insert into alert_setting (id, tenant_id, shop_id, carrier_code, origin_country, destination_country,
                                           no_pickup_after, no_pickup_business_days, customs_dwell, customs_business_days,
                                           stalled_after, stalled_after_hot, stalled_business_days,
                                           late_risk_probability, disabled_rules, updated_by)
                values (:id, :tenant, :shop, :carrier, :origin, :destination,
                        cast(:noPickupAfter as interval), :noPickupBusinessDays, cast(:customsDwell as interval),
                        :customsBusinessDays, cast(:stalledAfter as interval), cast(:stalledAfterHot as interval),
                        :stalledBusinessDays, :lateRisk, string_to_array(:disabled, ','), :actor)
                on conflict (tenant_id, shop_id, carrier_code, origin_country, destination_country) do update
                   set no_pickup_after = excluded.no_pickup_after, no_pickup_business_days = excluded.no_pickup_business_days,
                       customs_dwell = excluded.customs_dwell, customs_business_days = excluded.customs_business_days,
                       stalled_after = excluded.stalled_after, stalled_after_hot = excluded.stalled_after_hot,
                       stalled_business_days = excluded.stalled_business_days,
                       late_risk_probability = excluded.late_risk_probability,
                       disabled_rules = excluded.disabled_rules, updated_at = now(), updated_by = excluded.updated_by
                returning id
                """)
                .param("id", UUID.randomUUID())
                .param("tenant", tenant.value())
                .param("shop", s.shop())
                .param("carrier", s.carrier())
                .param("origin", s.origin())
                .param("destination", s.destination())
                .param("noPickupAfter", Intervals.toSql(s.noPickupAfter()))
                .param("noPickupBusinessDays", s.noPickupBusinessDays())
                .param("customsDwell", Intervals.toSql(s.customsDwell()))
                .param("customsBusinessDays", s.customsBusinessDays())
                .param("stalledAfter", Intervals.toSql(s.stalledAfter()))
                .param("stalledAfterHot", Intervals.toSql(s.stalledAfterHot()))
                .param("stalledBusinessDays", s.stalledBusinessDays())
                .param("lateRisk", s.lateRiskProbability())
                .param("disabled", String.join(",", s.disabledRules().stream().map(Enum::name).sorted().toList()))
                .param("actor", actor)
                .query(UUID.class)
                .single();
    }

    @Transactional
    public boolean delete(TenantId tenant, UUID id) {
        return jdbc.sql("delete from alert_setting where tenant_id = :tenant and id = :id")
                .param("tenant", tenant.value()).param("id", id).update() == 1;
    }

    private static <T> T first(List<AlertSetting> matching, Function<AlertSetting, T> field, T fallback) {
        for (AlertSetting setting : matching) {
            T value = field.apply(setting);
            if (value != null) {
                return value;
            }
        }
        return fallback;
    }

    private static AlertSetting map(ResultSet rs, int row) throws SQLException {
        Array disabled = rs.getArray("disabled_rules");
        Set<AlertRule> rules = EnumSet.noneOf(AlertRule.class);
        if (disabled != null) {
            Arrays.stream((String[]) disabled.getArray()).filter(r -> !r.isBlank()).map(AlertRule::valueOf).forEach(rules::add);
        }
        return new AlertSetting(rs.getObject("id", UUID.class), rs.getObject("shop_id", UUID.class),
                rs.getString("carrier_code"), rs.getString("origin_country"), rs.getString("destination_country"),
                Intervals.toDuration(rs.getObject("no_pickup_after")), (Boolean) rs.getObject("no_pickup_business_days"),
                Intervals.toDuration(rs.getObject("customs_dwell")), (Boolean) rs.getObject("customs_business_days"),
                Intervals.toDuration(rs.getObject("stalled_after")), Intervals.toDuration(rs.getObject("stalled_after_hot")),
                (Boolean) rs.getObject("stalled_business_days"),
                rs.getObject("late_risk_probability") == null ? null : rs.getBigDecimal("late_risk_probability").doubleValue(),
                rules);
    }
}
