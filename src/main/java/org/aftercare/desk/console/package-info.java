/**
 * The desk's console pages: the inbox sorted by SLA due with keyboard shortcuts and live updates
 * (server-sent events fanned out through PostgreSQL NOTIFY, so every instance hears every
 * change), the ticket view with its composer and the order side panel, and the teams settings.
 */
package org.aftercare.desk.console;
