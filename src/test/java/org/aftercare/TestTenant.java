package org.aftercare;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.aftercare.tenancy.Role;
import org.aftercare.tenancy.Shop;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.TenantId;
import org.aftercare.tenancy.Tenants;
import org.aftercare.tenancy.UserId;

/**
 * A fresh tenant for one test: a shop in a market, an owner who can log in and an API token of a
 * chosen role. Names are unique so tests never see each other's data.
 */
public record TestTenant(TenantId id, Shop shop, UserId owner, String ownerEmail, String password, String token) {

    public static final String PASSWORD = "correct horse battery staple";

    public static TestTenant create(Tenants tenants, Shops shops, String market, Role tokenRole) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        TenantId tenant = tenants.createTenant("Test seller " + suffix, "SELLER", null);
        Shop shop = shops.create(tenant, new Shops.NewShop("Shop " + market + " " + suffix, null, market,
                currency(market), zone(market), List.of(language(market), "en"), null));
        String email = "owner-" + suffix + "@test.aftercare";
        UserId owner = tenants.createUser(email, "Owner " + suffix, PASSWORD, "en");
        tenants.grant(owner, tenant, Role.OWNER, Set.of());
        String token = tenants.issueApiToken(tenant, "test", tokenRole, owner);
        return new TestTenant(tenant, shop, owner, email, PASSWORD, token);
    }

    public String bearer() {
        return "Bearer " + token;
    }

    private static String currency(String market) {
        return switch (market) {
            case "US" -> "USD";
            case "GB" -> "GBP";
            case "MY" -> "MYR";
            default -> "EUR";
        };
    }

    private static String zone(String market) {
        return switch (market) {
            case "US" -> "America/New_York";
            case "GB" -> "Europe/London";
            case "DE" -> "Europe/Berlin";
            case "FR" -> "Europe/Paris";
            case "IT" -> "Europe/Rome";
            case "ES" -> "Europe/Madrid";
            case "MY" -> "Asia/Kuala_Lumpur";
            default -> "UTC";
        };
    }

    private static String language(String market) {
        return switch (market) {
            case "DE" -> "de";
            case "FR" -> "fr";
            case "IT" -> "it";
            case "ES" -> "es";
            case "MY" -> "ms";
            default -> "en";
        };
    }
}
