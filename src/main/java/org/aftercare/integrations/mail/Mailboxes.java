package org.aftercare.integrations.mail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.aftercare.shared.NotFound;
import org.aftercare.tenancy.ShopId;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.TenantId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The shops' mailboxes: their configuration, how far each inbox is read, and what went wrong. */
@Repository
class Mailboxes {

    /** How long one instance holds a mailbox while polling it; another instance waits that long after a crash. */
    static final Duration LEASE = Duration.ofMinutes(5);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Shops shops;

    Mailboxes(JdbcClient jdbc, Clock clock, Shops shops) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.shops = shops;
    }

    List<Mailbox> of(TenantId tenant) {
        return jdbc.sql("select * from mailbox where tenant_id = :tenant order by address")
                .param("tenant", tenant.value()).query(Mailboxes::map).list();
    }

    Mailbox get(TenantId tenant, UUID id) {
        return jdbc.sql("select * from mailbox where tenant_id = :tenant and id = :id")
                .param("tenant", tenant.value()).param("id", id).query(Mailboxes::map).optional()
                .orElseThrow(() -> new NotFound("Mailbox", id));
    }

    Optional<Mailbox> ofShop(TenantId tenant, ShopId shop) {
        return jdbc.sql("select * from mailbox where tenant_id = :tenant and shop_id = :shop")
                .param("tenant", tenant.value()).param("shop", shop.value()).query(Mailboxes::map).optional();
    }

    /** Enabled mailboxes of all tenants, the least recently polled first. */
    List<Mailbox> enabled() {
        return jdbc.sql("select * from mailbox where enabled order by last_poll_at nulls first")
                .query(Mailboxes::map).list();
    }

    @Transactional
    Mailbox create(TenantId tenant, MailboxForm form) {
        var valid = form.validated();
        requireShop(tenant, valid.shop());
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        try {
            jdbc.sql("""
                    insert into mailbox (id, tenant_id, shop_id, address, display_name,
                                         imap_host, imap_port, imap_security, imap_user,
                                         smtp_host, smtp_port, smtp_security, smtp_user,
                                         password_variable, enabled, created_at, updated_at)
                    values (:id, :tenant, :shop, :address, :displayName,
                            :imapHost, :imapPort, :imapSecurity, :imapUser,
                            :smtpHost, :smtpPort, :smtpSecurity, :smtpUser,
                            :passwordVariable, :enabled, :now, :now)
                    """)
                    .param("id", id).param("tenant", tenant.value()).params(columns(valid))
                    .param("now", Timestamp.from(now))
                    .update();
        }
        catch (DuplicateKeyException e) {
            throw new IllegalArgumentException("shop: already has a mailbox; change that one instead");
        }
        return get(tenant, id);
    }

    /** Changes the configuration; a new IMAP server or user means a new inbox, read from its start. */
    @Transactional
    Mailbox update(TenantId tenant, UUID id, MailboxForm form) {
        Mailbox before = get(tenant, id);
        var valid = form.validated();
        if (!valid.shop().equals(before.shop().value())) {
            throw new IllegalArgumentException("shop: a mailbox stays with its shop; disable it and create one for the other shop");
        }
        boolean otherInbox = !valid.imap().host().equals(before.imap().host()) || !valid.imap().user().equals(before.imap().user());
        jdbc.sql("""
                update mailbox
                   set address = :address, display_name = :displayName,
                       imap_host = :imapHost, imap_port = :imapPort, imap_security = :imapSecurity, imap_user = :imapUser,
                       smtp_host = :smtpHost, smtp_port = :smtpPort, smtp_security = :smtpSecurity, smtp_user = :smtpUser,
                       password_variable = :passwordVariable, enabled = :enabled,
                       uid_validity = case when :otherInbox then null else uid_validity end,
                       last_uid = case when :otherInbox then 0 else last_uid end,
                       last_error = null, version = version + 1, updated_at = :now
                 where tenant_id = :tenant and id = :id
                """)
                .params(columns(valid)).param("otherInbox", otherInbox)
                .param("now", Timestamp.from(clock.instant()))
                .param("tenant", tenant.value()).param("id", id)
                .update();
        return get(tenant, id);
    }

    @Transactional
    void disable(TenantId tenant, UUID id) {
        get(tenant, id);
        jdbc.sql("""
                update mailbox set enabled = false, version = version + 1, updated_at = :now
                 where tenant_id = :tenant and id = :id
                """)
                .param("now", Timestamp.from(clock.instant())).param("tenant", tenant.value()).param("id", id).update();
    }

    /** Takes the mailbox for this instance's poll, or false when it is disabled or another poll holds it. */
    boolean lease(UUID id) {
        Instant now = clock.instant();
        return jdbc.sql("""
                update mailbox set polling_until = :until
                 where id = :id and enabled and (polling_until is null or polling_until < :now)
                """)
                .param("until", Timestamp.from(now.plus(LEASE))).param("id", id).param("now", Timestamp.from(now))
                .update() == 1;
    }

    /** Remembers a message as taken in (or skipped, or failed): the next poll starts after it. */
    void advance(UUID id, long uidValidity, long uid, int received, int skipped) {
        jdbc.sql("""
                update mailbox
                   set uid_validity = :validity, last_uid = :uid,
                       received = received + :received, skipped = skipped + :skipped
                 where id = :id
                """)
                .param("validity", uidValidity).param("uid", uid).param("received", received).param("skipped", skipped)
                .param("id", id)
                .update();
    }

    /** The poll ended, well (error null) or not; the lease is released. */
    void polled(UUID id, String error) {
        jdbc.sql("update mailbox set polling_until = null, last_poll_at = :now, last_error = :error where id = :id")
                .param("now", Timestamp.from(clock.instant())).param("error", error).param("id", id)
                .update();
    }

    private void requireShop(TenantId tenant, UUID shop) {
        if (shops.find(tenant, new ShopId(shop)).isEmpty()) {
            throw new IllegalArgumentException("shop: no shop " + shop + " in this tenant");
        }
    }

    private static Map<String, Object> columns(MailboxForm.Valid v) {
        var map = new HashMap<String, Object>();
        map.put("shop", v.shop());
        map.put("address", v.address());
        map.put("displayName", v.displayName());
        map.put("imapHost", v.imap().host());
        map.put("imapPort", v.imap().port());
        map.put("imapSecurity", v.imap().security().name());
        map.put("imapUser", v.imap().user());
        map.put("smtpHost", v.smtp().host());
        map.put("smtpPort", v.smtp().port());
        map.put("smtpSecurity", v.smtp().security().name());
        map.put("smtpUser", v.smtp().user());
        map.put("passwordVariable", v.passwordVariable());
        map.put("enabled", v.enabled());
        return map;
    }

    private static Mailbox map(ResultSet rs, int row) throws SQLException {
        Timestamp lastPoll = rs.getTimestamp("last_poll_at");
        long validity = rs.getLong("uid_validity");
        Long uidValidity = rs.wasNull() ? null : validity;
        return new Mailbox(rs.getObject("id", UUID.class), new TenantId(rs.getObject("tenant_id", UUID.class)),
                new ShopId(rs.getObject("shop_id", UUID.class)), rs.getString("address"), rs.getString("display_name"),
                new MailServer(rs.getString("imap_host"), rs.getInt("imap_port"),
                        MailSecurity.valueOf(rs.getString("imap_security")), rs.getString("imap_user")),
                new MailServer(rs.getString("smtp_host"), rs.getInt("smtp_port"),
                        MailSecurity.valueOf(rs.getString("smtp_security")), rs.getString("smtp_user")),
                rs.getString("password_variable"), rs.getBoolean("enabled"), rs.getInt("version"),
                uidValidity, rs.getLong("last_uid"),
                lastPoll == null ? null : lastPoll.toInstant(), rs.getString("last_error"),
                rs.getLong("received"), rs.getLong("skipped"));
    }
}
