package org.aftercare.orders;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.Role;
import org.aftercare.tenancy.Shop;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.TenantId;
import org.aftercare.tenancy.Tenants;

/** A fresh tenant with one shop, as the tests of this module need it: its actors and API tokens. */
public record Seller(TenantId tenant, Shop shop, Tenants tenants, Shops shops) {

    public static Seller inMarket(String market, Tenants tenants, Shops shops) {
        String name = "Seller " + UUID.randomUUID();
        TenantId tenant = tenants.createTenant(name, "SELLER", null);
        String zone = switch (market) {
            case "DE" -> "Europe/Berlin";
            case "US" -> "America/New_York";
            case "SG" -> "Asia/Singapore";
            default -> "Europe/London";
        };
        String currency = switch (market) {
            case "DE" -> "EUR";
            case "US" -> "USD";
            case "SG" -> "SGD";
            default -> "GBP";
        };
        Shop shop = shops.create(tenant, new Shops.NewShop(market + " store", "tt-" + UUID.randomUUID(), market,
                currency, zone, List.of("en"), null));
        return new Seller(tenant, shop, tenants, shops);
    }

    public Shop anotherShop(String market, String currency, String zone) {
        return shops.create(tenant, new Shops.NewShop(market + " store " + UUID.randomUUID(), null, market, currency,
                zone, List.of("en"), null));
    }

    public Actor actor(Role role) {
        return new Actor(role.name().toLowerCase() + "@seller.test", null, tenant, role, Set.of());
    }

    public Actor agentServing(String... markets) {
        return new Actor("agent@seller.test", null, tenant, Role.AGENT, Set.of(markets));
    }

    /** An {@code Authorization} header value for a new API token with this role. */
    public String bearer(Role role) {
        return "Bearer " + tenants.issueApiToken(tenant, "test-" + role, role, null);
    }
}
