package org.aftercare.shared.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Runs the bundled PostgreSQL 17 as a server of its own, for trying Aftercare the way production
 * runs it: several application instances against one external database
 * ({@code scripts/two-instances.sh}). Not used by the application itself.
 *
 * <p>Arguments: port and data directory (defaults 55432 and ./data/standalone-postgres).
 */
public final class StandalonePostgres {

    private StandalonePostgres() {
    }

    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 55432;
        Path dataDir = Path.of(args.length > 1 ? args[1] : "./data/standalone-postgres").toAbsolutePath();
        Files.createDirectories(dataDir);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("max_connections", "300")
                .setServerConfig("timezone", "UTC")
                .start()) {
            System.out.println("PostgreSQL ready: " + postgres.getJdbcUrl("postgres", "postgres"));
            new CountDownLatch(1).await();
        }
    }
}
