package org.aftercare.integrations.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class OffsetTimesTests {

    @ParameterizedTest
    @ValueSource(strings = {"2022-04-04T23:35:22Z", "2022-04-04T16:35:22-07:00", "2026-11-23T08:15:00.5+08:00",
            "2026-11-23T08:15:00.123456789Z", "2024-02-29T00:00:00+14:00", "0001-01-01T00:00:00-18:00",
            "2026-11-23T08:15Z", "2026-11-23T08:15:00.Z", "2026-11-23t08:15:00z", "2026-11-23T08:15:00+08:00:30", "+12026-11-23T08:15:00Z"})
    void readsWhatTheFormatterReads(String text) {
        assertThat(OffsetTimes.parse(text)).isEqualTo(OffsetDateTime.parse(text).toInstant());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-02-29T00:00:00Z", "2026-13-01T00:00:00Z", "2026-11-23T24:00:00Z", "2026-11-23T23:59:60Z",
            "2026-11-23T08:15:00", "2026-11-23T08:15:00.1234567891Z", "2026-11-23T08:15:00+19:00",
            "2026-11-23 08:15:00Z", "2026-11-2XT08:15:00Z", "yesterday"})
    void rejectsWhatTheFormatterRejects(String text) {
        assertThatThrownBy(() -> OffsetDateTime.parse(text)).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> OffsetTimes.parse(text)).isInstanceOf(DateTimeParseException.class);
    }

    @Test
    void agreesWithTheFormatterOnRandomTimes() {
        Random random = new Random(3);
        for (int i = 0; i < 20_000; i++) {
            Instant at = Instant.ofEpochSecond(random.nextLong(-5_000_000_000L, 5_000_000_000L), random.nextInt(1_000_000_000));
            int offsetMinutes = random.nextInt(-18 * 60, 18 * 60 + 1);
            String text = at.atOffset(java.time.ZoneOffset.ofTotalSeconds(offsetMinutes * 60)).toString();
            assertThat(OffsetTimes.parse(text)).as(text).isEqualTo(OffsetDateTime.parse(text).toInstant());
        }
    }
}
