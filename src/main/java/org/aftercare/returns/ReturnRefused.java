package org.aftercare.returns;

import java.time.LocalDate;

/**
 * A request refused before anything is stored because it came after the return window: the API
 * answers 400 naming the field and the dates, so the buyer can be told exactly why.
 */
public class ReturnRefused extends IllegalArgumentException {

    private final String rule;
    private final LocalDate deliveredOn;
    private final int windowDays;
    private final LocalDate lastDay;
    private final LocalDate requestedOn;

    public ReturnRefused(String rule, LocalDate deliveredOn, int windowDays, LocalDate lastDay, LocalDate requestedOn) {
        super("requestedAt: outside the return window: delivered on %s, window %d days, last day %s, requested on %s"
                .formatted(deliveredOn, windowDays, lastDay, requestedOn));
        this.rule = rule;
        this.deliveredOn = deliveredOn;
        this.windowDays = windowDays;
        this.lastDay = lastDay;
        this.requestedOn = requestedOn;
    }

    public String rule() {
        return rule;
    }

    public LocalDate deliveredOn() {
        return deliveredOn;
    }

    public int windowDays() {
        return windowDays;
    }

    public LocalDate lastDay() {
        return lastDay;
    }

    public LocalDate requestedOn() {
        return requestedOn;
    }
}
