package org.aftercare.desk.sla.web;

import org.aftercare.shared.web.ConsolePageErrors;
import org.springframework.web.bind.annotation.ControllerAdvice;

/** The SLA settings page answers another tenant's id with 404 and an agent's change with 403, inside the layout. */
@ControllerAdvice(assignableTypes = SlaSettingsConsoleController.class)
class SlaConsolePageErrors extends ConsolePageErrors {
}
