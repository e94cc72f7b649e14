package org.aftercare.outreach.notices;

import java.sql.Array;
import java.sql.Time;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.aftercare.monitoring.AlertRule;
import org.aftercare.outreach.Channel;
import org.aftercare.outreach.NoticePolicy;
import org.aftercare.outreach.OutreachProperties;
import org.aftercare.tenancy.ShopId;
import org.aftercare.tenancy.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Per-shop outreach settings (outreach_shop_settings) over the defaults of {@link OutreachProperties}. */
@Repository
public class SettingsStore {

    private static final TypeReference<LinkedHashMap<String, String>> POLICIES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final OutreachProperties defaults;
    private final JsonMapper json = JsonMapper.builder().build();

    SettingsStore(JdbcClient jdbc, OutreachProperties defaults) {
        this.jdbc = jdbc;
        this.defaults = defaults;
    }

    public OutreachSettings of(TenantId tenant, ShopId shop) {
        return jdbc.sql("select * from outreach_shop_settings where tenant_id = :tenant and shop_id = :shop")
                .param("tenant", tenant.value()).param("shop", shop.value())
                .query((rs, n) -> {
                    Array channels = rs.getArray("channels");
                    Time from = rs.getTime("quiet_from");
                    Time until = rs.getTime("quiet_until");
                    Integer max = (Integer) rs.getObject("max_per_day");
                    Array fallbacks = rs.getArray("fallback_languages");
                    Map<AlertRule, NoticePolicy> policies = new EnumMap<>(AlertRule.class);
                    json.readValue(rs.getString("policies"), POLICIES)
                            .forEach((rule, policy) -> policies.put(AlertRule.valueOf(rule), NoticePolicy.valueOf(policy)));
                    return new OutreachSettings(
                            channels == null ? defaults.channels()
                                    : Arrays.stream((String[]) channels.getArray()).map(Channel::valueOf).toList(),
                            new QuietHours(from == null ? defaults.quietFrom() : from.toLocalTime(),
                                    until == null ? defaults.quietUntil() : until.toLocalTime()),
                            max == null ? defaults.maxPerDay() : max, policies,
                            fallbacks == null ? List.of() : List.of((String[]) fallbacks.getArray()));
                })
                .optional()
                .orElseGet(this::defaults);
    }

    /** The module's defaults, which a shop without settings of its own follows. */
    public OutreachSettings defaults() {
        return new OutreachSettings(defaults.channels(), new QuietHours(defaults.quietFrom(), defaults.quietUntil()),
                defaults.maxPerDay(), Map.of(), List.of());
    }

    /** Replaces a shop's settings: every value given is the shop's own from now on. */
    public void save(TenantId tenant, ShopId shop, OutreachSettings settings) {
        Map<String, String> policies = new LinkedHashMap<>();
        settings.policies().forEach((rule, policy) -> policies.put(rule.name(), policy.name()));
        jdbc.sql("""
                insert into outreach_shop_settings (shop_id, tenant_id, channels, quiet_from, quiet_until, max_per_day,
                                                    policies, fallback_languages)
                values (:shop, :tenant, :channels, :quietFrom, :quietUntil, :maxPerDay, cast(:policies as jsonb), :fallbacks)
                on conflict (shop_id) do update
                   set channels = excluded.channels, quiet_from = excluded.quiet_from, quiet_until = excluded.quiet_until,
                       max_per_day = excluded.max_per_day, policies = excluded.policies,
                       fallback_languages = excluded.fallback_languages
                 where outreach_shop_settings.tenant_id = :tenant
                """)
                .param("shop", shop.value()).param("tenant", tenant.value())
                .param("channels", new SqlArrayValue("text", settings.channels().stream().map(Enum::name).toArray()))
                .param("quietFrom", Time.valueOf(settings.quietHours().from()))
                .param("quietUntil", Time.valueOf(settings.quietHours().until()))
                .param("maxPerDay", settings.maxPerDay())
                .param("policies", json.writeValueAsString(policies))
                .param("fallbacks", settings.fallbackLanguages().isEmpty() ? null
                        : new SqlArrayValue("text", settings.fallbackLanguages().toArray()))
                .update();
    }

    /** Sets a shop's policy for one alert rule. */
    public void policy(TenantId tenant, ShopId shop, AlertRule rule, NoticePolicy policy) {
        jdbc.sql("""
                insert into outreach_shop_settings (shop_id, tenant_id, policies)
                values (:shop, :tenant, jsonb_build_object(:rule, :policy))
                on conflict (shop_id) do update
                   set policies = outreach_shop_settings.policies || jsonb_build_object(:rule, :policy)
                 where outreach_shop_settings.tenant_id = :tenant
                """)
                .param("shop", shop.value()).param("tenant", tenant.value()).param("rule", rule.name())
                .param("policy", policy.name()).update();
    }

    /** Sets a shop's channels in order of preference. */
    public void channels(TenantId tenant, ShopId shop, List<Channel> channels) {
        jdbc.sql("""
                insert into outreach_shop_settings (shop_id, tenant_id, channels)
                values (:shop, :tenant, string_to_array(:channels, ','))
                on conflict (shop_id) do update set channels = excluded.channels
                 where outreach_shop_settings.tenant_id = :tenant
                """)
                .param("shop", shop.value()).param("tenant", tenant.value())
                .param("channels", String.join(",", channels.stream().map(Enum::name).toList())).update();
    }
}
