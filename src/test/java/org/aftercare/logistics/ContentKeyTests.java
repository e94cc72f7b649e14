package org.aftercare.logistics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Content keys are stored as event ids: the same scan must keep the same key across releases. */
class ContentKeyTests {

    @Test
    void isTheFirstHalfOfTheSha256OfTheFieldsJoinedByBars() {
        assertThat(IncomingEvent.contentKey("17t", "YT123", "2026-11-23T08:15:00Z", "Ankunft in Köln", "null", "\uD83D\uDCE6"))
                .isEqualTo("17t:e8a9c899ff8713a9c28bc8a39fd7c391");
    }

    @Test
    void dependsOnEveryFieldAndOnWhereFieldsEnd() {
        assertThat(IncomingEvent.contentKey("k", "ab", "c")).isNotEqualTo(IncomingEvent.contentKey("k", "a", "bc"))
                .isNotEqualTo(IncomingEvent.contentKey("k", "ab", "d"))
                .isEqualTo(IncomingEvent.contentKey("k", "ab", "c"));
    }
}
