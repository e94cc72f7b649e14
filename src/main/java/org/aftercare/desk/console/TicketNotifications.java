package org.aftercare.desk.console;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;

import org.aftercare.desk.TicketChanged;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Carries ticket changes to the live inboxes of every instance through PostgreSQL, since several
 * instances share one database and none may keep news to itself.
 *
 * <p>Sending: each {@link TicketChanged} becomes {@code pg_notify('desk_ticket', …)} on the
 * connection of the transaction that changed the ticket. PostgreSQL delivers a notification only
 * when that transaction commits, and drops it on rollback — "after commit" by construction, with
 * no window where the change is committed but the notice lost in between.
 *
 * <p>Receiving: one connection of its own per instance (not one of the pool's) LISTENs on a
 * virtual thread and hands what arrives to {@link LiveInboxes}. It reconnects when the database
 * goes away.
 */
@Component
class TicketNotifications implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TicketNotifications.class);
    /** How long one wait for notifications lasts; also how soon a stop is noticed. */
    private static final int POLL_MILLIS = 500;
    static final Duration HEARTBEAT = Duration.ofSeconds(25);
    private static final Duration RECONNECT_AFTER = Duration.ofSeconds(2);

    private final JdbcClient jdbc;
    private final LiveInboxes inboxes;
    private final String url;
    private final String username;
    private final String password;

    private volatile boolean running;
    private volatile boolean listening;
    private Thread thread;

    TicketNotifications(JdbcClient jdbc, LiveInboxes inboxes, Environment environment) {
        this.jdbc = jdbc;
        this.inboxes = inboxes;
        this.url = environment.getProperty("spring.datasource.url");
        this.username = environment.getProperty("spring.datasource.username");
        this.password = environment.getProperty("spring.datasource.password");
    }

    @EventListener
    void on(TicketChanged changed) {
        jdbc.sql("select pg_notify(:channel, :payload)")
                .param("channel", TicketNotice.CHANNEL)
                .param("payload", TicketNotice.of(changed).payload())
                .query(rs -> { });
    }

    @Override
    public void start() {
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            log.warn("No PostgreSQL datasource URL: live inbox updates are off");
            return;
        }
        running = true;
        thread = Thread.ofVirtual().name("desk-ticket-listener").start(this::listen);
    }

    @Override
    public void stop() {
        running = false;
        Thread t = thread;
        if (t != null) {
            try {
                t.join(Duration.ofSeconds(5));
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Whether this instance's LISTEN is in place: a notification sent from now on reaches it. */
    boolean listening() {
        return listening;
    }

    private void listen() {
        while (running) {
            try (Connection connection = DriverManager.getConnection(url, username, password)) {
                try (Statement listen = connection.createStatement()) {
                    listen.execute("LISTEN " + TicketNotice.CHANNEL);
                }
                listening = true;
                PGConnection pg = connection.unwrap(PGConnection.class);
                Instant lastBeat = Instant.now();
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(POLL_MILLIS);
                    if (notifications != null) {
                        for (PGNotification n : notifications) {
                            TicketNotice.parse(n.getParameter()).ifPresent(inboxes::changed);
                        }
                    }
                    if (Duration.between(lastBeat, Instant.now()).compareTo(HEARTBEAT) >= 0) {
                        inboxes.heartbeat();
                        lastBeat = Instant.now();
                    }
                }
            }
            catch (SQLException | RuntimeException e) {
                listening = false;
                if (running) {
                    log.warn("Listening for ticket changes failed; reconnecting in {}", RECONNECT_AFTER, e);
                    pause();
                }
            }
            finally {
                listening = false;
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(RECONNECT_AFTER);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
