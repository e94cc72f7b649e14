package org.aftercare.tenancy;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The shops of a tenant. Every read takes the tenant; a shop of another tenant is never found. */
@Service
public class Shops {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Shops(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** What a new shop needs; the id is assigned here. */
    public record NewShop(String name, String platformShopId, String market, String currency, String zone,
                          List<String> buyerLanguages, String businessHours) {
    }

    @Transactional
    public Shop create(TenantId tenant, NewShop shop) {
        Currency currency = Currency.getInstance(shop.currency());
        ZoneId zone = ZoneId.of(shop.zone());
        ShopId id = new ShopId(UUID.randomUUID());
        jdbc.sql("""
                insert into shop (id, tenant_id, platform_shop_id, name, market, currency, time_zone,
                                  buyer_languages, business_hours)
                values (:id, :tenant, :platformShopId, :name, :market, :currency, :zone,
                        string_to_array(:languages, ','), :hours)
                """)
                .param("id", id.value())
                .param("tenant", tenant.value())
                .param("platformShopId", shop.platformShopId())
                .param("name", shop.name())
                .param("market", shop.market())
                .param("currency", currency.getCurrencyCode())
                .param("zone", zone.getId())
                .param("languages", String.join(",", shop.buyerLanguages()))
                .param("hours", shop.businessHours() == null ? "Mon-Fri 09:00-18:00" : shop.businessHours())
                .update();
        events.publishEvent(new ShopCreated(id, tenant, shop.market()));
        return new Shop(id, tenant, shop.name(), shop.platformShopId(), shop.market(), currency, zone,
                List.copyOf(shop.buyerLanguages()), shop.businessHours());
    }

    public List<Shop> of(TenantId tenant) {
        return jdbc.sql("select * from shop where tenant_id = :tenant order by market, name")
                .param("tenant", tenant.value())
                .query(Shops::map)
                .list();
    }

    public Optional<Shop> find(TenantId tenant, ShopId shop) {
        return jdbc.sql("select * from shop where tenant_id = :tenant and id = :id")
                .param("tenant", tenant.value())
                .param("id", shop.value())
                .query(Shops::map)
                .optional();
    }

    /**
     * A shop found by its id alone, for public pages a buyer reaches by the shop's unguessable id
     * (the return policy). Everything else reads shops within a tenant.
     */
    public Optional<Shop> findForPublicPage(ShopId shop) {
        return jdbc.sql("select * from shop where id = :id")
                .param("id", shop.value())
                .query(Shops::map)
                .optional();
    }

    public Optional<Shop> findByName(TenantId tenant, String name) {
        return jdbc.sql("select * from shop where tenant_id = :tenant and name = :name")
                .param("tenant", tenant.value())
                .param("name", name)
                .query(Shops::map)
                .optional();
    }

    private static Shop map(ResultSet rs, int row) throws SQLException {
        return new Shop(
                new ShopId(rs.getObject("id", UUID.class)),
                new TenantId(rs.getObject("tenant_id", UUID.class)),
                rs.getString("name"),
                rs.getString("platform_shop_id"),
                rs.getString("market"),
                Currency.getInstance(rs.getString("currency")),
                ZoneId.of(rs.getString("time_zone")),
                languages(rs.getArray("buyer_languages")),
                rs.getString("business_hours"));
    }

    private static List<String> languages(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
