package org.aftercare.desk.console;

import org.aftercare.tenancy.Actor;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** {@code /desk/events}: a server-sent event per ticket change the signed-in user may see. */
@Controller
class LiveInboxController {

    private final LiveInboxes inboxes;

    LiveInboxController(LiveInboxes inboxes) {
        this.inboxes = inboxes;
    }

    @GetMapping(path = "/desk/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    SseEmitter events(Actor actor) {
        return inboxes.subscribe(actor);
    }
}
