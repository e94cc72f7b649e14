package org.aftercare.desk.knowledge;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.aftercare.desk.Intent;
import org.aftercare.desk.KnowledgeArticle;
import org.aftercare.desk.knowledge.ShippedArticles.ShippedArticle;
import org.aftercare.tenancy.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tenant's knowledge-base articles. */
@Repository
public class Articles {

    private static final String SHIPPED_BY = "Aftercare";

    private final JdbcClient jdbc;
    /** Tenants this instance has already given the shipped articles; seeding again would change nothing. */
    private final Set<TenantId> seeded = ConcurrentHashMap.newKeySet();

    Articles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Copies in each shipped article the tenant does not have yet, once per tenant and instance. */
    public void seed(TenantId tenant, List<ShippedArticle> shipped) {
        if (seeded.contains(tenant)) {
            return;
        }
        for (ShippedArticle article : shipped) {
            jdbc.sql("""
                    insert into kb_article (id, tenant_id, intent, language, title, body, default_key, updated_by, updated_at)
                    values (:id, :tenant, :intent, :language, :title, :body, :key, :by, now())
                    on conflict (tenant_id, default_key, language) where default_key is not null do nothing
                    """)
                    .param("id", UUID.randomUUID())
                    .param("tenant", tenant.value())
                    .param("intent", article.intent().name())
                    .param("language", article.language())
                    .param("title", article.title())
                    .param("body", article.body())
                    .param("key", article.key())
                    .param("by", SHIPPED_BY)
                    .update();
        }
        seeded.add(tenant);
    }

    /** Articles by intent and language; a null filter matches all. Ordered as the categories are listed. */
    public List<KnowledgeArticle> of(TenantId tenant, Intent intent, String language) {
        return jdbc.sql("""
                select *
                  from kb_article
                 where tenant_id = :tenant
                   and (cast(:intent as text) is null or intent = :intent)
                   and (cast(:language as text) is null or language = :language)
                 order by intent, language, title
                """)
                .param("tenant", tenant.value())
                .param("intent", intent == null ? null : intent.name())
                .param("language", language)
                .query(Articles::map)
                .list();
    }

    public Optional<KnowledgeArticle> find(TenantId tenant, UUID id) {
        return jdbc.sql("select * from kb_article where tenant_id = :tenant and id = :id")
                .param("tenant", tenant.value())
                .param("id", id)
                .query(Articles::map)
                .optional();
    }

    public KnowledgeArticle insert(TenantId tenant, Intent intent, String language, String title, String body,
                                   String by, Instant at) {
        return jdbc.sql("""
                insert into kb_article (id, tenant_id, intent, language, title, body, updated_by, updated_at)
                values (:id, :tenant, :intent, :language, :title, :body, :by, :at)
                returning *
                """)
                .param("id", UUID.randomUUID())
                .param("tenant", tenant.value())
                .param("intent", intent.name())
                .param("language", language)
                .param("title", title)
                .param("body", body)
                .param("by", by)
                .param("at", Timestamp.from(at))
                .query(Articles::map)
                .single();
    }

    public Optional<KnowledgeArticle> update(TenantId tenant, UUID id, Intent intent, String language, String title,
                                             String body, String by, Instant at) {
        return jdbc.sql("""
                update kb_article
                   set intent = :intent, language = :language, title = :title, body = :body,
                       -- moved to another language it is no longer the shipped article of its old one
                       default_key = case when language = :language then default_key end,
                       updated_by = :by, updated_at = :at
                 where tenant_id = :tenant and id = :id
                returning *
                """)
                .param("tenant", tenant.value())
                .param("id", id)
                .param("intent", intent.name())
                .param("language", language)
                .param("title", title)
                .param("body", body)
                .param("by", by)
                .param("at", Timestamp.from(at))
                .query(Articles::map)
                .optional();
    }

    private static KnowledgeArticle map(ResultSet rs, int row) throws SQLException {
        return new KnowledgeArticle(rs.getObject("id", UUID.class), Intent.valueOf(rs.getString("intent")),
                rs.getString("language"), rs.getString("title"), rs.getString("body"), rs.getString("default_key") != null,
                rs.getString("updated_by"), rs.getTimestamp("updated_at").toInstant());
    }
}
