package org.aftercare.desk.console;

import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.aftercare.tenancy.Actor;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open event streams of this instance's console users. A change reaches a stream only when
 * its user may see the ticket: same tenant, a market they serve. Only the ticket's id and what
 * happened travel; the page fetches what it shows through the usual, scoped queries.
 */
@Component
class LiveInboxes {

    /** A stream ends after this long; the browser's EventSource reconnects by itself. */
    static final Duration STREAM_LIFETIME = Duration.ofMinutes(30);

    private record Subscriber(Actor actor, SseEmitter emitter) {
    }

    private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();

    SseEmitter subscribe(Actor actor) {
        SseEmitter emitter = new SseEmitter(STREAM_LIFETIME.toMillis());
        Subscriber s = new Subscriber(actor, emitter);
        subscribers.add(s);
        emitter.onCompletion(() -> subscribers.remove(s));
        emitter.onTimeout(() -> subscribers.remove(s));
        emitter.onError(e -> subscribers.remove(s));
        try {
            // A first comment flushes the headers, so the browser knows the stream is open.
            emitter.send(SseEmitter.event().comment("open"));
        }
        catch (IOException gone) {
            subscribers.remove(s);
        }
        return emitter;
    }

    /** A ticket changed somewhere (on any instance): tell the streams that may see it. */
    void changed(TicketNotice notice) {
        for (Subscriber s : subscribers) {
            if (s.actor().tenant().value().equals(notice.tenant()) && s.actor().serves(notice.market())) {
                send(s, SseEmitter.event().name("ticket").data(notice.ticket() + " " + notice.what(), MediaType.TEXT_PLAIN));
            }
        }
    }

    /** A comment now and then finds streams whose browser has gone. */
    void heartbeat() {
        for (Subscriber s : subscribers) {
            send(s, SseEmitter.event().comment("ping"));
        }
    }

    int open() {
        return subscribers.size();
    }

    private void send(Subscriber s, SseEmitter.SseEventBuilder event) {
        try {
            s.emitter().send(event);
        }
        catch (IOException | IllegalStateException gone) {
            subscribers.remove(s);
            s.emitter().completeWithError(gone);
        }
    }
}
