package org.aftercare.cases;

import java.util.List;

import org.aftercare.evidence.EvidenceKind;
import org.aftercare.orders.OrderId;
import org.aftercare.tenancy.TenantId;

/** A case went to its venue; {@code missing} is non-empty only when a manager overrode the checklist. */
public record CaseSubmitted(TenantId tenant, CaseId caseId, OrderId order, CaseType type, CaseReason reason,
                            List<EvidenceKind> missing) {
}
