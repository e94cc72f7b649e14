package org.aftercare.desk.sla;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.aftercare.desk.Channel;
import org.aftercare.desk.Priority;
import org.aftercare.desk.TicketStatus;
import org.aftercare.shared.NotFound;
import org.aftercare.tenancy.ShopId;
import org.aftercare.tenancy.TenantId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tenant's SLA policies. */
@Repository
public class SlaPolicies {

    private final JdbcClient jdbc;

    SlaPolicies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<SlaPolicy> of(TenantId tenant) {
        return jdbc.sql("select * from sla_policy where tenant_id = :tenant order by name")
                .param("tenant", tenant.value())
                .query(SlaPolicies::map)
                .list();
    }

    public Optional<SlaPolicy> find(TenantId tenant, UUID id) {
        return jdbc.sql("select * from sla_policy where tenant_id = :tenant and id = :id")
                .param("tenant", tenant.value()).param("id", id)
                .query(SlaPolicies::map)
                .optional();
    }

    public boolean usesCalendar(TenantId tenant, UUID calendar) {
        return jdbc.sql("select exists (select 1 from sla_policy where tenant_id = :tenant and calendar_id = :calendar)")
                .param("tenant", tenant.value()).param("calendar", calendar)
                .query(Boolean.class).single();
    }

    /** Inserts a policy without an id, updates one with an id; its id, or NotFound when not the tenant's. */
    public UUID save(TenantId tenant, SlaPolicy policy, String actor) {
        UUID id = policy.id() == null ? UUID.randomUUID() : policy.id();
        String sql = policy.id() == null ? """
                insert into sla_policy (id, tenant_id, name, shop_id, market, channel, priority,
                                        first_response_minutes, next_response_minutes, resolution_minutes,
                                        calendar_id, calendar_hours, pause_statuses, enabled, updated_by)
                values (:id, :tenant, :name, :shop, :market, :channel, :priority,
                        :firstResponse, :nextResponse, :resolution,
                        :calendar, :calendarHours, string_to_array(:pauseIn, ','), :enabled, :actor)
                """ : """
                update sla_policy
                   set name = :name, shop_id = :shop, market = :market, channel = :channel, priority = :priority,
                       first_response_minutes = :firstResponse, next_response_minutes = :nextResponse,
                       resolution_minutes = :resolution, calendar_id = :calendar, calendar_hours = :calendarHours,
                       pause_statuses = string_to_array(:pauseIn, ','), enabled = :enabled,
                       updated_at = now(), updated_by = :actor
                 where tenant_id = :tenant and id = :id
                """;
        int rows;
        try {
            rows = jdbc.sql(sql)
                    .param("id", id)
                    .param("tenant", tenant.value())
                    .param("name", policy.name())
                    .param("shop", policy.shop() == null ? null : policy.shop().value())
                    .param("market", policy.market())
                    .param("channel", policy.channel() == null ? null : policy.channel().name())
                    .param("priority", policy.priority() == null ? null : policy.priority().name())
                    .param("firstResponse", minutes(policy.firstResponse()))
                    .param("nextResponse", minutes(policy.nextResponse()))
                    .param("resolution", minutes(policy.resolution()))
                    .param("calendar", policy.calendar())
                    .param("calendarHours", policy.calendarHours())
                    .param("pauseIn", policy.pauseIn().stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
                    .param("enabled", policy.enabled())
                    .param("actor", actor)
                    .update();
        }
        catch (DuplicateKeyException duplicate) {
            String detail = String.valueOf(duplicate.getMessage());
            if (detail.contains("sla_policy_criteria")) {
                throw new IllegalArgumentException("shop: another enabled policy has exactly these criteria "
                        + "(shop, market, channel, priority); change one or disable the other");
            }
            throw new IllegalArgumentException("name: a policy named '" + policy.name() + "' exists already");
        }
        if (rows == 0) {
            throw new NotFound("SLA policy", id);
        }
        return id;
    }

    public boolean delete(TenantId tenant, UUID id) {
        return jdbc.sql("delete from sla_policy where tenant_id = :tenant and id = :id")
                .param("tenant", tenant.value()).param("id", id).update() == 1;
    }

    private static Integer minutes(Duration target) {
        return target == null ? null : Math.toIntExact(target.toMinutes());
    }

    private static SlaPolicy map(ResultSet rs, int row) throws SQLException {
        UUID shop = rs.getObject("shop_id", UUID.class);
        String channel = rs.getString("channel");
        String priority = rs.getString("priority");
        String[] pause = (String[]) rs.getArray("pause_statuses").getArray();
        Set<TicketStatus> pauseIn = Arrays.stream(pause).map(TicketStatus::valueOf).collect(Collectors.toSet());
        return new SlaPolicy(rs.getObject("id", UUID.class), rs.getString("name"), shop == null ? null : new ShopId(shop),
                rs.getString("market"), channel == null ? null : Channel.valueOf(channel),
                priority == null ? null : Priority.valueOf(priority), target(rs, "first_response_minutes"),
                target(rs, "next_response_minutes"), target(rs, "resolution_minutes"),
                rs.getObject("calendar_id", UUID.class), rs.getBoolean("calendar_hours"), pauseIn,
                rs.getBoolean("enabled"));
    }

    private static Duration target(ResultSet rs, String column) throws SQLException {
        int minutes = rs.getInt(column);
        return rs.wasNull() ? null : Duration.ofMinutes(minutes);
    }
}
