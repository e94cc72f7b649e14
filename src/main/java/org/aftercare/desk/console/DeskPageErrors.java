package org.aftercare.desk.console;

import org.aftercare.shared.web.ConsolePageErrors;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * The desk's console pages answer an unknown (or another tenant's, or another market's) ticket
 * with the console's 404 page, a forbidden action with its 403 page and a request the forms would
 * not send with 400, all inside the layout.
 */
@ControllerAdvice(assignableTypes = {InboxController.class, TicketConsoleController.class, TeamConsoleController.class,
        LiveInboxController.class})
class DeskPageErrors extends ConsolePageErrors {
}
