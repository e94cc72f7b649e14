package org.aftercare.cases;

import java.util.List;

import org.aftercare.evidence.EvidenceKind;

/** A case was not submitted because required evidence is missing and no manager overrode it. */
public class SubmissionBlocked extends RuntimeException {

    private final long caseNumber;
    private final List<EvidenceKind> missing;

    public SubmissionBlocked(long caseNumber, List<EvidenceKind> missing) {
        super("Case " + caseNumber + " is not submitted: missing " + missing
                + "; add them, or a manager submits it anyway with a written reason");
        this.caseNumber = caseNumber;
        this.missing = List.copyOf(missing);
    }

    public long caseNumber() {
        return caseNumber;
    }

    public List<EvidenceKind> missing() {
        return missing;
    }
}
