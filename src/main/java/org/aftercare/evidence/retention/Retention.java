package org.aftercare.evidence.retention;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.aftercare.desk.TicketDetail;
import org.aftercare.desk.Tickets;
import org.aftercare.evidence.EvidenceItem;
import org.aftercare.evidence.EvidenceProperties;
import org.aftercare.evidence.PurgeRefused;
import org.aftercare.evidence.items.EvidenceRows;
import org.aftercare.evidence.items.Keeper;
import org.aftercare.evidence.store.FileStore;
import org.aftercare.logistics.ShipmentSnapshot;
import org.aftercare.logistics.Shipments;
import org.aftercare.orders.OrderId;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.AuditLog;
import org.aftercare.tenancy.Role;
import org.aftercare.tenancy.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How long an order's evidence is kept, and its deletion. Evidence is kept {@code retentionDays} (a
 * shop's setting, at least 180) after the order's last activity — a file added, a case released, a
 * tracking scan, a buyer message — and never while a legal hold is on the order. Every deletion and
 * every refused deletion is written to the audit log.
 */
@Component
public class Retention {

    private static final Logger log = LoggerFactory.getLogger(Retention.class);
    static final String SYSTEM = "system:evidence-retention";

    private final EvidenceRows rows;
    private final FileStore store;
    private final Shipments shipments;
    private final Tickets tickets;
    private final AuditLog audit;
    private final Clock clock;
    private final EvidenceProperties properties;
    private final TransactionTemplate tx;
    private final Keeper keeper;

    Retention(EvidenceRows rows, FileStore store, Shipments shipments, Tickets tickets, AuditLog audit, Clock clock,
              EvidenceProperties properties, TransactionTemplate tx, Keeper keeper) {
        this.keeper = keeper;
        this.rows = rows;
        this.store = store;
        this.shipments = shipments;
        this.tickets = tickets;
        this.audit = audit;
        this.clock = clock;
        this.properties = properties;
        this.tx = tx;
    }

    public int days(TenantId tenant, UUID shop) {
        return rows.retentionDays(tenant, shop).orElse(properties.retentionDays());
    }

    public void setDays(Actor actor, UUID shop, int days) {
        if (days < properties.minRetentionDays()) {
            throw new IllegalArgumentException("retentionDays: at least " + properties.minRetentionDays()
                    + " days after the order's last activity (" + days + " given)");
        }
        rows.setRetention(actor.tenant(), shop, days, clock.instant(), actor.name());
        audit.record(actor, "evidence.retention", shop.toString(), days + " days");
    }

    /** When the order's evidence may go: its latest known activity plus the shop's retention. */
    public Instant keptUntil(TenantId tenant, OrderId order) {
        EvidenceRows.OrderActivity activity = rows.activity(tenant, order)
                .orElseThrow(() -> new IllegalStateException("no evidence recorded for order " + order));
        Instant last = lastActivity(tenant, order, activity.lastActivityAt());
        return last.plus(days(tenant, activity.shop()), ChronoUnit.DAYS);
    }

    /**
     * Deletes one item on a user's request.
     *
     * @throws PurgeRefused under hold or inside retention; the refusal is audited
     */
    public void purge(Actor actor, EvidenceItem item) {
        if (item.order() == null) {
            refuse(actor, item, item.fileName() + " belongs to a shop-level case and is kept with the case");
        }
        List<String> holders = rows.holders(actor.tenant(), item.order());
        if (!holders.isEmpty()) {
            refuse(actor, item, item.fileName() + " is under legal hold by " + String.join(", ", holders)
                    + " and cannot be deleted until every hold is released");
        }
        Instant until = keptUntil(actor.tenant(), item.order());
        if (clock.instant().isBefore(until)) {
            refuse(actor, item, item.fileName() + " is kept until " + until.truncatedTo(ChronoUnit.SECONDS) + " ("
                    + days(actor.tenant(), rows.activity(actor.tenant(), item.order()).orElseThrow().shop())
                    + " days after the order's last activity) and cannot be deleted before");
        }
        delete(actor.tenant(), actor.name(), item, "on request");
    }

    private void refuse(Actor actor, EvidenceItem item, String reason) {
        audit.record(actor, "evidence.purge-refused", item.id().toString(), reason);
        throw new PurgeRefused(reason);
    }

    /**
     * The purge job: deletes the evidence of orders past retention and not held, up to the batch size.
     * @return the number of files deleted
     */
    public int purgeExpired() {
        Instant now = clock.instant();
        int deleted = 0;
        for (EvidenceRows.ExpiredOrder expired : rows.expired(now, properties.retentionDays(), properties.purgeBatch())) {
            Instant last = lastActivity(expired.tenant(), expired.order(), expired.lastActivityAt());
            if (last.isAfter(expired.lastActivityAt())) {
                rows.touchOrder(expired.tenant(), expired.order(), expired.shop(), last);
            }
            if (!now.isBefore(last.plus(expired.retentionDays(), ChronoUnit.DAYS))) {
                for (EvidenceItem item : rows.ofOrder(expired.tenant(), expired.order())) {
                    if (rows.holders(expired.tenant(), expired.order()).isEmpty()) {
                        delete(expired.tenant(), SYSTEM, item, "retention of " + expired.retentionDays() + " days passed");
                        deleted++;
                    }
                }
            }
        }
        keeper.forgetAbandoned(now.minus(properties.tempMaxAge()), properties.purgeBatch());
        try {
            store.cleanTemp(properties.tempMaxAge().toMillis());
        }
        catch (IOException e) {
            log.warn("Temporary evidence uploads could not be cleaned: {}", e.getMessage());
        }
        return deleted;
    }

    private void delete(TenantId tenant, String actor, EvidenceItem item, String why) {
        tx.executeWithoutResult(status -> {
            rows.lockContent(item.sha256());
            boolean stillUsed = rows.delete(tenant, item.id(), item.sha256());
            if (!stillUsed) {
                try {
                    store.delete(item.sha256());
                }
                catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            audit.record(tenant, actor, "evidence.purged", item.id().toString(),
                    "order " + item.order() + ", " + item.kind() + " " + item.fileName() + ", sha256 " + item.sha256() + ": " + why,
                    null);
        });
    }

    /** The latest of what the archive recorded, the order's last tracking scan and its last buyer conversation message. */
    private Instant lastActivity(TenantId tenant, OrderId order, Instant recorded) {
        Instant last = recorded;
        for (ShipmentSnapshot shipment : shipments.ofOrder(tenant, order)) {
            if (shipment.lastEventAt() != null && shipment.lastEventAt().isAfter(last)) {
                last = shipment.lastEventAt();
            }
        }
        Actor system = new Actor(SYSTEM, null, tenant, Role.MANAGER, Set.of());
        for (TicketDetail ticket : tickets.ofOrder(system, order)) {
            for (TicketDetail.Message message : ticket.messages()) {
                if (message.at() != null && message.at().isAfter(last)) {
                    last = message.at();
                }
            }
        }
        return last;
    }
}
