package org.aftercare.desk;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Defaults of the desk, in one place ({@code aftercare.desk.*}).
 *
 * @param escalationThreshold       risk (0..100) from which a message is escalated to a senior agent
 * @param minimumRelativeDistance   Lingua's minimum relative distance between the two likeliest languages;
 *                                  below it the language is unknown and the message flagged unsupported
 * @param highOrderValue            order value (in any currency, roughly USD/EUR) from which value adds risk
 * @param maxAttachmentBytes        largest file a buyer may send with one message
 * @param attachmentTypes           media types accepted as attachments, detected from the content
 * @param closeSolvedAfter          a solved ticket nobody reopened is closed after this long
 * @param satisfaction              after a resolution: OFF, SURVEY or SURVEY_THEN_REVIEW (a shop may choose otherwise)
 * @param satisfactionDelay         how long after the resolution the survey goes out
 * @param nextUpdateDays            the next update a reply promises the buyer, in days (D5: "next update within X days")
 */
@ConfigurationProperties("aftercare.desk")
public record DeskProperties(@DefaultValue("70") int escalationThreshold,
                             @DefaultValue("0.1") double minimumRelativeDistance,
                             @DefaultValue("100") BigDecimal highOrderValue,
                             @DefaultValue("10485760") long maxAttachmentBytes,
                             @DefaultValue({"image/jpeg", "image/png", "image/gif", "image/webp", "image/heic",
                                     "video/mp4", "video/quicktime", "application/pdf", "text/plain"})
                             List<String> attachmentTypes,
                             @DefaultValue("P4D") Duration closeSolvedAfter,
                             @DefaultValue("SURVEY") String satisfaction,
                             @DefaultValue("PT24H") Duration satisfactionDelay,
                             @DefaultValue("2") int nextUpdateDays) {

    public DeskProperties {
        if (escalationThreshold < 1 || escalationThreshold > 100) {
            throw new IllegalArgumentException("aftercare.desk.escalation-threshold: between 1 and 100");
        }
        if (minimumRelativeDistance < 0 || minimumRelativeDistance >= 1) {
            throw new IllegalArgumentException("aftercare.desk.minimum-relative-distance: between 0 and 0.99");
        }
        if (maxAttachmentBytes < 1) {
            throw new IllegalArgumentException("aftercare.desk.max-attachment-bytes: must be positive");
        }
        attachmentTypes = List.copyOf(attachmentTypes);
        if (!List.of("OFF", "SURVEY", "SURVEY_THEN_REVIEW").contains(satisfaction)) {
            throw new IllegalArgumentException("aftercare.desk.satisfaction: OFF, SURVEY or SURVEY_THEN_REVIEW");
        }
    }

    public static DeskProperties defaults() {
        return new DeskProperties(70, 0.1, new BigDecimal("100"), 10 * 1024 * 1024,
                List.of("image/jpeg", "image/png", "image/gif", "image/webp", "image/heic", "video/mp4", "video/quicktime",
                        "application/pdf", "text/plain"),
                Duration.ofDays(4), "SURVEY", Duration.ofHours(24), 2);
    }
}
