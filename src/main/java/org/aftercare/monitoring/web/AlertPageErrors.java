package org.aftercare.monitoring.web;

import org.aftercare.shared.web.ConsolePageErrors;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * Monitoring's console pages answer an unknown (or another tenant's) id with the console's 404
 * page, a forbidden action with its 403 page and a request the forms would not send with 400,
 * all inside the layout.
 */
@ControllerAdvice(assignableTypes = {AlertConsoleController.class, ShipmentConsoleController.class,
        AlertSettingsConsoleController.class})
class AlertPageErrors extends ConsolePageErrors {
}
