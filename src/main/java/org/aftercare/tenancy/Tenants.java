package org.aftercare.tenancy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tenants, users, memberships and API tokens. Passwords are stored as Argon2 hashes, API tokens
 * as their SHA-256 (a token is 256 random bits, so a fast hash is enough and lookup stays O(1)).
 */
@Service
public class Tenants {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final AuditLog audit;

    Tenants(JdbcClient jdbc, PasswordEncoder passwords, AuditLog audit) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.audit = audit;
    }

    @Transactional
    public TenantId createTenant(String name, String kind, String agency) {
        TenantId id = new TenantId(UUID.randomUUID());
        jdbc.sql("insert into tenant (id, name, kind, agency) values (:id, :name, :kind, :agency)")
                .param("id", id.value()).param("name", name).param("kind", kind).param("agency", agency)
                .update();
        return id;
    }

    public Optional<TenantId> findTenantByName(String name) {
        return jdbc.sql("select id from tenant where name = :name")
                .param("name", name)
                .query((rs, row) -> new TenantId(rs.getObject("id", UUID.class)))
                .optional();
    }

    public String tenantName(TenantId tenant) {
        return jdbc.sql("select name from tenant where id = :id").param("id", tenant.value())
                .query(String.class).single();
    }

    @Transactional
    public UserId createUser(String email, String displayName, String rawPassword, String locale) {
        UserId id = new UserId(UUID.randomUUID());
        jdbc.sql("""
                insert into app_user (id, email, display_name, password_hash, locale)
                values (:id, :email, :name, :hash, :locale)
                """)
                .param("id", id.value()).param("email", email.trim()).param("name", displayName)
                .param("hash", passwords.encode(rawPassword)).param("locale", locale)
                .update();
        return id;
    }

    public Optional<UserId> findUser(String email) {
        return jdbc.sql("select id from app_user where lower(email) = lower(:email)")
                .param("email", email.trim())
                .query((rs, row) -> new UserId(rs.getObject("id", UUID.class)))
                .optional();
    }

    /** Sets a user's password, e.g. the demo admin's from AFTERCARE_DEMO_PASSWORD at start-up. */
    @Transactional
    public void setPassword(UserId user, String rawPassword) {
        jdbc.sql("update app_user set password_hash = :hash where id = :id")
                .param("hash", passwords.encode(rawPassword)).param("id", user.value())
                .update();
    }

    @Transactional
    public void grant(UserId user, TenantId tenant, Role role, Set<String> markets) {
        jdbc.sql("""
                insert into membership (user_id, tenant_id, role, markets)
                values (:user, :tenant, :role, string_to_array(:markets, ','))
                on conflict (user_id, tenant_id) do update set role = excluded.role, markets = excluded.markets
                """)
                .param("user", user.value()).param("tenant", tenant.value()).param("role", role.name())
                .param("markets", markets == null || markets.isEmpty() ? null : String.join(",", markets))
                .update();
        audit.record(tenant, "system", "membership.granted", user.toString(), role + " " + markets, null);
    }

    public List<Membership> memberships(UserId user) {
        return jdbc.sql("""
                select m.user_id, m.tenant_id, t.name as tenant_name, m.role, m.markets
                  from membership m join tenant t on t.id = m.tenant_id
                 where m.user_id = :user
                 order by t.name
                """)
                .param("user", user.value())
                .query(Tenants::membership)
                .list();
    }

    /** Issues a new random API token; the raw token is returned once and never stored. */
    @Transactional
    public String issueApiToken(TenantId tenant, String name, Role role, UserId createdBy) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = "ac_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        registerApiToken(tenant, name, role, token, createdBy);
        return token;
    }

    /** Registers a token chosen by the operator (AFTERCARE_DEMO_API_TOKEN); idempotent. */
    @Transactional
    public void registerApiToken(TenantId tenant, String name, Role role, String token, UserId createdBy) {
        jdbc.sql("""
                insert into api_token (id, tenant_id, name, token_hash, token_prefix, role, created_by)
                values (:id, :tenant, :name, :hash, :prefix, :role, :by)
                on conflict (token_hash) do nothing
                """)
                .param("id", UUID.randomUUID()).param("tenant", tenant.value()).param("name", name)
                .param("hash", sha256(token)).param("prefix", token.substring(0, Math.min(8, token.length())))
                .param("role", role.name()).param("by", createdBy == null ? null : createdBy.value())
                .update();
        audit.record(tenant, createdBy == null ? "system" : createdBy.toString(), "api-token.issued", name, role.name(), null);
    }

    /** The actor a bearer token stands for, if it is known and not revoked. */
    public Optional<Actor> actorForToken(String token) {
        String hash = sha256(token);
        Optional<TokenUse> use = jdbc.sql("""
                select tenant_id, name, role, coalesce(last_used_at < now() - interval '5 minutes', true) as stale
                  from api_token
                 where token_hash = :hash and revoked_at is null
                """)
                .param("hash", hash)
                .query((rs, row) -> new TokenUse(new Actor("token:" + rs.getString("name"), null,
                        new TenantId(rs.getObject("tenant_id", UUID.class)), Role.valueOf(rs.getString("role")), Set.of()),
                        rs.getBoolean("stale")))
                .optional();
        // Recorded at most every few minutes: every API call writing the same row would make
        // concurrent calls with one token wait on each other's row lock.
        use.filter(TokenUse::stale).ifPresent(u -> jdbc.sql("update api_token set last_used_at = now() where token_hash = :hash")
                .param("hash", hash).update());
        return use.map(TokenUse::actor);
    }

    private record TokenUse(Actor actor, boolean stale) {
    }

    /** The members of a tenant with their roles and markets. */
    public List<Member> members(TenantId tenant) {
        return jdbc.sql("""
                select u.id, u.email, u.display_name, u.locale, m.role, m.markets
                  from membership m join app_user u on u.id = m.user_id
                 where m.tenant_id = :tenant
                 order by u.email
                """)
                .param("tenant", tenant.value())
                .query((rs, row) -> new Member(new UserId(rs.getObject("id", UUID.class)), rs.getString("email"),
                        rs.getString("display_name"), Role.valueOf(rs.getString("role")), markets(rs.getArray("markets")),
                        rs.getString("locale")))
                .list();
    }

    /** A member as others see them; {@code locale} is the language they read the console and notices in. */
    public record Member(UserId user, String email, String displayName, Role role, Set<String> markets, String locale) {
    }

    /** Removes a user from a tenant; returns false when they were not a member. */
    @Transactional
    public boolean revoke(UserId user, TenantId tenant) {
        return jdbc.sql("delete from membership where user_id = :user and tenant_id = :tenant")
                .param("user", user.value()).param("tenant", tenant.value()).update() == 1;
    }

    /** Revokes an API token of the tenant; returns false when there is no such live token. */
    @Transactional
    public boolean revokeApiToken(TenantId tenant, String name) {
        return jdbc.sql("update api_token set revoked_at = now() where tenant_id = :tenant and name = :name and revoked_at is null")
                .param("tenant", tenant.value()).param("name", name).update() > 0;
    }

    static String sha256(String token) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Membership membership(ResultSet rs, int row) throws SQLException {
        return new Membership(
                new UserId(rs.getObject("user_id", UUID.class)),
                new TenantId(rs.getObject("tenant_id", UUID.class)),
                rs.getString("tenant_name"),
                Role.valueOf(rs.getString("role")),
                markets(rs.getArray("markets")));
    }

    private static Set<String> markets(Array markets) throws SQLException {
        return markets == null ? Set.of() : Set.copyOf(Arrays.asList((String[]) markets.getArray()));
    }
}
