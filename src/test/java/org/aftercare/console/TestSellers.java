package org.aftercare.console;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.aftercare.tenancy.Role;
import org.aftercare.tenancy.Shop;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.TenantId;
import org.aftercare.tenancy.Tenants;
import org.aftercare.tenancy.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Builds sellers for console tests: a tenant, its shops, users, and orders and shipments written
 * straight into their tables (the console only reads them). Names get a random suffix so tests
 * sharing one database never collide.
 */
public final class TestSellers {

    public static final String PASSWORD = "correct horse battery staple";

    private final Tenants tenants;
    private final Shops shops;
    private final JdbcClient jdbc;
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    public TestSellers(Tenants tenants, Shops shops, JdbcClient jdbc) {
        this.tenants = tenants;
        this.shops = shops;
        this.jdbc = jdbc;
        jdbc.sql("""
                insert into carrier (code, name, kind) values ('yunexpress', 'YunExpress', 'CROSS_BORDER')
                on conflict (code) do nothing
                """).update();
    }

    /** A name made unique for this test run: {@code "Lumen Home"} becomes {@code "Lumen Home 1a2b3c4d"}. */
    public String unique(String name) {
        return name + " " + suffix;
    }

    public TenantId seller(String name) {
        return tenants.createTenant(unique(name), "SELLER", null);
    }

    public Shop shop(TenantId tenant, String name, String market, String currency, String zone) {
        return shops.create(tenant, new Shops.NewShop(unique(name), null, market, currency, zone, List.of("en"), null));
    }

    /** A user who is OWNER of each given tenant; the e-mail is made unique and returned. */
    public String user(String email, String zone, TenantId... memberOf) {
        String unique = email.replace("@", "+" + suffix + "@");
        UserId user = tenants.createUser(unique, email, PASSWORD, "en");
        jdbc.sql("update app_user set time_zone = :zone where id = :id")
                .param("zone", zone).param("id", user.value()).update();
        for (TenantId tenant : memberOf) {
            tenants.grant(user, tenant, Role.OWNER, Set.of());
        }
        return unique;
    }

    public void ordersPlacedAt(Shop shop, Instant placedAt, int count) {
        for (int i = 0; i < count; i++) {
            jdbc.sql("""
                    insert into orders (id, tenant_id, shop_id, order_number, placed_at, currency, total_amount, source)
                    values (:id, :tenant, :shop, :number, :placedAt, :currency, 25.00, 'TEST')
                    """)
                    .param("id", UUID.randomUUID())
                    .param("tenant", shop.tenant().value())
                    .param("shop", shop.id().value())
                    .param("number", UUID.randomUUID().toString())
                    .param("placedAt", java.sql.Timestamp.from(placedAt))
                    .param("currency", shop.currency().getCurrencyCode())
                    .update();
        }
    }

    public void shipments(Shop shop, String status, int count) {
        shipments(shop, status, false, count);
    }

    public void returnedShipments(Shop shop, String status, int count) {
        shipments(shop, status, true, count);
    }

    private void shipments(Shop shop, String status, boolean returned, int count) {
        for (int i = 0; i < count; i++) {
            jdbc.sql("""
                    insert into shipment (id, tenant_id, shop_id, tracking_number, carrier_code, origin_country,
                                          destination_country, shipped_at, status, returned_at)
                    values (:id, :tenant, :shop, :tracking, 'yunexpress', 'CN', :market, now(), :status,
                            case when :returned then now() end)
                    """)
                    .param("id", UUID.randomUUID())
                    .param("tenant", shop.tenant().value())
                    .param("shop", shop.id().value())
                    .param("tracking", "YT" + UUID.randomUUID().toString().replace("-", "").substring(0, 16))
                    .param("market", shop.market())
                    .param("status", status)
                    .param("returned", returned)
                    .update();
        }
    }
}
