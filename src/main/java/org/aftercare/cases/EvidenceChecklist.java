package org.aftercare.cases;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.aftercare.evidence.EvidenceKind;

/**
 * What a case of one type × reason must and may carry. A kind is either required or optional,
 * never both; the order of the lists is the order the console shows them in.
 */
public record EvidenceChecklist(CaseType type, CaseReason reason, List<EvidenceKind> required,
                                List<EvidenceKind> optional, boolean shopOwn) {

    public EvidenceChecklist {
        type.requireReason(reason);
        required = List.copyOf(required);
        optional = List.copyOf(optional);
        if (required.isEmpty()) {
            throw new IllegalArgumentException("required: a checklist requires at least one kind of evidence");
        }
        if (Set.copyOf(required).size() != required.size() || Set.copyOf(optional).size() != optional.size()) {
            throw new IllegalArgumentException("required: a kind is listed twice");
        }
        if (required.stream().anyMatch(optional::contains)) {
            throw new IllegalArgumentException("optional: a kind cannot be both required and optional");
        }
    }

    /** The required kinds none of {@code present} is of, in checklist order. */
    public List<EvidenceKind> missing(Collection<EvidenceKind> present) {
        Set<EvidenceKind> have = present.isEmpty() ? EnumSet.noneOf(EvidenceKind.class) : EnumSet.copyOf(present);
        return required.stream().filter(kind -> !have.contains(kind)).toList();
    }

    /** Whether a file of this kind belongs in the case: on the checklist, required or optional. */
    public boolean lists(EvidenceKind kind) {
        return required.contains(kind) || optional.contains(kind);
    }
}
