package org.aftercare.desk;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.aftercare.tenancy.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * How the desk performs and why buyers write. Response and resolution times are wall-clock
 * (what the buyer lived through); SLA attainment is the share of tickets whose clock was not
 * breached, counted on each policy's own calendar. Tickets count in the period they were created.
 */
@Service
public class DeskReports {

    private final JdbcClient jdbc;

    DeskReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public enum Dimension { TEAM, MARKET, AGENT, CHANNEL }

    /**
     * One group of tickets.
     *
     * @param firstResponseSla share (0..1) of the tickets with a first-response target, decided (answered or
     *                         breached), that met it; null when there were none
     * @param platformSla      the same for the platform's own clock (TikTok Shop chat, 12 h)
     * @param satisfaction     average survey rating (1..5) of the group's tickets; null without answers
     */
    public record PerformanceRow(String key, String label, long tickets, long replied, long resolved,
                                 Double firstResponseMinutesP50, Double firstResponseMinutesP90,
                                 Double resolutionHoursP50, Double resolutionHoursP90, Double firstResponseSla,
                                 Double resolutionSla, Double platformSla, long escalated, long reopened,
                                 Double satisfaction, long surveysAnswered) {
    }

    public List<PerformanceRow> performance(Actor actor, Instant from, Instant to, Dimension by) {
        requirePeriod(from, to);
        String key = switch (by) {
            case TEAM -> "coalesce(t.team_id::text, '-')";
            case MARKET -> "t.market";
            case AGENT -> "coalesce(t.assignee_id::text, '-')";
            case CHANNEL -> "t.channel";
        };
        String label = switch (by) {
            case TEAM -> "coalesce(max(tm.name), '-')";
            case AGENT -> "coalesce(max(u.display_name), '-')";
            default -> key;
        };
        Map<String, Object> params = period(actor, from, to);
        return jdbc.sql("""
                select %s as key, %s as label,
                       count(*) as tickets,
                       count(t.first_replied_at) as replied,
                       count(coalesce(t.solved_at, t.closed_at)) as resolved,
                       percentile_cont(0.5) within group (order by extract(epoch from t.first_replied_at - t.created_at) / 60) as fr50,
                       percentile_cont(0.9) within group (order by extract(epoch from t.first_replied_at - t.created_at) / 60) as fr90,
                       percentile_cont(0.5) within group (order by extract(epoch from coalesce(t.solved_at, t.closed_at) - t.created_at) / 3600) as rs50,
                       percentile_cont(0.9) within group (order by extract(epoch from coalesce(t.solved_at, t.closed_at) - t.created_at) / 3600) as rs90,
                       avg(case when 'FIRST_RESPONSE' = any (t.sla_breaches) then 0 else 1 end)
                           filter (where t.first_response_due_at is not null
                                     and (t.first_replied_at is not null or 'FIRST_RESPONSE' = any (t.sla_breaches))) as fr_sla,
                       avg(case when 'RESOLUTION' = any (t.sla_breaches) then 0 else 1 end)
                           filter (where t.resolution_due_at is not null
                                     and (coalesce(t.solved_at, t.closed_at) is not null or 'RESOLUTION' = any (t.sla_breaches))) as rs_sla,
                       avg(case when 'PLATFORM_RESPONSE' = any (t.sla_breaches) then 0 else 1 end)
                           filter (where t.channel = 'TIKTOK_CHAT'
                                     and (t.first_replied_at is not null or 'PLATFORM_RESPONSE' = any (t.sla_breaches))) as pf_sla,
                       count(t.escalated_at) as escalated,
                       count(*) filter (where t.reopened > 0) as reopened,
                       avg(v.rating) as satisfaction,
                       count(v.rating) as answered
                  from ticket t
                  left join desk_survey v on v.ticket_id = t.id
                  left join desk_team tm on tm.id = t.team_id
                  left join app_user u on u.id = t.assignee_id
                 where t.tenant_id = :tenant and t.created_at >= :from and t.created_at < :to
                   and (cardinality(cast(:markets as text[])) = 0 or t.market = any (:markets))
                 group by 1
                 order by tickets desc, key
                """.formatted(key, label))
                .params(params)
                .query((rs, n) -> new PerformanceRow(rs.getString("key"), rs.getString("label"), rs.getLong("tickets"),
                        rs.getLong("replied"), rs.getLong("resolved"), (Double) rs.getObject("fr50"),
                        (Double) rs.getObject("fr90"), (Double) rs.getObject("rs50"), (Double) rs.getObject("rs90"),
                        number(rs.getObject("fr_sla")), number(rs.getObject("rs_sla")), number(rs.getObject("pf_sla")),
                        rs.getLong("escalated"), rs.getLong("reopened"), number(rs.getObject("satisfaction")),
                        rs.getLong("answered")))
                .list();
    }

    public enum ReasonDimension { SKU, CARRIER }

    /** Tickets about one SKU or carrier with one intent, and their share of that SKU's or carrier's tickets. */
    public record ContactReasonRow(String key, Intent intent, long tickets, double share, long keyTickets) {
    }

    /** The 50 SKUs or carriers buyers write about most, split by what they write about. */
    public List<ContactReasonRow> contactReasons(Actor actor, Instant from, Instant to, ReasonDimension by) {
        requirePeriod(from, to);
        String column = by == ReasonDimension.SKU ? "t.skus" : "t.carriers";
        return jdbc.sql("""
                with counted as (
                    select k.key, t.intent, count(*) as tickets
                      from ticket t cross join lateral unnest(%s) as k(key)
                     where t.tenant_id = :tenant and t.created_at >= :from and t.created_at < :to
                       and (cardinality(cast(:markets as text[])) = 0 or t.market = any (:markets))
                     group by k.key, t.intent
                ), keyed as (
                    select *, sum(tickets) over (partition by key) as key_tickets from counted
                ), top as (
                    select key from keyed group by key order by max(key_tickets) desc, key limit 50
                )
                select keyed.* from keyed join top using (key)
                 order by key_tickets desc, key, tickets desc, intent
                """.formatted(column))
                .params(period(actor, from, to))
                .query((rs, n) -> new ContactReasonRow(rs.getString("key"), Intent.valueOf(rs.getString("intent")),
                        rs.getLong("tickets"), rs.getDouble("tickets") / rs.getDouble("key_tickets"),
                        rs.getLong("key_tickets")))
                .list();
    }

    private static Map<String, Object> period(Actor actor, Instant from, Instant to) {
        Map<String, Object> params = new HashMap<>();
        params.put("tenant", actor.tenant().value());
        params.put("from", Timestamp.from(from));
        params.put("to", Timestamp.from(to));
        params.put("markets", actor.markets().toArray(String[]::new));
        return params;
    }

    private static void requirePeriod(Instant from, Instant to) {
        if (from == null || to == null) {
            throw new IllegalArgumentException("from: and to: are both required");
        }
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("to: must be after from");
        }
        if (from.plusSeconds(366L * 86400).isBefore(to)) {
            throw new IllegalArgumentException("to: a report covers at most 366 days");
        }
    }

    private static Double number(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }
}
