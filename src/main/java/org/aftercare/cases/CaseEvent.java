package org.aftercare.cases;

import java.time.Instant;

/** One line of a case's history: who did what, when. */
public record CaseEvent(Instant at, String actor, String kind, String detail) {
}
