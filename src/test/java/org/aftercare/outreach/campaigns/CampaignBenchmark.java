package org.aftercare.outreach.campaigns;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;

import org.aftercare.TestTenant;
import org.aftercare.outreach.DelayReason;
import org.aftercare.shared.Money;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.Role;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.Tenants;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An incident campaign over 100,000 affected orders (one buyer each, six languages, five zones,
 * e-mail through the shop's mailbox): times the preview and the send — every notice rendered in
 * the buyer's language and queued into the outbox. Run with {@code bench/campaign.sh}.
 */
@Tag("bench")
@SpringBootTest(properties = "logging.level.root=WARN")
class CampaignBenchmark {

    static final int ORDERS = Integer.getInteger("bench.orders", 100_000);

    @Autowired Campaigns campaigns;
    @Autowired CampaignPacer pacer;
    @Autowired Tenants tenants;
    @Autowired Shops shops;
    @Autowired JdbcClient jdbc;

    @Test
    void renderAndQueueACampaign() {
        jdbc.sql("""
                insert into carrier (code, name, kind, tracking_url)
                values ('BENCHPOST', 'Bench Post', 'CROSS_BORDER', 'https://track.example/{trackingNumber}')
                on conflict do nothing
                """).update();
        TestTenant seller = TestTenant.create(tenants, shops, "DE", Role.OWNER);
        Actor owner = new Actor(seller.ownerEmail(), seller.owner(), seller.id(), Role.OWNER, Set.of());
        Instant now = Instant.now();
        generate(seller, now);

        Campaign campaign = campaigns.create(owner, new CampaignRequest("Bench: Leipzig hub closed", null,
                new ShipmentFilter("BENCHPOST", "CN", java.util.List.of("EU"), null, null, "Leipzig"),
                new AdjustedTimeline(DelayReason.CARRIER_NETWORK_CLOSURE, null, null, 5, null, Money.of("5.00", "EUR")),
                null));
        long t0 = System.nanoTime();
        CampaignPreview preview = campaigns.preview(owner, campaign.id());
        long t1 = System.nanoTime();
        Campaign sent = campaigns.send(owner, campaign.id());
        long t2 = System.nanoTime();
        Campaign again = campaigns.send(owner, campaign.id());
        long t3 = System.nanoTime();
        // As if the outbox had sent them all: the pacer's rounds grant the coupons in remedies.
        jdbc.sql("update notice set status = 'SENT', sent_at = now() where campaign_id = :id and status = 'QUEUED'")
                .param("id", campaign.id()).update();
        long t4 = System.nanoTime();
        int rounds = 0;
        while (jdbc.sql("select exists (select 1 from campaign_coupon where campaign_id = :id and granted_at is null)")
                .param("id", campaign.id()).query(Boolean.class).single()) {
            pacer.release();
            rounds++;
        }
        long t5 = System.nanoTime();
        int ledgerRows = jdbc.sql("select count(*) from remedy_ledger where tenant_id = :tenant")
                .param("tenant", seller.id().value()).query(Integer.class).single();
        int groups = jdbc.sql("""
                select count(distinct (language, subject)) from notice where campaign_id = :id
                """).param("id", campaign.id()).query(Integer.class).single();

        System.out.println("=== Incident campaign benchmark ===");
        System.out.printf(Locale.ROOT, "affected orders: %,d (buyers %,d), languages %d, sample notices %d%n",
                preview.orders(), preview.buyers(), preview.rows().size(), preview.samples().size());
        System.out.printf(Locale.ROOT, "preview (counts in one query + a sample per language): %,d ms%n", ms(t0, t1));
        System.out.printf(Locale.ROOT, "send: %,d notices rendered and queued in %,d ms (%,.0f notices/s); distinct subjects %d%n",
                sent.queued(), ms(t1, t2), sent.queued() * 1000.0 / Math.max(1, ms(t1, t2)), groups);
        System.out.printf(Locale.ROOT, "send again (rerun): %,d new notices in %,d ms, %,d buyers already told%n",
                again.queued() - sent.queued(), ms(t2, t3), again.alreadyTold());
        System.out.printf(Locale.ROOT, "coupons granted for %,d sent notices in %,d pacer rounds: %,d ms (%,d ledger rows)%n",
                sent.queued(), rounds, ms(t4, t5), ledgerRows);
        System.out.println("reproduce: bench/campaign.sh " + ORDERS);
    }

    private void generate(TestTenant seller, Instant now) {
        var p = new java.util.HashMap<String, Object>();
        p.put("tenant", seller.id().value());
        p.put("shop", seller.shop().id().value());
        p.put("n", ORDERS);
        p.put("now", Timestamp.from(now));
        p.put("shipped", Timestamp.from(now.minus(Duration.ofDays(6))));
        jdbc.sql("""
                insert into mailbox (id, tenant_id, shop_id, address, display_name, imap_host, imap_port, imap_security,
                                     imap_user, smtp_host, smtp_port, smtp_security, password_variable, created_at, updated_at)
                values (gen_random_uuid(), :tenant, :shop, 'service@bench.example', 'Bench', '127.0.0.1', 143, 'NONE',
                        'service@bench.example', '127.0.0.1', 25, 'NONE', 'BENCH_PASSWORD', :now, :now)
                """).params(p).update();
        jdbc.sql("""
                insert into buyer (id, tenant_id, shop_id, buyer_ref, name, email, country, language, time_zone)
                select gen_random_uuid(), :tenant, :shop, 'bench-' || n, 'Buyer' || n || ' Example',
                       'buyer' || n || '@bench.example',
                       (array['DE', 'FR', 'IT', 'ES', 'AT', 'NL'])[1 + n % 6],
                       (array['de', 'fr', 'it', 'es', 'zh', 'en'])[1 + n % 6],
                       (array['Europe/Berlin', 'Europe/Paris', 'Europe/Rome', 'Europe/Madrid', 'Europe/Vienna'])[1 + n % 5]
                  from generate_series(1, :n) n
                """).params(p).update();
        jdbc.sql("""
                insert into orders (id, tenant_id, shop_id, order_number, buyer_id, placed_at, currency, total_amount, source)
                select gen_random_uuid(), :tenant, :shop, 'BO-' || substr(b.buyer_ref, 7), b.id, :shipped, 'EUR', 19.90, 'API'
                  from buyer b where b.tenant_id = :tenant
                """).params(p).update();
        jdbc.sql("""
                insert into order_line (order_id, line_no, tenant_id, sku, title, unit_price, currency, quantity)
                select o.id, 1, :tenant, 'SKU-' || (length(o.order_number) % 7), 'Linen cushion cover', 19.90, 'EUR',
                       1 + (length(o.order_number) % 2)
                  from orders o where o.tenant_id = :tenant
                """).params(p).update();
        jdbc.sql("""
                insert into shipment (id, tenant_id, shop_id, order_id, tracking_number, carrier_code, origin_country,
                                      destination_country, shipped_at, promised_by, status, last_event_at, last_location)
                select gen_random_uuid(), :tenant, :shop, o.id, 'BP' || substr(o.order_number, 4), 'BENCHPOST', 'CN',
                       b.country, :shipped, (cast(:now as timestamptz))::date + (o.order_number ~ '[02468]$')::int + 3,
                       'InTransit', :now, 'Leipzig hub'
                  from orders o join buyer b on b.id = o.buyer_id where o.tenant_id = :tenant
                """).params(p).update();
        jdbc.sql("analyze").update();
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }
}
