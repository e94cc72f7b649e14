package org.aftercare;

import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Waits for the asynchronous module listeners. Every test context shares one database, so this
 * counts every context's publications; one a listener gave up on (FAILED — e.g. a mail to a server
 * a test stopped on purpose) is that test's business and would otherwise hold every later test.
 */
public final class EventPublications {

    private EventPublications() {
    }

    public static void settle(JdbcClient jdbc) {
        settle(jdbc, Duration.ofSeconds(30), Duration.ofMillis(100));
    }

    public static void settle(JdbcClient jdbc, Duration atMost, Duration poll) {
        await().atMost(atMost).pollInterval(poll).until(() -> pending(jdbc) == 0);
    }

    public static int pending(JdbcClient jdbc) {
        return jdbc.sql("""
                select count(*) from event_publication
                 where completion_date is null and status is distinct from 'FAILED'
                """).query(Integer.class).single();
    }
}
