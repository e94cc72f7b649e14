/**
 * The buyer-message desk. First slice: understanding a message — its language, what the buyer
 * wants (an explainable intent from weighted lexicons per language) and how likely it is to
 * escalate. {@link org.aftercare.desk.MessageUnderstanding} is the facade; the lexicons and rules
 * live in {@code understanding} and {@code src/main/resources/desk/lexicon}; docs/desk-understanding.md
 * records how well they do. {@link org.aftercare.desk.SlaClocks} computes the SLA clocks of a ticket
 * (business clocks on the team's calendar, and the platform's chat clock) from the policies and
 * calendars in {@code sla}; docs/desk-sla.md explains the rules.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "tenancy"})
package org.aftercare.desk;
