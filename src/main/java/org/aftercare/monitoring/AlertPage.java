package org.aftercare.monitoring;

import java.util.List;

/** One page of the alert board, sorted by severity, then oldest first. */
public record AlertPage(List<AlertView> alerts, int page, int size, boolean hasNext) {

    public boolean hasPrevious() {
        return page > 0;
    }
}
