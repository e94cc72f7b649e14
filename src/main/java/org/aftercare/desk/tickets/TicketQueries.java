package org.aftercare.desk.tickets;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.aftercare.desk.Channel;
import org.aftercare.desk.Intent;
import org.aftercare.desk.Priority;
import org.aftercare.desk.RiskReason;
import org.aftercare.desk.TicketDetail;
import org.aftercare.desk.TicketFilter;
import org.aftercare.desk.TicketId;
import org.aftercare.desk.TicketPage;
import org.aftercare.desk.TicketStatus;
import org.aftercare.desk.TicketSummary;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.TenantId;
import org.aftercare.tenancy.Tenants;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The inbox and the ticket view, read in set-based SQL. Open tickets are listed from the partial
 * indexes on (tenant, SLA due); the conversation of one ticket from (ticket, time).
 */
@Component
public class TicketQueries {

    private static final String SUMMARY = """
            select t.*, c.name as contact_name, c.address as contact_address, c.erased_at as contact_erased, c.buyer_id as contact_buyer,
                   u.display_name as assignee_name, o.order_number
              from ticket t
              join desk_contact c on c.id = t.contact_id
              left join app_user u on u.id = t.assignee_id
              left join orders o on o.id = t.order_id
            """;

    private final JdbcClient jdbc;
    private final Tenants tenants;

    TicketQueries(JdbcClient jdbc, Tenants tenants) {
        this.jdbc = jdbc;
        this.tenants = tenants;
    }

    public TicketPage page(Actor actor, TicketFilter f, boolean count) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" where t.tenant_id = :tenant");
        params.put("tenant", actor.tenant().value());
        if (f.statuses() == null) {
            where.append(" and t.status not in ('SOLVED', 'CLOSED')");
        }
        else {
            where.append(" and t.status = any (:statuses)");
            params.put("statuses", f.statuses().stream().map(Enum::name).toArray(String[]::new));
        }
        if (!actor.markets().isEmpty()) {
            where.append(" and t.market = any (:markets)");
            params.put("markets", actor.markets().toArray(String[]::new));
        }
        filter(where, params, "t.market", "market", f.market());
        filter(where, params, "t.shop_id", "shop", f.shop());
        filter(where, params, "t.channel", "channel", f.channel() == null ? null : f.channel().name());
        filter(where, params, "t.intent", "intent", f.intent() == null ? null : f.intent().name());
        filter(where, params, "t.assignee_id", "assignee", f.assignee());
        filter(where, params, "t.team_id", "team", f.team());
        filter(where, params, "t.language", "language", f.language());
        if (f.unassigned()) {
            where.append(" and t.assignee_id is null");
        }
        if (f.escalated() != null) {
            where.append(f.escalated() ? " and t.escalated_at is not null" : " and t.escalated_at is null");
        }
        if (f.text() != null && !f.text().isBlank()) {
            String text = f.text().strip();
            if (text.matches("#?\\d{1,18}")) {
                where.append(" and t.number = :number");
                params.put("number", Long.parseLong(text.replace("#", "")));
            }
            else {
                where.append(" and (t.subject ilike :text or c.name ilike :text or c.address ilike :text)");
                params.put("text", "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            }
        }
        String order = switch (f.sort()) {
            case SLA_DUE -> " order by t.sla_due_at nulls last, t.created_at, t.id";
            case NEWEST -> " order by t.created_at desc, t.id";
            case UPDATED -> " order by t.updated_at desc, t.id";
        };
        params.put("limit", f.size() + 1);
        params.put("offset", (long) f.page() * f.size());
        List<TicketSummary> rows = jdbc.sql(SUMMARY + where + order + " limit :limit offset :offset")
                .params(params)
                .query((rs, n) -> summary(rs, actor))
                .list();
        boolean hasMore = rows.size() > f.size();
        if (hasMore) {
            rows = rows.subList(0, f.size());
        }
        if (!hasMore) {
            return new TicketPage(rows, (long) f.page() * f.size() + rows.size(), false, false, f.page(), f.size());
        }
        if (!count) {
            return new TicketPage(rows, null, false, true, f.page(), f.size());
        }
        // the contact is joined only when the text filter needs it; the count stops at the limit
        String from = params.containsKey("text") ? " from ticket t join desk_contact c on c.id = t.contact_id" : " from ticket t";
        params.put("countLimit", TicketPage.COUNT_LIMIT + 1);
        long total = jdbc.sql("select count(*) from (select 1" + from + where + " limit :countLimit) matching")
                .params(params).query(Long.class).single();
        return new TicketPage(rows, Math.min(total, TicketPage.COUNT_LIMIT), total > TicketPage.COUNT_LIMIT, true,
                f.page(), f.size());
    }

    public Optional<TicketDetail> detail(Actor actor, TicketId id) {
        Optional<ContactAndSummary> found = jdbc.sql(SUMMARY + " where t.tenant_id = :tenant and t.id = :id")
                .param("tenant", actor.tenant().value()).param("id", id.value())
                .query((rs, n) -> new ContactAndSummary(summary(rs, actor), contact(rs, actor)))
                .optional()
                .filter(x -> actor.serves(x.summary().market()));
        return found.map(x -> new TicketDetail(x.summary(), x.contact(), messages(id.value()), events(id.value())));
    }

    private record ContactAndSummary(TicketSummary summary, TicketDetail.Contact contact) {
    }

    private List<TicketDetail.Message> messages(UUID ticket) {
        Map<UUID, List<TicketDetail.Attachment>> files = new HashMap<>();
        jdbc.sql("""
                select a.id, a.message_id, a.file_name, a.media_type, a.size_bytes, a.sha256
                  from ticket_attachment a join ticket_message x on x.id = a.message_id
                 where x.ticket_id = :ticket order by a.created_at, a.file_name
                """)
                .param("ticket", ticket)
                .query(rs -> {
                    files.computeIfAbsent(rs.getObject("message_id", UUID.class), k -> new ArrayList<>())
                            .add(new TicketDetail.Attachment(rs.getObject("id", UUID.class), rs.getString("file_name"),
                                    rs.getString("media_type"), rs.getLong("size_bytes"), rs.getString("sha256")));
                });
        return jdbc.sql("select * from ticket_message where ticket_id = :ticket order by at, created_at")
                .param("ticket", ticket)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    String intent = rs.getString("intent");
                    return new TicketDetail.Message(id, rs.getString("kind"), Channel.valueOf(rs.getString("channel")),
                            rs.getString("author_name"), rs.getString("body"), rs.getString("language"),
                            intent == null ? null : Intent.valueOf(intent), (Integer) rs.getObject("risk"),
                            strings(rs.getArray("explanation")), rs.getString("delivery"), rs.getString("delivery_error"),
                            TicketRow.instant(rs, "at"), files.getOrDefault(id, List.of()));
                })
                .list();
    }

    private List<TicketDetail.Event> events(UUID ticket) {
        return jdbc.sql("select * from ticket_event where ticket_id = :ticket order by at, id")
                .param("ticket", ticket)
                .query((rs, n) -> new TicketDetail.Event(TicketRow.instant(rs, "at"), rs.getString("actor"),
                        rs.getString("action"), rs.getString("from_value"), rs.getString("to_value"), rs.getString("detail")))
                .list();
    }

    /** How many tickets the actor may see stand in each open status: the inbox's headline. */
    public Map<TicketStatus, Long> openCounts(Actor actor) {
        Map<TicketStatus, Long> counts = new java.util.EnumMap<>(TicketStatus.class);
        jdbc.sql("""
                select t.status, count(*) as n
                  from ticket t
                 where t.tenant_id = :tenant and t.status not in ('SOLVED', 'CLOSED')
                   and (cardinality(cast(:markets as text[])) = 0 or t.market = any (cast(:markets as text[])))
                 group by t.status
                """)
                .param("tenant", actor.tenant().value())
                .param("markets", actor.markets().toArray(String[]::new))
                .query(rs -> {
                    counts.put(TicketStatus.valueOf(rs.getString("status")), rs.getLong("n"));
                });
        return counts;
    }

    /** A contact's tickets the actor may see, newest first. */
    public List<TicketSummary> ofContact(Actor actor, UUID contact, int limit) {
        return jdbc.sql(SUMMARY + """
                 where t.tenant_id = :tenant and t.contact_id = :contact
                   and (cardinality(cast(:markets as text[])) = 0 or t.market = any (cast(:markets as text[])))
                 order by t.created_at desc, t.id
                 limit :limit
                """)
                .param("tenant", actor.tenant().value()).param("contact", contact)
                .param("markets", actor.markets().toArray(String[]::new)).param("limit", limit)
                .query((rs, n) -> summary(rs, actor))
                .list();
    }

    /** A buyer's file: its bytes and what they are. */
    public record AttachmentContent(String fileName, String mediaType, String sha256, byte[] content) {
    }

    public Optional<AttachmentContent> attachment(UUID tenant, UUID ticket, UUID attachment) {
        return jdbc.sql("""
                select a.file_name, a.media_type, a.sha256, a.content
                  from ticket_attachment a join ticket_message x on x.id = a.message_id
                 where a.tenant_id = :tenant and x.ticket_id = :ticket and a.id = :id
                """)
                .param("tenant", tenant).param("ticket", ticket).param("id", attachment)
                .query((rs, n) -> new AttachmentContent(rs.getString("file_name"), rs.getString("media_type"),
                        rs.getString("sha256"), rs.getBytes("content")))
                .optional();
    }

    public boolean servesMarket(UUID tenant, UUID user, String market) {
        return tenants.members(new TenantId(tenant)).stream()
                .anyMatch(m -> m.user().value().equals(user) && m.role().canWrite()
                        && (m.markets().isEmpty() || m.markets().contains(market)));
    }

    private static void filter(StringBuilder where, Map<String, Object> params, String column, String name, Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            where.append(" and ").append(column).append(" = :").append(name);
            params.put(name, value);
        }
    }

    static TicketSummary summary(ResultSet rs, Actor actor) throws SQLException {
        boolean erased = rs.getTimestamp("contact_erased") != null;
        String contactName = erased ? null : rs.getString("contact_name");
        if (contactName == null && !erased) {
            contactName = rs.getString("contact_address");
        }
        if (contactName != null && !actor.role().canWrite()) {
            contactName = contactName.codePoints().limit(1)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append) + "***";
        }
        return new TicketSummary(
                new TicketId(rs.getObject("id", UUID.class)), rs.getLong("number"), rs.getObject("shop_id", UUID.class),
                rs.getString("market"), Channel.valueOf(rs.getString("channel")), rs.getString("subject"),
                TicketStatus.valueOf(rs.getString("status")), Priority.valueOf(rs.getString("priority")),
                rs.getString("language"), rs.getBoolean("language_supported"), Intent.valueOf(rs.getString("intent")),
                rs.getInt("risk"), strings(rs.getArray("risk_reasons")).stream().map(RiskReason::valueOf).toList(),
                TicketRow.instant(rs, "escalated_at"), rs.getObject("team_id", UUID.class),
                rs.getObject("assignee_id", UUID.class), rs.getString("assignee_name"), contactName,
                rs.getObject("order_id", UUID.class), rs.getString("order_number"), rs.getInt("message_count"),
                TicketRow.instant(rs, "created_at"), TicketRow.instant(rs, "updated_at"),
                TicketRow.instant(rs, "last_inbound_at"), TicketRow.instant(rs, "first_replied_at"),
                TicketRow.instant(rs, "sla_due_at"), TicketRow.instant(rs, "first_response_due_at"),
                TicketRow.instant(rs, "next_response_due_at"), TicketRow.instant(rs, "resolution_due_at"),
                TicketRow.instant(rs, "platform_response_due_at"), strings(rs.getArray("sla_breaches")));
    }

    private static TicketDetail.Contact contact(ResultSet rs, Actor actor) throws SQLException {
        boolean erased = rs.getTimestamp("contact_erased") != null;
        String address = erased ? null : rs.getString("contact_address");
        String name = erased ? null : rs.getString("contact_name");
        if (!actor.role().canWrite() && address != null) {
            int at = address.indexOf('@');
            address = at > 0 ? address.charAt(0) + "***" + address.substring(at) : "***";
            name = name == null ? null : name.charAt(0) + "***";
        }
        return new TicketDetail.Contact(rs.getObject("contact_id", UUID.class), Channel.valueOf(rs.getString("channel")),
                address, name, rs.getObject("contact_buyer", UUID.class), erased);
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
