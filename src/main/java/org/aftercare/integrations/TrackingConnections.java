package org.aftercare.integrations;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.aftercare.tenancy.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A tenant's connections to tracking aggregators: each has its own webhook URL
 * ({@code /hooks/<provider>/<id>}) and the secret that verifies the provider's signature.
 */
@Service
public class TrackingConnections {

    public static final List<String> PROVIDERS = List.of("17track", "aftership");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    TrackingConnections(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Connection(String id, TenantId tenant, String provider, String name, String secret) {

        public String webhookPath() {
            return "/hooks/" + provider + "/" + id;
        }
    }

    /**
     * Creates a connection, or updates the secret of the one with that id in the same tenant (so an
     * operator can pin the demo's connection and secret through the environment).
     */
    @Transactional
    public Connection save(TenantId tenant, String id, String provider, String name, String secret) {
        if (!PROVIDERS.contains(provider)) {
            throw new IllegalArgumentException("provider: one of " + PROVIDERS);
        }
        if (secret == null || secret.length() < 8) {
            throw new IllegalArgumentException("secret: at least 8 characters (the provider's key or webhook secret)");
        }
        String connection = id == null ? provider + "-" + HexFormat.of().formatHex(randomBytes()) : id;
        int written = jdbc.sql("""
                insert into tracking_connection (id, tenant_id, provider, name, secret)
                values (:id, :tenant, :provider, :name, :secret)
                on conflict (id) do update set secret = excluded.secret, name = excluded.name
                 where tracking_connection.tenant_id = excluded.tenant_id
                   and tracking_connection.provider = excluded.provider
                """)
                .param("id", connection).param("tenant", tenant.value()).param("provider", provider)
                .param("name", name).param("secret", secret)
                .update();
        if (written == 0) {
            throw new IllegalArgumentException("id: connection " + connection + " belongs to another tenant or provider");
        }
        return new Connection(connection, tenant, provider, name, secret);
    }

    /** The connection a webhook URL names, if it exists, is enabled and is for that provider. */
    public Optional<Connection> forWebhook(String provider, String id) {
        return jdbc.sql("""
                select id, tenant_id, provider, name, secret from tracking_connection
                 where id = :id and provider = :provider and disabled_at is null
                """)
                .param("id", id).param("provider", provider)
                .query((rs, row) -> new Connection(rs.getString("id"), new TenantId(rs.getObject("tenant_id", UUID.class)),
                        rs.getString("provider"), rs.getString("name"), rs.getString("secret")))
                .optional();
    }

    public List<Connection> of(TenantId tenant) {
        return jdbc.sql("""
                select id, tenant_id, provider, name, secret from tracking_connection
                 where tenant_id = :t and disabled_at is null order by name
                """)
                .param("t", tenant.value())
                .query((rs, row) -> new Connection(rs.getString("id"), tenant, rs.getString("provider"),
                        rs.getString("name"), rs.getString("secret")))
                .list();
    }

    /** Disables a connection of the tenant: its webhook URL answers 404 from then on. */
    @Transactional
    public boolean disable(TenantId tenant, String id) {
        return jdbc.sql("update tracking_connection set disabled_at = now() where tenant_id = :t and id = :id and disabled_at is null")
                .param("t", tenant.value()).param("id", id).update() == 1;
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
