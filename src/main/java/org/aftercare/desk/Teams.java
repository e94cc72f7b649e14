package org.aftercare.desk;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.aftercare.shared.NotFound;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.AuditLog;
import org.aftercare.tenancy.Tenants;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Local teams (a German team, a French-speaking team, a senior escalation team) and who of their
 * agents is on shift. Tickets go to the most specific team for their market and language, and
 * within it to an agent on shift who serves the market.
 */
@Service
public class Teams {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Tenants tenants;
    private final AuditLog audit;

    Teams(JdbcClient jdbc, Clock clock, Tenants tenants, AuditLog audit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.tenants = tenants;
        this.audit = audit;
    }

    public enum Method { ROUND_ROBIN, LEAST_LOADED }

    /** A team as configured; empty markets or languages mean any. */
    public record Team(UUID id, String name, Set<String> markets, Set<String> languages, Method method, boolean senior,
                       List<Agent> members) {
    }

    /** An agent with their shift and how many open tickets they hold. */
    public record Agent(UUID user, String name, String email, Set<String> markets, boolean onShift, int openTickets) {
    }

    public record TeamForm(String name, Set<String> markets, Set<String> languages, Method method, boolean senior,
                           Set<UUID> members) {
    }

    public List<Team> list(Actor actor) {
        Map<UUID, Agent> agents = agents(actor).stream().collect(Collectors.toMap(Agent::user, Function.identity()));
        Map<UUID, List<UUID>> members = jdbc.sql("""
                select team_id, user_id from desk_team_member where tenant_id = :tenant order by user_id
                """)
                .param("tenant", actor.tenant().value())
                .query((rs, n) -> Map.entry(rs.getObject("team_id", UUID.class), rs.getObject("user_id", UUID.class)))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return jdbc.sql("select * from desk_team where tenant_id = :tenant order by senior, name")
                .param("tenant", actor.tenant().value())
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new Team(id, rs.getString("name"), Set.of((String[]) rs.getArray("markets").getArray()),
                            Set.of((String[]) rs.getArray("languages").getArray()), Method.valueOf(rs.getString("method")),
                            rs.getBoolean("senior"),
                            members.getOrDefault(id, List.of()).stream().map(agents::get).filter(Objects::nonNull).toList());
                })
                .list();
    }

    /** The tenant's agents (owners, managers and agents), their shift and their open tickets. */
    public List<Agent> agents(Actor actor) {
        Map<UUID, int[]> state = new HashMap<>();
        jdbc.sql("""
                select m.user_id, coalesce(s.on_shift, false) as on_shift,
                       (select count(*) from ticket t where t.tenant_id = :tenant and t.assignee_id = m.user_id
                                                         and t.status not in ('SOLVED', 'CLOSED')) as open
                  from (select distinct user_id from desk_team_member where tenant_id = :tenant
                        union select user_id from desk_agent_shift where tenant_id = :tenant) m
                  left join desk_agent_shift s on s.tenant_id = :tenant and s.user_id = m.user_id
                """)
                .param("tenant", actor.tenant().value())
                .query(rs -> {
                    state.put(rs.getObject("user_id", UUID.class), new int[] {rs.getBoolean("on_shift") ? 1 : 0, rs.getInt("open")});
                });
        return tenants.members(actor.tenant()).stream()
                .filter(m -> m.role().canWrite())
                .map(m -> {
                    int[] s = state.getOrDefault(m.user().value(), new int[] {0, 0});
                    return new Agent(m.user().value(), m.displayName(), m.email(), m.markets(), s[0] == 1, s[1]);
                })
                .toList();
    }

    @Transactional
    public UUID create(Actor actor, TeamForm form) {
        actor.requireManage();
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("""
                    insert into desk_team (id, tenant_id, name, markets, languages, method, senior, created_at)
                    values (:id, :tenant, :name, :markets, :languages, :method, :senior, :now)
                    """)
                    .params(params(actor, id, form))
                    .param("now", Timestamp.from(clock.instant()))
                    .update();
        }
        catch (DuplicateKeyException e) {
            throw new IllegalArgumentException("name: a team named '" + form.name() + "' exists");
        }
        members(actor, id, form.members());
        audit.record(actor, "desk.team.created", form.name(), null);
        return id;
    }

    @Transactional
    public void update(Actor actor, UUID team, TeamForm form) {
        actor.requireManage();
        int updated;
        try {
            updated = jdbc.sql("""
                    update desk_team set name = :name, markets = :markets, languages = :languages, method = :method,
                                         senior = :senior
                     where id = :id and tenant_id = :tenant
                    """)
                    .params(params(actor, team, form))
                    .update();
        }
        catch (DuplicateKeyException e) {
            throw new IllegalArgumentException("name: a team named '" + form.name() + "' exists");
        }
        if (updated == 0) {
            throw new NotFound("Team", team);
        }
        members(actor, team, form.members());
        audit.record(actor, "desk.team.updated", form.name(), null);
    }

    @Transactional
    public void delete(Actor actor, UUID team) {
        actor.requireManage();
        jdbc.sql("update ticket set team_id = null where tenant_id = :tenant and team_id = :team")
                .param("tenant", actor.tenant().value()).param("team", team).update();
        if (jdbc.sql("delete from desk_team where id = :id and tenant_id = :tenant")
                .param("id", team).param("tenant", actor.tenant().value()).update() == 0) {
            throw new NotFound("Team", team);
        }
        audit.record(actor, "desk.team.deleted", team.toString(), null);
    }

    /** An agent starts or ends their shift; only agents on shift receive new tickets. */
    @Transactional
    public void shift(Actor actor, UUID user, boolean onShift) {
        actor.requireWrite();
        if (user == null) {
            throw new IllegalArgumentException("user: an API token has no shift; name the agent");
        }
        boolean self = actor.user() != null && actor.user().value().equals(user);
        if (!self) {
            actor.requireManage();
        }
        boolean member = tenants.members(actor.tenant()).stream()
                .anyMatch(m -> m.user().value().equals(user) && m.role().canWrite());
        if (!member) {
            throw new IllegalArgumentException("user: " + user + " is not an agent of this tenant");
        }
        Instant now = clock.instant();
        jdbc.sql("""
                insert into desk_agent_shift (tenant_id, user_id, on_shift, changed_at) values (:tenant, :user, :on, :now)
                on conflict (tenant_id, user_id) do update set on_shift = excluded.on_shift, changed_at = excluded.changed_at
                """)
                .param("tenant", actor.tenant().value()).param("user", user).param("on", onShift)
                .param("now", Timestamp.from(now)).update();
    }

    private void members(Actor actor, UUID team, Set<UUID> members) {
        jdbc.sql("delete from desk_team_member where team_id = :team").param("team", team).update();
        if (members == null || members.isEmpty()) {
            return;
        }
        Set<UUID> agents = tenants.members(actor.tenant()).stream().filter(m -> m.role().canWrite())
                .map(m -> m.user().value()).collect(Collectors.toSet());
        for (UUID member : members) {
            if (!agents.contains(member)) {
                throw new IllegalArgumentException("members: " + member + " is not an agent of this tenant");
            }
            jdbc.sql("insert into desk_team_member (team_id, user_id, tenant_id) values (:team, :user, :tenant)")
                    .param("team", team).param("user", member).param("tenant", actor.tenant().value()).update();
        }
    }

    private static Map<String, Object> params(Actor actor, UUID id, TeamForm form) {
        if (form.name() == null || form.name().isBlank() || form.name().length() > 100) {
            throw new IllegalArgumentException("name: required, at most 100 characters");
        }
        String[] markets = codes("markets", form.markets(), 2, true);
        String[] languages = codes("languages", form.languages(), 2, false);
        return Map.of("id", id, "tenant", actor.tenant().value(), "name", form.name().strip(), "markets", markets,
                "languages", languages, "method", (form.method() == null ? Method.LEAST_LOADED : form.method()).name(),
                "senior", form.senior());
    }

    private static String[] codes(String field, Set<String> values, int length, boolean upper) {
        if (values == null) {
            return new String[0];
        }
        return values.stream().map(v -> {
            if (v == null || !v.strip().matches("[A-Za-z]{" + length + "}")) {
                throw new IllegalArgumentException(field + ": '" + v + "' is not a " + length + "-letter ISO code");
            }
            return upper ? v.strip().toUpperCase(Locale.ROOT) : v.strip().toLowerCase(Locale.ROOT);
        }).sorted().toArray(String[]::new);
    }
}
