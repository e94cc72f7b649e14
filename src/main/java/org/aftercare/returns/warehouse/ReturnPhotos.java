package org.aftercare.returns.warehouse;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.aftercare.returns.ReturnId;
import org.aftercare.returns.ReturnsProperties;
import org.aftercare.shared.NotFound;
import org.aftercare.shared.files.AttachmentCheck;
import org.aftercare.tenancy.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Photos taken while grading a returned line (optional): kept as bytes with their SHA-256, their
 * type read from the content by the shared {@link AttachmentCheck}. The same photo sent twice for
 * a line is kept once.
 */
@Service
public class ReturnPhotos {

    private final JdbcClient jdbc;
    private final Receiving receiving;
    private final Clock clock;
    /** Size limit and types from {@link ReturnsProperties} (the same as for the buyer's photos). */
    private final AttachmentCheck check;

    ReturnPhotos(JdbcClient jdbc, Receiving receiving, Clock clock, ReturnsProperties properties) {
        this.jdbc = jdbc;
        this.receiving = receiving;
        this.clock = clock;
        this.check = properties.photoCheck();
    }

    public record Photo(UUID id, int lineNo, String fileName, String mediaType, int size, String sha256) {
    }

    public record PhotoContent(String fileName, String mediaType, byte[] content) {
    }

    @Transactional
    public Photo add(Actor actor, ReturnId id, int lineNo, String fileName, String declaredType, byte[] content) {
        actor.requireWrite();
        Receipt receipt = receiving.get(actor, id);
        if (receipt.lines().stream().noneMatch(l -> l.lineNo() == lineNo)) {
            throw new IllegalArgumentException("lineNo: return %d has no line %d".formatted(receipt.number(), lineNo));
        }
        AttachmentCheck.Verdict verdict = check.check(fileName, declaredType, content);
        if (verdict.refused()) {
            throw new IllegalArgumentException("file: " + verdict.refusal());
        }
        AttachmentCheck.Accepted file = verdict.accepted();
        Optional<Photo> same = photos(actor, id).stream()
                .filter(p -> p.lineNo() == lineNo && p.sha256().equals(file.sha256())).findFirst();
        if (same.isPresent()) {
            return same.get();
        }
        UUID photo = UUID.randomUUID();
        jdbc.sql("""
                        insert into return_line_photo (id, tenant_id, return_id, line_no, file_name, media_type, size_bytes,
                               sha256, content, created_at, created_by)
                        values (:id, :tenant, :returnId, :lineNo, :name, :type, :size, :sha, :content, :now, :by)
                        """)
                .param("id", photo).param("tenant", actor.tenant().value()).param("returnId", id.value())
                .param("lineNo", lineNo).param("name", file.fileName()).param("type", file.mediaType())
                .param("size", file.content().length).param("sha", file.sha256()).param("content", file.content())
                .param("now", Timestamp.from(clock.instant())).param("by", actor.name()).update();
        return new Photo(photo, lineNo, file.fileName(), file.mediaType(), file.content().length, file.sha256());
    }

    public List<Photo> photos(Actor actor, ReturnId id) {
        receiving.get(actor, id);
        return jdbc.sql("""
                        select id, line_no, file_name, media_type, size_bytes, sha256 from return_line_photo
                         where tenant_id = :tenant and return_id = :id
                         order by line_no, created_at
                        """)
                .param("tenant", actor.tenant().value()).param("id", id.value())
                .query((rs, row) -> new Photo((UUID) rs.getObject("id"), rs.getInt("line_no"), rs.getString("file_name"),
                        rs.getString("media_type"), rs.getInt("size_bytes"), rs.getString("sha256"))).list();
    }

    public PhotoContent content(Actor actor, ReturnId id, UUID photo) {
        receiving.get(actor, id);
        return jdbc.sql("""
                        select file_name, media_type, content from return_line_photo
                         where tenant_id = :tenant and return_id = :returnId and id = :id
                        """)
                .param("tenant", actor.tenant().value()).param("returnId", id.value()).param("id", photo)
                .query((rs, row) -> new PhotoContent(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .optional().orElseThrow(() -> new NotFound("Photo", photo));
    }
}
