package org.aftercare.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** What CopyRows encodes is what PostgreSQL stores: escapes, nulls, Unicode, times, many rows. */
@SpringBootTest
class CopyRowsTests {

    static final UUID ID = UUID.fromString("0a1b2c3d-4e5f-4061-8293-a4b5c6d7e8f9");
    static final String NOTE = "tab\there, newline\nthere, back\\slash, \r return, Umlaut ü, 中文, emoji 📦";
    static final Instant AT = Instant.parse("2026-02-17T23:59:58.123456Z");

    @Autowired
    DataSource dataSource;

    @Test
    void storesEveryFieldExactlyAsGiven() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(connection, true));
            jdbc.sql("create temp table copy_probe (id uuid, note text, at timestamptz, day date, amount numeric, n int, ok boolean)")
                    .update();

            try (CopyRows rows = CopyRows.into(connection, "copy copy_probe (id, note, at, day, amount, n, ok) from stdin")) {
                rows.uuid(ID).text(NOTE).instant(AT).date(LocalDate.of(2027, 2, 6)).number(new BigDecimal("24.99"))
                        .integer(-7).bool(true).endRow();
                rows.uuid(null).text(null).instant(null).date(null).number(null).text(null).bool(false).endRow();
                for (int i = 0; i < 20_000; i++) {
                    rows.uuid(UUID.randomUUID()).text("row " + i).instant(AT.plusSeconds(i)).date(null)
                            .number(BigDecimal.ONE).integer(i).bool(false).endRow();
                }
                assertThat(rows.finish()).isEqualTo(20_002);
            }

            List<Object> stored = jdbc.sql("select id, note, at, day, amount, ok from copy_probe where n = -7")
                    .query((rs, row) -> List.<Object>of(rs.getObject("id"), rs.getString("note"),
                            rs.getObject("at", OffsetDateTime.class).toInstant(), rs.getObject("day", LocalDate.class),
                            rs.getBigDecimal("amount"), rs.getBoolean("ok")))
                    .single();
            assertThat(stored).containsExactly(ID, NOTE, AT, LocalDate.of(2027, 2, 6), new BigDecimal("24.99"), true);
            assertThat(jdbc.sql("select count(*) from copy_probe where id is null and note is null and n is null")
                    .query(Long.class).single()).isEqualTo(1);
        }
    }
}
