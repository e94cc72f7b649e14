package org.aftercare.monitoring.web;

import java.util.Locale;

import org.aftercare.monitoring.AlertView;
import org.aftercare.monitoring.Alerts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** An alert's reason in the viewer's language; templates call {@code @alertReasons.text(alert, #locale)}. */
@Component("alertReasons")
public class AlertReasons {

    private final MessageSource messages;

    AlertReasons(MessageSource messages) {
        this.messages = messages;
    }

    public String text(AlertView alert, Locale locale) {
        return alert.reasonText() == null ? alert.reason() : alert.reasonText().render(messages, locale);
    }

    /** A note as written, except the system's own, which reads in the viewer's language. */
    public String note(String note, Locale locale) {
        return Alerts.MOVED_ON.equals(note) ? messages.getMessage("alert.resolution.movedOn", null, note, locale) : note;
    }
}
