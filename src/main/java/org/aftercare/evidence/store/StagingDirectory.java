package org.aftercare.evidence.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The local directory where an upload is written and checked before a store keeps it, whichever
 * store that is; files a crash left behind are cleaned by age.
 */
final class StagingDirectory {

    private final Path directory;

    StagingDirectory(Path directory) throws IOException {
        this.directory = directory;
        Files.createDirectories(directory);
    }

    Path newFile() throws IOException {
        return Files.createTempFile(directory, "upload-", ".part");
    }

    /** Deletes the files older than {@code maxAgeMillis}. @return how many */
    int clean(long maxAgeMillis) throws IOException {
        long before = System.currentTimeMillis() - maxAgeMillis;
        int deleted = 0;
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.toList()) {
                if (Files.getLastModifiedTime(file).toMillis() < before && Files.deleteIfExists(file)) {
                    deleted++;
                }
            }
        }
        return deleted;
    }
}
