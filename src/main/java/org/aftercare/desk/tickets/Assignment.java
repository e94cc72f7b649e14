package org.aftercare.desk.tickets;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.aftercare.tenancy.Role;
import org.aftercare.tenancy.TenantId;
import org.aftercare.tenancy.Tenants;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Routes a ticket to a team and an agent. The team is the most specific one whose markets and
 * languages include the ticket's (an escalated ticket prefers a senior team; senior teams take only
 * escalated tickets). The agent is a team member who is on shift and serves the ticket's market:
 * round-robin after the last one assigned, or the least loaded (fewest open tickets). The team row
 * is locked while choosing, so two instances never hand the same turn to two agents.
 */
@Component
public class Assignment {

    private final JdbcClient jdbc;
    private final Tenants tenants;

    Assignment(JdbcClient jdbc, Tenants tenants) {
        this.jdbc = jdbc;
        this.tenants = tenants;
    }

    public record Choice(UUID team, UUID agent) {
    }

    public Optional<Choice> choose(UUID tenant, String market, String language, boolean escalated) {
        return team(tenant, market, language, escalated).map(team -> new Choice(team, agent(tenant, team, market)));
    }

    private Optional<UUID> team(UUID tenant, String market, String language, boolean escalated) {
        return jdbc.sql("""
                select id from desk_team
                 where tenant_id = :tenant
                   and (cardinality(markets) = 0 or :market = any (markets))
                   and (cardinality(languages) = 0 or :language = any (languages))
                   and (not senior or :escalated)
                 order by senior = :escalated desc,
                          cardinality(markets) = 0, cardinality(languages) = 0, name
                 limit 1
                """)
                .param("tenant", tenant).param("market", market).param("language", language)
                .param("escalated", escalated)
                .query(UUID.class).optional();
    }

    private UUID agent(UUID tenant, UUID team, String market) {
        String method = jdbc.sql("select method from desk_team where id = :team for update")
                .param("team", team).query(String.class).single();
        List<UUID> serving = tenants.members(new TenantId(tenant)).stream()
                .filter(m -> m.role() != Role.VIEWER)
                .filter(m -> m.markets().isEmpty() || m.markets().contains(market))
                .map(m -> m.user().value())
                .toList();
        if (serving.isEmpty()) {
            return null;
        }
        UUID agent = jdbc.sql(method.equals("ROUND_ROBIN") ? """
                select m.user_id
                  from desk_team_member m
                  join desk_agent_shift s on s.tenant_id = m.tenant_id and s.user_id = m.user_id and s.on_shift
                  join desk_team t on t.id = m.team_id
                 where m.team_id = :team and m.user_id = any (:serving)
                 order by m.user_id::text <= coalesce(t.last_assigned_user::text, ''), m.user_id::text
                 limit 1
                """ : """
                select m.user_id
                  from desk_team_member m
                  join desk_agent_shift s on s.tenant_id = m.tenant_id and s.user_id = m.user_id and s.on_shift
                 where m.team_id = :team and m.user_id = any (:serving)
                 order by (select count(*) from ticket t
                            where t.tenant_id = m.tenant_id and t.assignee_id = m.user_id
                              and t.status not in ('SOLVED', 'CLOSED')),
                          m.user_id::text
                 limit 1
                """)
                .param("team", team)
                .param("serving", serving.toArray(UUID[]::new))
                .query(UUID.class).optional().orElse(null);
        if (agent != null) {
            jdbc.sql("update desk_team set last_assigned_user = :agent where id = :team")
                    .param("agent", agent).param("team", team).update();
        }
        return agent;
    }
}
