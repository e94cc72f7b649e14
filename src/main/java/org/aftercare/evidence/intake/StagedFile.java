package org.aftercare.evidence.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An upload that passed every check, waiting in a temporary file to be kept under its SHA-256.
 * Closing it deletes the temporary file if the store did not take it.
 *
 * @param thumbnail a JPEG thumbnail, or null (not an image)
 */
public record StagedFile(String fileName, String mediaType, long size, String sha256, Path file, byte[] thumbnail)
        implements AutoCloseable {

    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
