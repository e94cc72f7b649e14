package org.aftercare.console.settings;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The settings landing page: where each module's settings live. */
@Controller
class SettingsController {

    @GetMapping("/settings")
    String settings() {
        return "console/settings";
    }
}
