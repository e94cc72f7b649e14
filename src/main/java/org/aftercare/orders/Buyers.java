package org.aftercare.orders;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.aftercare.shared.NotFound;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.AuditLog;
import org.aftercare.tenancy.ShopId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Buyers and their right to be forgotten. Erasure removes contact data from the one table that
 * holds it; orders keep their lines, totals and history, now pointing at an anonymous buyer.
 */
@Service
public class Buyers {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Buyers(JdbcClient jdbc, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** When a buyer's data was erased; {@code now} is false when it had been erased before. */
    public record Erasure(BuyerId buyer, Instant erasedAt, boolean now) {
    }

    private record Found(ShopId shop, String market, Instant erasedAt) {
    }

    /**
     * Erases the buyer's name, e-mail and phone — and the ref when it is an e-mail — for good.
     * Erasing again changes nothing.
     */
    @Transactional
    public Erasure erase(Actor actor, BuyerId buyer) {
        actor.requireManage();
        Found found = jdbc.sql("""
                select b.shop_id, s.market, b.erased_at
                  from buyer b join shop s on s.id = b.shop_id
                 where b.tenant_id = :tenant and b.id = :id
                   for update of b
                """)
                .param("tenant", actor.tenant().value())
                .param("id", buyer.value())
                .query((rs, row) -> new Found(new ShopId(rs.getObject("shop_id", UUID.class)), rs.getString("market"),
                        OrderRepository.instant(rs, "erased_at")))
                .optional()
                .filter(f -> actor.serves(f.market()))
                .orElseThrow(() -> new NotFound("Buyer", buyer));
        if (found.erasedAt() != null) {
            return new Erasure(buyer, found.erasedAt(), false);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        jdbc.sql("""
                update buyer
                   set name = null, email = null, phone = null, erased_at = :now,
                       buyer_ref = case when buyer_ref like '%@%' then 'erased:' || id else buyer_ref end
                 where tenant_id = :tenant and id = :id
                """)
                .param("now", OrderRepository.timestamp(now))
                .param("tenant", actor.tenant().value())
                .param("id", buyer.value())
                .update();
        audit.record(actor, "buyer.erased", buyer.toString(), "shop " + found.shop());
        events.publishEvent(new BuyerErased(buyer, actor.tenant(), found.shop(), now));
        return new Erasure(buyer, now, true);
    }
}
