/**
 * The after-sales desk: buyer messages from every channel become tickets ({@link org.aftercare.desk.Inbox}),
 * understood (language, intent, escalation risk — {@link org.aftercare.desk.MessageUnderstanding}),
 * routed to local teams and agents on shift ({@link org.aftercare.desk.Teams}), timed by SLA clocks on
 * the local team's calendar and the platform's own clock ({@link org.aftercare.desk.SlaClocks}) and
 * answered on the channel they came from ({@link org.aftercare.desk.Tickets},
 * {@link org.aftercare.desk.ReplyChannel}) with scripts that know the order ({@link org.aftercare.desk.Scripts}),
 * the SOPs beside them ({@link org.aftercare.desk.KnowledgeBase}) and the order's compensation offers from remedies; resolved conversations feed a survey
 * and the anonymized case library ({@link org.aftercare.desk.CaseLibrary}). An agent opens a return of
 * the ticket's order through the returns module ({@link org.aftercare.desk.TicketAssist#openReturn}) and
 * sees the notices outreach wrote to the buyer about it beside the conversation.
 * Internals: {@code tickets} (SQL, outbox, assignment), {@code understanding} (lexicons and rules),
 * {@code sla}, {@code scripts}, {@code knowledge}, {@code library}, {@code satisfaction}.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "tenancy", "orders", "logistics", "monitoring", "returns", "remedies", "outreach"})
package org.aftercare.desk;
