/**
 * Adapters to the outside world: tracking aggregators' webhooks (17TRACK, AfterShip), the shops'
 * mailboxes (IMAP intake and SMTP replies for the desk, {@code mail}), the outbound webhook that
 * carries TikTok Shop chat replies and outreach notices until the TikTok connector exists ({@code chat}),
 * SMS notices through a provider webhook ({@code sms}), e-mail notices from the shops' mailboxes, and later the
 * TikTok Shop API. Each adapter translates a public contract into the owning module's vocabulary
 * and nothing more.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "tenancy", "logistics", "desk", "outreach", "cases"})
package org.aftercare.integrations;
