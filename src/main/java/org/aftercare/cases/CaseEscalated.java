package org.aftercare.cases;

import java.time.Instant;

import org.aftercare.tenancy.TenantId;

/** A case's deadline is near and it is not submitted: its priority went up and managers are told. */
public record CaseEscalated(TenantId tenant, CaseId caseId, long number, CaseType type, String market, Instant deadlineAt) {
}
