package org.aftercare.cases;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.aftercare.evidence.EvidenceKind;

/**
 * How complete a case's evidence is against its checklist: the required kinds present and missing,
 * the optional kinds present, and a score from 0 to 100 — the share of required kinds present.
 */
public record Completeness(List<EvidenceKind> required, List<EvidenceKind> missing, List<EvidenceKind> optionalPresent,
                           int score) {

    public static Completeness of(EvidenceChecklist checklist, Collection<EvidenceKind> present) {
        Set<EvidenceKind> have = present.isEmpty() ? EnumSet.noneOf(EvidenceKind.class) : EnumSet.copyOf(present);
        List<EvidenceKind> missing = checklist.missing(have);
        List<EvidenceKind> optional = checklist.optional().stream().filter(have::contains).toList();
        int required = checklist.required().size();
        int score = (int) Math.floorDiv(100L * (required - missing.size()), required);
        return new Completeness(checklist.required(), missing, optional, score);
    }

    public boolean complete() {
        return missing.isEmpty();
    }
}
