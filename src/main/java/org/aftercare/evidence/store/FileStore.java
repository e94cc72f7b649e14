package org.aftercare.evidence.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where evidence bytes live, addressed by their SHA-256 (lower-case hex). Two places exist: the local
 * disk ({@link LocalFileStore}) and an S3-compatible bucket ({@link S3FileStore}).
 */
public interface FileStore {

    /** A new empty temporary file where an upload is written before it is checked. */
    Path newTempFile() throws IOException;

    /**
     * Keeps {@code file}'s bytes under {@code sha256} (the file may be moved away); nothing happens if they are
     * already there.
     *
     * @return true if written now
     */
    boolean put(String sha256, Path file) throws IOException;

    /** The bytes stored under {@code sha256}, or empty if there are none. */
    Optional<InputStream> open(String sha256) throws IOException;

    void delete(String sha256) throws IOException;

    /** Deletes temporary files older than {@code maxAgeMillis} (left behind by a crash). @return how many */
    int cleanTemp(long maxAgeMillis) throws IOException;
}
