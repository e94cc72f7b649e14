/**
 * The buyer-message desk. First slice: understanding a message — its language, what the buyer
 * wants (an explainable intent from weighted lexicons per language) and how likely it is to
 * escalate. {@link org.aftercare.desk.MessageUnderstanding} is the facade; the lexicons and rules
 * live in {@code understanding} and {@code src/main/resources/desk/lexicon}; docs/desk-understanding.md
 * records how well they do.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "tenancy"})
package org.aftercare.desk;
