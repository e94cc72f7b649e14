/**
 * Cases: platform disputes, carrier claims, platform appeals and delivered-not-received cases built
 * on an order's evidence. Each case type × reason has an evidence checklist; a case pulls its items
 * from the evidence archive, names what is missing and is not submitted with a hole in it unless a
 * manager says why in writing. Deadlines per venue and market, the dossier (PDF summary and a ZIP
 * of the original files with a verifiable manifest), the accept-the-loss recommendation, outcomes
 * with win and recovery rates, and the account-health record for a reinstatement appeal.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "tenancy", "orders",
        "logistics", "evidence", "monitoring", "desk", "outreach", "remedies"})
package org.aftercare.cases;
