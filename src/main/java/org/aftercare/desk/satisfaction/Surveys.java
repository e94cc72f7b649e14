package org.aftercare.desk.satisfaction;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.aftercare.desk.DeskProperties;
import org.aftercare.desk.tickets.ReplyOutbox;
import org.aftercare.desk.tickets.TicketHistory;
import org.aftercare.shared.NotFound;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.AuditLog;
import org.aftercare.tenancy.ShopId;
import org.aftercare.tenancy.Shops;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * After a resolution (R12): once a ticket has been solved for the shop's delay, the buyer gets one
 * short survey on the ticket's channel, in their language, through the same outbox as agents'
 * replies. A happy answer (4 or 5) invites the buyer to update their review where the shop asks
 * for it. Escalated tickets are left alone unless the shop says otherwise; a ticket gets one survey.
 */
@Service
public class Surveys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final DeskProperties properties;
    private final Shops shops;
    private final TicketHistory history;
    private final ReplyOutbox outbox;
    private final AuditLog audit;
    private final String baseUrl;

    Surveys(JdbcClient jdbc, Clock clock, DeskProperties properties, Shops shops, TicketHistory history,
            ReplyOutbox outbox, AuditLog audit, @Value("${aftercare.console.base-url}") String baseUrl) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
        this.shops = shops;
        this.history = history;
        this.outbox = outbox;
        this.audit = audit;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public enum Mode { OFF, SURVEY, SURVEY_THEN_REVIEW }

    /** What a shop does after a resolution; {@code reviewUrl} may hold {orderNumber}. */
    public record Setting(Mode mode, Duration delay, boolean includeEscalated, String reviewUrl, boolean shopDefault) {
    }

    public Setting setting(Actor actor, ShopId shop) {
        shops.find(actor.tenant(), shop).orElseThrow(() -> new NotFound("Shop", shop));
        return jdbc.sql("select * from desk_satisfaction_setting where shop_id = :shop and tenant_id = :tenant")
                .param("shop", shop.value()).param("tenant", actor.tenant().value())
                .query((rs, n) -> new Setting(Mode.valueOf(rs.getString("mode")), Duration.ofMinutes(rs.getInt("delay_minutes")),
                        rs.getBoolean("include_escalated"), rs.getString("review_url"), false))
                .optional()
                .orElse(new Setting(Mode.valueOf(properties.satisfaction()), properties.satisfactionDelay(), false, null, true));
    }

    @Transactional
    public void configure(Actor actor, ShopId shop, Setting setting) {
        actor.requireManage();
        shops.find(actor.tenant(), shop).orElseThrow(() -> new NotFound("Shop", shop));
        if (setting.mode() == null) {
            throw new IllegalArgumentException("mode: OFF, SURVEY or SURVEY_THEN_REVIEW");
        }
        if (setting.delay() == null || setting.delay().isNegative() || setting.delay().toMinutes() > 43_200) {
            throw new IllegalArgumentException("delay: between PT0M and P30D");
        }
        if (setting.reviewUrl() != null && !setting.reviewUrl().isBlank() && !setting.reviewUrl().matches("https://\\S+")) {
            throw new IllegalArgumentException("reviewUrl: an https:// address");
        }
        if (setting.mode() == Mode.SURVEY_THEN_REVIEW && (setting.reviewUrl() == null || setting.reviewUrl().isBlank())) {
            throw new IllegalArgumentException("reviewUrl: required to invite buyers to update their review");
        }
        jdbc.sql("""
                insert into desk_satisfaction_setting (shop_id, tenant_id, mode, delay_minutes, include_escalated, review_url, updated_at)
                values (:shop, :tenant, :mode, :delay, :escalated, :url, :now)
                on conflict (shop_id) do update set mode = excluded.mode, delay_minutes = excluded.delay_minutes,
                    include_escalated = excluded.include_escalated, review_url = excluded.review_url,
                    updated_at = excluded.updated_at
                """)
                .param("shop", shop.value()).param("tenant", actor.tenant().value()).param("mode", setting.mode().name())
                .param("delay", (int) setting.delay().toMinutes()).param("escalated", setting.includeEscalated())
                .param("url", setting.reviewUrl() == null || setting.reviewUrl().isBlank() ? null : setting.reviewUrl().strip())
                .param("now", Timestamp.from(clock.instant()))
                .update();
        audit.record(actor, "desk.satisfaction.configured", shop.toString(), setting.mode().name());
    }

    /**
     * Sends the surveys that are due: tickets solved at least the shop's delay ago, with none yet.
     * Claimed by inserting the survey row, so instances running this at once never send twice.
     */
    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT5M")
    @Transactional
    public int sendDue() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<Due> due = jdbc.sql("""
                select t.id, t.tenant_id, t.market, t.language, t.number, c.name, o.order_number
                  from ticket t
                  join desk_contact c on c.id = t.contact_id
                  left join orders o on o.id = t.order_id
                  left join desk_satisfaction_setting s on s.shop_id = t.shop_id
                 where t.status in ('SOLVED', 'CLOSED') and t.solved_at is not null
                   and coalesce(s.mode, :mode) <> 'OFF'
                   and t.solved_at <= cast(:now as timestamptz) - coalesce(s.delay_minutes, :delay) * interval '1 minute'
                   and t.solved_at > cast(:now as timestamptz) - interval '30 days'
                   and (t.escalated_at is null or coalesce(s.include_escalated, false))
                   and c.erased_at is null
                   and not exists (select 1 from desk_survey v where v.ticket_id = t.id)
                 order by t.solved_at
                 limit 500
                 for update of t skip locked
                """)
                .param("mode", properties.satisfaction()).param("now", Timestamp.from(now))
                .param("delay", (int) properties.satisfactionDelay().toMinutes())
                .query((rs, n) -> new Due(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class),
                        rs.getString("market"), rs.getString("language"), rs.getLong("number"), rs.getString("name"),
                        rs.getString("order_number")))
                .list();
        for (Due ticket : due) {
            send(ticket, now);
        }
        return due.size();
    }

    private record Due(UUID ticket, UUID tenant, String market, String language, long number, String buyerName,
                       String orderNumber) {
    }

    private void send(Due t, Instant now) {
        String token = token();
        String language = t.language() == null || t.language().equals("und") ? "en" : t.language();
        jdbc.sql("""
                insert into desk_survey (id, tenant_id, ticket_id, token, language, sent_at)
                values (gen_random_uuid(), :tenant, :ticket, :token, :language, :now)
                """)
                .param("tenant", t.tenant()).param("ticket", t.ticket()).param("token", token)
                .param("language", language).param("now", Timestamp.from(now))
                .update();
        String name = t.buyerName() == null ? "" : t.buyerName().strip().split("\\s+")[0];
        String text = BuyerTexts.get(language, "survey.message", name.isEmpty() ? 0 : 1, name,
                t.orderNumber() == null ? "#" + t.number() : t.orderNumber(), baseUrl + "/buyer/survey/" + token);
        outbox.queue(t.ticket(), null, "desk", text, language, now);
        history.record(t.tenant(), t.ticket(), now, "desk", "survey-sent", null, null, null);
    }

    /** The survey a buyer opened by its link, in their language. */
    public record Survey(String token, String language, Integer rating, String comment, String reviewUrl,
                         boolean inviteReview) {

        public boolean answered() {
            return rating != null;
        }
    }

    public Optional<Survey> byToken(String token) {
        if (token == null || token.length() > 64) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select v.token, v.language, v.rating, v.comment, s.mode, s.review_url, o.order_number
                  from desk_survey v
                  join ticket t on t.id = v.ticket_id
                  left join orders o on o.id = t.order_id
                  left join desk_satisfaction_setting s on s.shop_id = t.shop_id
                 where v.token = :token
                """)
                .param("token", token)
                .query((rs, n) -> {
                    String url = rs.getString("review_url");
                    String order = rs.getString("order_number");
                    return new Survey(rs.getString("token"), rs.getString("language"), (Integer) rs.getObject("rating"),
                            rs.getString("comment"),
                            url == null ? null : url.replace("{orderNumber}", order == null ? "" : order),
                            "SURVEY_THEN_REVIEW".equals(rs.getString("mode")) && url != null);
                })
                .optional();
    }

    /** The buyer's answer; a survey is answered once, a second answer changes nothing. */
    @Transactional
    public Survey answer(String token, int rating, String comment) {
        if (rating < 1 || rating > 5) {
            throw new IllegalArgumentException("rating: from 1 to 5");
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.length() > 4000) {
            text = text.substring(0, 4000);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var answered = jdbc.sql("""
                update desk_survey set rating = :rating, comment = :comment, answered_at = :now
                 where token = :token and rating is null
                returning tenant_id, ticket_id
                """)
                .param("rating", rating).param("comment", text).param("now", Timestamp.from(now)).param("token", token)
                .query((rs, n) -> new UUID[] {rs.getObject("tenant_id", UUID.class), rs.getObject("ticket_id", UUID.class)})
                .optional();
        answered.ifPresent(ids -> history.record(ids[0], ids[1], now, "buyer", "survey-answered", null, rating, null));
        return byToken(token).orElseThrow(() -> new NotFound("Survey", token));
    }

    private static String token() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
