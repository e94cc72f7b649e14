package org.aftercare.shared.database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Lets a bulk writer skip PostgreSQL's row-by-row foreign-key triggers for a COPY whose references
 * it has already made sure of — rows it wrote itself earlier in the same transaction, and parent
 * rows it locked {@code FOR KEY SHARE} just as the trigger would. Each trigger call is a small
 * query per row and costs more than the COPY itself (BENCHMARKS.md). Constraints and indexes stay
 * in place; only the caller's own COPY, inside its transaction, runs without triggers
 * ({@code session_replication_role = replica}, reset right after). Where the database user may not
 * change that setting, nothing is skipped.
 */
public final class ForeignKeyChecks {

    private ForeignKeyChecks() {
    }

    /** Runs the COPY (or INSERT) without triggers if the user may, otherwise with them; returns what it returns. */
    public static <T> T skippedFor(Connection connection, SqlCall<T> copy) throws SQLException {
        String before = current(connection);
        boolean skip = !before.equals("replica") && mayBeSkipped(connection);
        if (skip) {
            execute(connection, "set local session_replication_role = replica");
        }
        T rows = copy.call();
        if (skip) {
            // before is one of PostgreSQL's three values (origin, local), never input.
            execute(connection, "set local session_replication_role = " + before);
        }
        return rows;
    }

    private static String current(Connection connection) throws SQLException {
        try (Statement query = connection.createStatement();
             ResultSet result = query.executeQuery("show session_replication_role")) {
            result.next();
            return result.getString(1);
        }
    }

    private static boolean mayBeSkipped(Connection connection) throws SQLException {
        try (Statement query = connection.createStatement();
             ResultSet result = query.executeQuery(
                     "select has_parameter_privilege('session_replication_role', 'SET')")) {
            return result.next() && result.getBoolean(1);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** A JDBC call that returns a value. */
    @FunctionalInterface
    public interface SqlCall<T> {
        T call() throws SQLException;
    }
}
