package org.aftercare.desk.console;

import java.util.Optional;
import java.util.UUID;

import org.aftercare.desk.TicketChanged;

/**
 * A {@link TicketChanged} as it travels between instances in a PostgreSQL notification:
 * {@code <tenant>:<ticket>:<market>:<what>}.
 */
record TicketNotice(UUID tenant, UUID ticket, String market, String what) {

    static final String CHANNEL = "desk_ticket";

    static TicketNotice of(TicketChanged changed) {
        return new TicketNotice(changed.tenant().value(), changed.ticket().value(), changed.market(), changed.what());
    }

    String payload() {
        return tenant + ":" + ticket + ":" + market + ":" + what;
    }

    /** Empty for a payload this version does not understand; it is ignored, never fatal. */
    static Optional<TicketNotice> parse(String payload) {
        String[] parts = payload == null ? new String[0] : payload.split(":", 4);
        if (parts.length != 4 || !parts[2].matches("[A-Z]{2}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new TicketNotice(UUID.fromString(parts[0]), UUID.fromString(parts[1]), parts[2],
                    parts[3].replaceAll("[^a-z-]", "")));
        }
        catch (IllegalArgumentException notUuid) {
            return Optional.empty();
        }
    }
}
