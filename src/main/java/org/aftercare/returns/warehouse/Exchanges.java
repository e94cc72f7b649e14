package org.aftercare.returns.warehouse;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

import org.aftercare.orders.Order;
import org.aftercare.orders.Orders;
import org.aftercare.returns.ReturnId;
import org.aftercare.shared.NotFound;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.ShopId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The exchange owed by a received EXCHANGE_PENDING return, linked to the replacement order once
 * that order exists (placed on the platform and imported into orders): status TO_SHIP → LINKED.
 */
@Service
class Exchanges {

    private final JdbcClient jdbc;
    private final ReceiptRepository receipts;
    private final Orders orders;
    private final Clock clock;

    Exchanges(JdbcClient jdbc, ReceiptRepository receipts, Orders orders, Clock clock) {
        this.jdbc = jdbc;
        this.receipts = receipts;
        this.orders = orders;
        this.clock = clock;
    }

    /**
     * Links the replacement order, an order of the return's shop other than the returned one.
     * The same order again changes nothing; another order once linked is a conflict.
     */
    @Transactional
    Receipt link(Actor actor, ReturnId id, String orderNumber) {
        actor.requireWrite();
        String number = ReturnWarehouses.required("orderNumber", orderNumber, 200);
        ReceiptRepository.Header header = receipts.lock(actor.tenant(), id)
                .filter(h -> actor.serves(h.market()))
                .orElseThrow(() -> new NotFound("Return", id));
        record Owed(UUID id, String status, String newOrderNumber) {
        }
        Owed owed = jdbc.sql("""
                        select id, status, new_order_number from return_exchange
                         where tenant_id = :tenant and return_id = :id
                           for update
                        """)
                .param("tenant", actor.tenant().value()).param("id", id.value())
                .query((rs, n) -> new Owed((UUID) rs.getObject(1), rs.getString(2), rs.getString(3)))
                .optional()
                .orElseThrow(() -> new ReceivingConflict("exchange",
                        "return R-%d owes no exchange (status %s): only a received EXCHANGE_PENDING return does"
                                .formatted(header.number(), header.status())));
        Order replacement = orders.findByNumber(actor.tenant(), new ShopId(header.shop()), number)
                .orElseThrow(() -> new IllegalArgumentException(
                        "orderNumber: no order %s in the return's shop".formatted(number)));
        if (replacement.id().value().equals(header.order())) {
            throw new IllegalArgumentException("orderNumber: %s is the returned order itself, not a replacement".formatted(number));
        }
        if (owed.newOrderNumber() != null) {
            if (owed.newOrderNumber().equals(replacement.orderNumber())) {
                return receipts.load(actor.tenant(), header, header.receivedAt() != null);
            }
            throw new ReceivingConflict("orderNumber", "the exchange of R-%d is linked to order %s already"
                    .formatted(header.number(), owed.newOrderNumber()));
        }
        jdbc.sql("""
                        update return_exchange
                           set new_order_id = :order, new_order_number = :number, status = 'LINKED',
                               linked_at = :now, linked_by = :by
                         where tenant_id = :tenant and id = :id
                        """)
                .param("order", replacement.id().value()).param("number", replacement.orderNumber())
                .param("now", Timestamp.from(clock.instant())).param("by", actor.name())
                .param("tenant", actor.tenant().value()).param("id", owed.id()).update();
        return receipts.load(actor.tenant(), header, header.receivedAt() != null);
    }
}
