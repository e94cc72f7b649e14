package org.aftercare.returns.console;

import org.aftercare.shared.web.ConsolePageErrors;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * The returns console answers an unknown (or another tenant's, or another market's) return with
 * the console's 404 page, a forbidden action with 403 and a request its forms would not send
 * with 400, all inside the layout.
 */
@ControllerAdvice(assignableTypes = {ReturnsConsoleController.class, PolicyConsoleController.class})
class ReturnsPageErrors extends ConsolePageErrors {
}
