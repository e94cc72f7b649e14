package org.aftercare.outreach.notices;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.aftercare.outreach.Channel;
import org.aftercare.outreach.DelayReason;
import org.aftercare.outreach.NoticeId;
import org.aftercare.outreach.NoticeRecord;
import org.aftercare.outreach.NoticeStatus;
import org.aftercare.outreach.NoticeView;
import org.aftercare.outreach.Scenario;
import org.aftercare.shared.Money;
import org.aftercare.tenancy.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;

/** Reads notices for the console, the API and the evidence archive. */
@Repository
public class NoticeQueries {

    private static final String COLUMNS = """
            n.*, o.order_number
              from notice n left join orders o on o.id = n.order_id
            """;

    private final JdbcClient jdbc;

    NoticeQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<NoticeView> get(TenantId tenant, NoticeId id) {
        return jdbc.sql("select " + COLUMNS + " where n.tenant_id = :tenant and n.id = :id")
                .param("tenant", tenant.value()).param("id", id.value()).query(NoticeQueries::map).optional();
    }

    /** The newest notices of the shops given, optionally of one order number and one status. */
    public List<NoticeView> find(TenantId tenant, List<UUID> shops, String orderNumber, NoticeStatus status, int limit) {
        return jdbc.sql("select " + COLUMNS + """
                 where n.tenant_id = :tenant and n.shop_id = any(:shops)
                   and (cast(:orderNumber as text) is null or o.order_number = :orderNumber)
                   and (cast(:status as text) is null or n.status = :status)
                 order by n.created_at desc, n.id
                 limit :limit
                """)
                .param("tenant", tenant.value()).param("shops", new SqlArrayValue("uuid", shops.toArray()))
                .param("orderNumber", orderNumber == null || orderNumber.isBlank() ? null : orderNumber.strip())
                .param("status", status == null ? null : status.name()).param("limit", limit)
                .query(NoticeQueries::map).list();
    }

    public List<NoticeView> ofOrder(TenantId tenant, UUID order) {
        return jdbc.sql("select " + COLUMNS + " where n.tenant_id = :tenant and n.order_id = :order order by n.created_at")
                .param("tenant", tenant.value()).param("order", order).query(NoticeQueries::map).list();
    }

    public List<NoticeRecord> sentForOrder(TenantId tenant, UUID order) {
        return jdbc.sql("""
                select id, scenario, channel, recipient, language, subject, body, sent_at
                  from notice
                 where tenant_id = :tenant and order_id = :order and status = 'SENT'
                 order by sent_at
                """)
                .param("tenant", tenant.value()).param("order", order)
                .query((rs, n) -> new NoticeRecord(new NoticeId(rs.getObject("id", UUID.class)),
                        Scenario.valueOf(rs.getString("scenario")), Channel.valueOf(rs.getString("channel")),
                        rs.getString("recipient"), rs.getString("language"), rs.getString("subject"), rs.getString("body"),
                        rs.getTimestamp("sent_at").toInstant()))
                .list();
    }

    static NoticeView map(ResultSet rs, int row) throws SQLException {
        BigDecimal coupon = rs.getBigDecimal("coupon_amount");
        String reason = rs.getString("reason");
        return new NoticeView(rs.getObject("id", UUID.class), rs.getObject("shop_id", UUID.class),
                rs.getObject("order_id", UUID.class), rs.getString("order_number"), rs.getObject("shipment_id", UUID.class),
                rs.getObject("alert_id", UUID.class), rs.getObject("campaign_id", UUID.class),
                Scenario.valueOf(rs.getString("scenario")), reason == null ? null : DelayReason.valueOf(reason),
                Channel.valueOf(rs.getString("channel")), rs.getString("recipient"), rs.getString("language"),
                rs.getString("language_wanted"), rs.getString("subject"), rs.getString("body"),
                coupon == null ? null : Money.of(coupon, rs.getString("coupon_currency")), instant(rs, "next_update_at"),
                NoticeStatus.valueOf(rs.getString("status")), rs.getBoolean("follow_up"), rs.getInt("attempts"),
                rs.getString("last_error"), instant(rs, "created_at"), rs.getString("created_by"), instant(rs, "sent_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
