package org.aftercare.desk.library;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.aftercare.desk.CaseMessage;
import org.aftercare.desk.Intent;
import org.aftercare.desk.LibraryEntry;
import org.aftercare.tenancy.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The tenant's case library: anonymized transcripts, never the original text. */
@Repository
public class CaseLibraryEntries {

    private static final TypeReference<List<CaseMessage>> TRANSCRIPT = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    CaseLibraryEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public LibraryEntry insert(TenantId tenant, UUID sourceTicket, Intent intent, String language, List<String> tags,
                               List<CaseMessage> transcript, String by, Instant at) {
        return jdbc.sql("""
                insert into case_library_entry (id, tenant_id, source_ticket_id, intent, language, tags, transcript,
                                                created_by, created_at)
                values (:id, :tenant, :ticket, :intent, :language, string_to_array(:tags, chr(31)),
                        cast(:transcript as jsonb), :by, :at)
                returning *
                """)
                .param("id", UUID.randomUUID())
                .param("tenant", tenant.value())
                .param("ticket", sourceTicket)
                .param("intent", intent.name())
                .param("language", language)
                .param("tags", String.join("\u001f", tags))
                .param("transcript", json.writeValueAsString(transcript))
                .param("by", by)
                .param("at", Timestamp.from(at))
                .query(this::map)
                .single();
    }

    /** Newest first, filtered by intent and tag when given. */
    public List<LibraryEntry> list(TenantId tenant, Intent intent, String tag, int limit) {
        return jdbc.sql("""
                select *
                  from case_library_entry
                 where tenant_id = :tenant
                   and (cast(:intent as text) is null or intent = :intent)
                   and (cast(:tag as text) is null or tags @> array[cast(:tag as text)])
                 order by created_at desc, id
                 limit :limit
                """)
                .param("tenant", tenant.value())
                .param("intent", intent == null ? null : intent.name())
                .param("tag", tag)
                .param("limit", limit)
                .query(this::map)
                .list();
    }

    public Optional<LibraryEntry> find(TenantId tenant, UUID id) {
        return jdbc.sql("select * from case_library_entry where tenant_id = :tenant and id = :id")
                .param("tenant", tenant.value())
                .param("id", id)
                .query(this::map)
                .optional();
    }

    private LibraryEntry map(ResultSet rs, int row) throws SQLException {
        return new LibraryEntry(rs.getObject("id", UUID.class), rs.getObject("source_ticket_id", UUID.class),
                Intent.valueOf(rs.getString("intent")), rs.getString("language"),
                Arrays.asList((String[]) rs.getArray("tags").getArray()),
                json.readValue(rs.getString("transcript"), TRANSCRIPT), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant());
    }
}
