package org.aftercare.desk;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Defaults of the desk.
 *
 * @param escalationThreshold       risk (0..100) from which a message is escalated to a senior agent
 * @param minimumRelativeDistance   Lingua's minimum relative distance between the two likeliest languages;
 *                                  below it the language is unknown and the message flagged unsupported
 * @param highOrderValue            order value (in any currency, roughly USD/EUR) from which value adds risk
 */
@ConfigurationProperties("aftercare.desk")
public record DeskProperties(@DefaultValue("70") int escalationThreshold,
                             @DefaultValue("0.1") double minimumRelativeDistance,
                             @DefaultValue("100") BigDecimal highOrderValue) {

    public DeskProperties {
        if (escalationThreshold < 1 || escalationThreshold > 100) {
            throw new IllegalArgumentException("aftercare.desk.escalation-threshold: between 1 and 100");
        }
        if (minimumRelativeDistance < 0 || minimumRelativeDistance >= 1) {
            throw new IllegalArgumentException("aftercare.desk.minimum-relative-distance: between 0 and 0.99");
        }
    }

    public static DeskProperties defaults() {
        return new DeskProperties(70, 0.1, new BigDecimal("100"));
    }
}
