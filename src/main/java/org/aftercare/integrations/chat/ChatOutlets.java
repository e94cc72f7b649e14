package org.aftercare.integrations.chat;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.aftercare.shared.NotFound;
import org.aftercare.tenancy.ShopId;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.TenantId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The shops' chat outlets, one per shop. */
@Repository
class ChatOutlets {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Shops shops;

    ChatOutlets(JdbcClient jdbc, Clock clock, Shops shops) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.shops = shops;
    }

    List<ChatOutlet> of(TenantId tenant) {
        return jdbc.sql("select * from chat_outlet where tenant_id = :tenant order by created_at")
                .param("tenant", tenant.value()).query(ChatOutlets::map).list();
    }

    ChatOutlet get(TenantId tenant, UUID id) {
        return jdbc.sql("select * from chat_outlet where tenant_id = :tenant and id = :id")
                .param("tenant", tenant.value()).param("id", id).query(ChatOutlets::map).optional()
                .orElseThrow(() -> new NotFound("Chat outlet", id));
    }

    Optional<ChatOutlet> ofShop(TenantId tenant, ShopId shop) {
        return jdbc.sql("select * from chat_outlet where tenant_id = :tenant and shop_id = :shop")
                .param("tenant", tenant.value()).param("shop", shop.value()).query(ChatOutlets::map).optional();
    }

    @Transactional
    ChatOutlet create(TenantId tenant, ChatOutletForm form) {
        var valid = form.validated();
        if (shops.find(tenant, new ShopId(valid.shop())).isEmpty()) {
            throw new IllegalArgumentException("shop: no shop " + valid.shop() + " in this tenant");
        }
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("""
                    insert into chat_outlet (id, tenant_id, shop_id, url, secret_variable, enabled, created_at, updated_at)
                    values (:id, :tenant, :shop, :url, :variable, :enabled, :now, :now)
                    """)
                    .param("id", id).param("tenant", tenant.value()).param("shop", valid.shop())
                    .param("url", valid.url().toString()).param("variable", valid.secretVariable())
                    .param("enabled", valid.enabled()).param("now", Timestamp.from(clock.instant()))
                    .update();
        }
        catch (DuplicateKeyException e) {
            throw new IllegalArgumentException("shop: already has a chat outlet; change that one instead");
        }
        return get(tenant, id);
    }

    @Transactional
    ChatOutlet update(TenantId tenant, UUID id, ChatOutletForm form) {
        ChatOutlet before = get(tenant, id);
        var valid = form.validated();
        if (!valid.shop().equals(before.shop().value())) {
            throw new IllegalArgumentException("shop: an outlet stays with its shop");
        }
        jdbc.sql("""
                update chat_outlet set url = :url, secret_variable = :variable, enabled = :enabled, updated_at = :now
                 where tenant_id = :tenant and id = :id
                """)
                .param("url", valid.url().toString()).param("variable", valid.secretVariable())
                .param("enabled", valid.enabled()).param("now", Timestamp.from(clock.instant()))
                .param("tenant", tenant.value()).param("id", id)
                .update();
        return get(tenant, id);
    }

    @Transactional
    void disable(TenantId tenant, UUID id) {
        get(tenant, id);
        jdbc.sql("update chat_outlet set enabled = false, updated_at = :now where tenant_id = :tenant and id = :id")
                .param("now", Timestamp.from(clock.instant())).param("tenant", tenant.value()).param("id", id).update();
    }

    private static ChatOutlet map(ResultSet rs, int row) throws SQLException {
        return new ChatOutlet(rs.getObject("id", UUID.class), new TenantId(rs.getObject("tenant_id", UUID.class)),
                new ShopId(rs.getObject("shop_id", UUID.class)), URI.create(rs.getString("url")),
                rs.getString("secret_variable"), rs.getBoolean("enabled"));
    }
}
