package org.aftercare.outreach.templates;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.aftercare.outreach.Scenario;
import org.aftercare.outreach.TemplateText;
import org.aftercare.outreach.TemplateVersion;
import org.aftercare.tenancy.ShopId;
import org.aftercare.tenancy.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A shop's notice templates, every saved version kept; the highest version is the one in force. */
@Repository
public class TemplateStore {

    private static final TypeReference<LinkedHashMap<String, TemplateText>> TEXTS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    TemplateStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<TemplateVersion> current(TenantId tenant, ShopId shop, Scenario scenario) {
        return jdbc.sql("""
                select * from notice_template_version
                 where tenant_id = :tenant and shop_id = :shop and scenario = :scenario
                 order by version desc
                 limit 1
                """)
                .param("tenant", tenant.value()).param("shop", shop.value()).param("scenario", scenario.name())
                .query(this::map).optional();
    }

    public List<TemplateVersion> versions(TenantId tenant, ShopId shop, Scenario scenario) {
        return jdbc.sql("""
                select * from notice_template_version
                 where tenant_id = :tenant and shop_id = :shop and scenario = :scenario
                 order by version desc
                """)
                .param("tenant", tenant.value()).param("shop", shop.value()).param("scenario", scenario.name())
                .query(this::map).list();
    }

    /** Saves the next version; two people saving at once make one of them fail on the primary key. */
    public TemplateVersion save(TenantId tenant, ShopId shop, Scenario scenario, Map<String, TemplateText> texts,
                                String by, Instant at) {
        return jdbc.sql("""
                insert into notice_template_version (tenant_id, shop_id, scenario, version, texts, saved_by, saved_at)
                select :tenant, :shop, :scenario, coalesce(max(version), 0) + 1, cast(:texts as jsonb), :by, :at
                  from notice_template_version
                 where shop_id = :shop and scenario = :scenario
                returning *
                """)
                .param("tenant", tenant.value()).param("shop", shop.value()).param("scenario", scenario.name())
                .param("texts", json.writeValueAsString(texts)).param("by", by).param("at", Timestamp.from(at))
                .query(this::map).single();
    }

    private TemplateVersion map(ResultSet rs, int row) throws SQLException {
        return new TemplateVersion(Scenario.valueOf(rs.getString("scenario")), rs.getInt("version"),
                json.readValue(rs.getString("texts"), TEXTS), rs.getString("saved_by"),
                rs.getTimestamp("saved_at").toInstant());
    }
}
