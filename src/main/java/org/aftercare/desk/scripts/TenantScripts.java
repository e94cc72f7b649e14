package org.aftercare.desk.scripts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.aftercare.desk.CustomScript;
import org.aftercare.desk.Intent;
import org.aftercare.tenancy.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A tenant's scripts, every saved version kept; the highest version of an id is the one in force. */
@Repository
public class TenantScripts {

    private static final TypeReference<LinkedHashMap<String, String>> TEXTS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    TenantScripts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The version in force of each of the tenant's scripts. */
    public List<CustomScript> current(TenantId tenant) {
        return jdbc.sql("""
                select distinct on (script_id) *
                  from desk_script_version
                 where tenant_id = :tenant
                 order by script_id, version desc
                """)
                .param("tenant", tenant.value())
                .query(this::map)
                .list();
    }

    public Optional<CustomScript> current(TenantId tenant, String id) {
        return jdbc.sql("""
                select *
                  from desk_script_version
                 where tenant_id = :tenant and script_id = :id
                 order by version desc
                 limit 1
                """)
                .param("tenant", tenant.value())
                .param("id", id)
                .query(this::map)
                .optional();
    }

    public List<CustomScript> versions(TenantId tenant, String id) {
        return jdbc.sql("""
                select *
                  from desk_script_version
                 where tenant_id = :tenant and script_id = :id
                 order by version desc
                """)
                .param("tenant", tenant.value())
                .param("id", id)
                .query(this::map)
                .list();
    }

    /** Saves the next version; two managers saving at once make one of them fail on the primary key. */
    public CustomScript saveVersion(TenantId tenant, String id, String title, List<Intent> intents,
                                    Map<String, String> texts, String by, Instant at) {
        return jdbc.sql("""
                insert into desk_script_version (tenant_id, script_id, version, title, intents, texts, saved_by, saved_at)
                select :tenant, :id, coalesce(max(version), 0) + 1, :title, string_to_array(:intents, ','),
                       cast(:texts as jsonb), :by, :at
                  from desk_script_version
                 where tenant_id = :tenant and script_id = :id
                returning *
                """)
                .param("tenant", tenant.value())
                .param("id", id)
                .param("title", title)
                .param("intents", String.join(",", intents.stream().map(Enum::name).toList()))
                .param("texts", json.writeValueAsString(texts))
                .param("by", by)
                .param("at", java.sql.Timestamp.from(at))
                .query(this::map)
                .single();
    }

    private CustomScript map(ResultSet rs, int row) throws SQLException {
        List<Intent> intents = Arrays.stream((String[]) rs.getArray("intents").getArray()).map(Intent::valueOf).toList();
        return new CustomScript(rs.getString("script_id"), rs.getInt("version"), rs.getString("title"), intents,
                json.readValue(rs.getString("texts"), TEXTS), rs.getString("saved_by"),
                rs.getTimestamp("saved_at").toInstant());
    }
}
