package org.aftercare.evidence.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Files on the local disk: {@code <directory>/ab/cd/abcd…} by SHA-256. Uploads are written to
 * {@code <directory>/tmp} on the same file system, so that keeping one is an atomic rename.
 */
public class LocalFileStore implements FileStore {

    private final Path directory;
    private final StagingDirectory staging;

    public LocalFileStore(Path directory) throws IOException {
        this.directory = directory.toAbsolutePath().normalize();
        this.staging = new StagingDirectory(this.directory.resolve("tmp"));
    }

    /** Where the bytes of {@code sha256} are (tests flip a byte here to see tampering detected). */
    public Path path(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("sha256: not a SHA-256 in lower-case hex: " + sha256);
        }
        return directory.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    @Override
    public Path newTempFile() throws IOException {
        return staging.newFile();
    }

    @Override
    public boolean put(String sha256, Path file) throws IOException {
        Path target = path(sha256);
        if (Files.exists(target)) {
            return false;
        }
        Files.createDirectories(target.getParent());
        // the upload is moved, not copied: same file system, one rename; identical bytes if two race
        Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
        return true;
    }

    @Override
    public Optional<InputStream> open(String sha256) throws IOException {
        try {
            return Optional.of(Files.newInputStream(path(sha256)));
        }
        catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    @Override
    public void delete(String sha256) throws IOException {
        Files.deleteIfExists(path(sha256));
    }

    @Override
    public int cleanTemp(long maxAgeMillis) throws IOException {
        return staging.clean(maxAgeMillis);
    }
}
