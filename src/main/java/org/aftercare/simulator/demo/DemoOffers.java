package org.aftercare.simulator.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.aftercare.orders.OrderId;
import org.aftercare.remedies.Offer;
import org.aftercare.remedies.OfferRequest;
import org.aftercare.remedies.OfferState;
import org.aftercare.remedies.Offers;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.Role;
import org.aftercare.tenancy.TenantId;
import org.aftercare.tenancy.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Offers for the demo's late and lost parcels, proposed by the policy's tiers as an agent would,
 * and every second one granted by the owner — so the offer queue, its approvals and the cost ledger
 * have something to show from the first start. Alerts raised afterwards add their own offers.
 */
@Component
class DemoOffers {

    /** How many late orders get an offer. */
    static final int OFFERS = 40;

    private final Offers offers;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate eachOffer;

    DemoOffers(Offers offers, JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.offers = offers;
        this.jdbc = jdbc;
        this.clock = clock;
        // an order no tier applies to rolls back to its savepoint, not the whole demo
        this.eachOffer = new TransactionTemplate(transactions);
        this.eachOffer.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** Returns how many offers were granted. */
    int populate(TenantId tenant, UserId owner, String ownerName, long seed) {
        Actor actor = new Actor(ownerName, owner, tenant, Role.OWNER, Set.of());
        List<UUID> late = jdbc.sql("""
                select distinct on (s.order_id) s.order_id
                  from shipment s
                 where s.tenant_id = :tenant and s.order_id is not null and s.promised_by is not null
                   and (s.sub_status = 'Lost'
                        or coalesce(s.delivered_at, :now) > (s.promised_by + 3)::timestamptz)
                 order by s.order_id, md5(s.id::text || :seed)
                 limit :limit
                """)
                .param("tenant", tenant.value()).param("now", Timestamp.from(clock.instant()))
                .param("seed", Long.toString(seed)).param("limit", OFFERS)
                .query(UUID.class).list();
        int granted = 0;
        for (int i = 0; i < late.size(); i++) {
            OrderId order = new OrderId(late.get(i));
            boolean grant = i % 2 == 0;
            try {
                Boolean done = eachOffer.execute(tx -> {
                    Offer offer = offers.propose(actor, order, OfferRequest.BY_POLICY);
                    return grant && offers.grant(actor, offer.id(), null).state() == OfferState.GRANTED;
                });
                granted += Boolean.TRUE.equals(done) ? 1 : 0;
            }
            catch (IllegalArgumentException noTier) {
                // not late enough by the tiers once the ETA is counted: the demo simply has one offer fewer
            }
        }
        return granted;
    }
}
