package org.aftercare.integrations.tracking;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.aftercare.integrations.TrackingConnections;
import org.aftercare.integrations.TrackingConnections.Connection;
import org.aftercare.logistics.IngestResult;
import org.aftercare.logistics.Shipments;
import org.aftercare.logistics.Tracking;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Webhook receivers for the tracking aggregators. The signature is checked over the raw bytes
 * first: a wrong or missing signature answers 401 and stores nothing. An accepted delivery is
 * stored raw, its events are ingested in the same transaction, and the answer is 200 with what
 * happened — so the provider stops retrying only once nothing can be lost.
 */
@RestController
class TrackingWebhooks {

    static final int MAX_BODY_BYTES = 2 * 1024 * 1024;

    private final TrackingConnections connections;
    private final Tracking tracking;
    private final Shipments shipments;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final TransactionTemplate transactions;

    TrackingWebhooks(TrackingConnections connections, Tracking tracking, Shipments shipments, JdbcClient jdbc, JsonMapper json, Clock clock,
                     TransactionTemplate transactions) {
        this.transactions = transactions;
        this.shipments = shipments;
        this.connections = connections;
        this.tracking = tracking;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @PostMapping("/hooks/17track/{connection}")
    ResponseEntity<Map<String, Object>> seventeenTrack(@PathVariable String connection,
                                                       @RequestHeader(name = "sign", required = false) String sign,
                                                       HttpServletRequest request) throws IOException {
        return receive("17track", connection, request,
                (c, raw) -> Signatures.seventeenTrack(raw, c.secret(), sign), SeventeenTrackPayload::parse);
    }

    @PostMapping("/hooks/aftership/{connection}")
    ResponseEntity<Map<String, Object>> afterShip(@PathVariable String connection,
                                                  @RequestHeader(name = "aftership-hmac-sha256", required = false) String hmac,
                                                  HttpServletRequest request) throws IOException {
        return receive("aftership", connection, request,
                (c, raw) -> Signatures.afterShip(raw, c.secret(), hmac), AfterShipPayload::parse);
    }

    private interface Verifier {
        boolean verify(Connection connection, byte[] body);
    }

    private interface Parser {
        ParsedDelivery parse(JsonNode root);
    }

    private ResponseEntity<Map<String, Object>> receive(String provider, String id, HttpServletRequest request,
                                                        Verifier verifier, Parser parser) throws IOException {
        Connection connection = connections.forWebhook(provider, id).orElse(null);
        if (connection == null) {
            return problem(HttpStatus.NOT_FOUND, "No " + provider + " connection " + id);
        }
        // A tracking push is a few kilobytes; read no more than the limit, so a huge body cannot fill the heap.
        byte[] raw = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
        if (raw.length > MAX_BODY_BYTES) {
            return problem(HttpStatus.CONTENT_TOO_LARGE, "Body larger than " + MAX_BODY_BYTES + " bytes");
        }
        if (!verifier.verify(connection, raw)) {
            return problem(HttpStatus.UNAUTHORIZED, "Missing or wrong " + provider + " signature");
        }
        JsonNode root;
        try {
            root = json.readTree(raw);
        }
        catch (JacksonException e) {
            return problem(HttpStatus.BAD_REQUEST, "Malformed JSON: " + e.getOriginalMessage());
        }
        ParsedDelivery parsed = parser.parse(root);
        return transactions.execute(status -> store(connection, raw, parsed));
    }

    /** Stores the raw delivery and ingests its events in one transaction. */
    private ResponseEntity<Map<String, Object>> store(Connection connection, byte[] raw, ParsedDelivery parsed) {
        if (parsed.parcel() != null) {
            shipments.discover(connection.tenant(), parsed.parcel());
        }
        IngestResult result = tracking.ingest(connection.tenant(), parsed.events());
        List<Map<String, String>> rejected = parsed.rejected().stream()
                .map(r -> Map.of("where", r.where(), "field", r.field(), "reason", r.reason())).toList();
        jdbc.sql("""
                insert into webhook_delivery (tenant_id, connection_id, received_at, body, events, stored, rejected, report)
                values (:tenant, :connection, :at, :body, :events, :stored, :rejected, :report)
                """)
                .param("tenant", connection.tenant().value()).param("connection", connection.id())
                .param("at", Timestamp.from(clock.instant())).param("body", new String(raw, StandardCharsets.UTF_8))
                .param("events", parsed.events().size()).param("stored", result.stored())
                .param("rejected", rejected.size()).param("report", rejected.isEmpty() ? null : rejected.toString())
                .update();
        return ResponseEntity.ok(Map.of("received", result.received(), "stored", result.stored(),
                "duplicates", result.duplicates(), "waitingForShipment", result.waiting(), "rejected", rejected));
    }

    private static ResponseEntity<Map<String, Object>> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status).header("Content-Type", "application/problem+json")
                .body(Map.of("title", status.getReasonPhrase(), "status", status.value(), "detail", detail));
    }
}
