package org.aftercare.evidence;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The evidence archive's defaults, in one place. A shop may lengthen its retention (table
 * evidence_retention, {@code PUT /api/v1/evidence/retention/{shop}}), never shorten it below
 * {@link #minRetentionDays()}. Sources in docs/evidence.md.
 *
 * @param store            LOCAL (files under {@link #directory()}) or S3 (see {@link #s3()})
 * @param directory        where the local store keeps files, by SHA-256
 * @param maxSize          the largest file taken (a packing video); bounded by spring.servlet.multipart.max-file-size
 * @param types            file types taken, as read from the bytes
 * @param retentionDays    days after the order's last activity that its evidence is kept: 180, the brief's minimum
 * @param minRetentionDays no shop may set less
 * @param thumbnailSize    the longer side of an image thumbnail, in pixels
 * @param purgeBatch       items the purge job deletes per run at most
 * @param tempMaxAge       temporary upload files older than this are left-overs of a crash and deleted
 */
@ConfigurationProperties("aftercare.evidence")
public record EvidenceProperties(@DefaultValue("LOCAL") StoreType store,
                                 @DefaultValue("./data/evidence") Path directory,
                                 @DefaultValue("64MB") DataSize maxSize,
                                 @DefaultValue({"image/jpeg", "image/png", "image/gif", "image/webp", "image/heic",
                                         "video/mp4", "video/quicktime", "video/webm", "application/pdf",
                                         "text/plain", "message/rfc822"}) List<String> types,
                                 @DefaultValue("180") int retentionDays,
                                 @DefaultValue("180") int minRetentionDays,
                                 @DefaultValue("240") int thumbnailSize,
                                 @DefaultValue("500") int purgeBatch,
                                 @DefaultValue("1h") Duration tempMaxAge,
                                 @DefaultValue S3 s3) {

    public enum StoreType { LOCAL, S3 }

    /**
     * An S3-compatible bucket (AWS, MinIO, Ceph, …).
     *
     * @param endpoint  null for AWS itself; the server's URL otherwise
     * @param pathStyle bucket in the path rather than the host name (most non-AWS servers)
     */
    public record S3(URI endpoint, @DefaultValue("us-east-1") String region, @DefaultValue("aftercare-evidence") String bucket,
                     String accessKey, String secretKey, @DefaultValue("true") boolean pathStyle) {
    }
}
