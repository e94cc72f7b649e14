/**
 * The after-sales desk: buyer messages from every channel become tickets ({@link org.aftercare.desk.Inbox}),
 * understood (language, intent, escalation risk — {@link org.aftercare.desk.MessageUnderstanding}),
 * routed to local teams and agents on shift ({@link org.aftercare.desk.Teams}) and answered on the
 * channel they came from ({@link org.aftercare.desk.Tickets}, {@link org.aftercare.desk.ReplyChannel}).
 * Internals: {@code tickets} (SQL, outbox, assignment), {@code understanding} (lexicons and rules).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "tenancy", "orders", "logistics", "monitoring"})
package org.aftercare.desk;
