package org.aftercare.shared.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Starts a real PostgreSQL from the jar when no {@code spring.datasource.url} is configured, and
 * points the datasource at it. Runs before the application context exists, so Flyway, Hikari and
 * everything else see an ordinary JDBC URL and need no special case.
 *
 * <p>The server lives as long as the JVM: one per process, shared by every application context
 * the process starts (test contexts included). Its data directory survives restarts unless it is
 * configured as ephemeral.
 */
public class EmbeddedPostgresEnvironment implements EnvironmentPostProcessor, Ordered {

    static final String DATA_DIR = "aftercare.database.embedded.data-dir";
    static final String EPHEMERAL = "aftercare.database.embedded.ephemeral";
    static final String PORT = "aftercare.database.embedded.port";

    private static EmbeddedPostgres server;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
            return;
        }
        EmbeddedPostgres postgres = start(environment);
        environment.getPropertySources().addFirst(new MapPropertySource("embeddedPostgres", Map.of(
                "spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"),
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "",
                "aftercare.database.embedded.active", "true")));
    }

    private static synchronized EmbeddedPostgres start(ConfigurableEnvironment environment) {
        if (server != null) {
            return server;
        }
        boolean ephemeral = environment.getProperty(EPHEMERAL, Boolean.class, false);
        int port = environment.getProperty(PORT, Integer.class, 0);
        try {
            Path dataDir = ephemeral
                    ? Files.createTempDirectory("aftercare-pg-")
                    : Path.of(environment.getProperty(DATA_DIR, "./data/postgres")).toAbsolutePath();
            Files.createDirectories(dataDir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(ephemeral)
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("shared_buffers", "512MB")
                    .setServerConfig("max_wal_size", "4GB")
                    .setServerConfig("checkpoint_timeout", "15min")
                    .setServerConfig("timezone", "UTC");
            if (ephemeral) {
                // Throw-away test data: durability buys nothing, speed does.
                builder.setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off");
            }
            if (port > 0) {
                builder.setPort(port);
            }
            server = builder.start();
            return server;
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }

    @Override
    public int getOrder() {
        // After application.properties and the environment are read, so the datasource URL and
        // the data-dir settings are visible here.
        return Ordered.LOWEST_PRECEDENCE;
    }
}
