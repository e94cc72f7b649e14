package org.aftercare.insights.carriers;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.aftercare.TestTenant;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A shipment written straight into the shipment table with its milestone times, as tracking would derive them. */
final class ADeliveredShipment {

    private final String carrier;
    private String destination = "US";
    private Instant shipped;
    private Instant pickedUp;
    private Instant exportCustoms;
    private Instant departedOrigin;
    private Instant arrivedDestination;
    private Instant importStarted;
    private Instant importCleared;
    private Instant handover;
    private Instant firstAttempt;
    private Instant delivered;
    private Instant returned;
    private LocalDate promisedBy;
    private String status = "InTransit";
    private String subStatus;

    private ADeliveredShipment(String carrier) {
        this.carrier = carrier;
    }

    static ADeliveredShipment by(String carrier) {
        return new ADeliveredShipment(carrier);
    }

    ADeliveredShipment to(String country) {
        destination = country;
        return this;
    }

    ADeliveredShipment shipped(String at) {
        shipped = Instant.parse(at);
        return this;
    }

    ADeliveredShipment pickedUpAfterHours(long hours) {
        pickedUp = shipped.plus(Duration.ofHours(hours));
        return this;
    }

    ADeliveredShipment exportCustoms(String at, String departed) {
        exportCustoms = Instant.parse(at);
        departedOrigin = Instant.parse(departed);
        return this;
    }

    ADeliveredShipment arrived(String at) {
        arrivedDestination = Instant.parse(at);
        return this;
    }

    ADeliveredShipment importCustoms(String started, String cleared) {
        importStarted = Instant.parse(started);
        importCleared = Instant.parse(cleared);
        return this;
    }

    ADeliveredShipment handedOver(String at) {
        handover = Instant.parse(at);
        return this;
    }

    ADeliveredShipment deliveredAfterDays(long days) {
        delivered = shipped.plus(Duration.ofDays(days));
        status = "Delivered";
        return this;
    }

    ADeliveredShipment promisedBy(String day) {
        promisedBy = LocalDate.parse(day);
        return this;
    }

    ADeliveredShipment failedFirstAttemptBefore() {
        firstAttempt = delivered.minus(Duration.ofDays(1));
        return this;
    }

    ADeliveredShipment lost() {
        status = "Exception";
        subStatus = "Lost";
        return this;
    }

    ADeliveredShipment returnedAfterDays(long days) {
        returned = shipped.plus(Duration.ofDays(days));
        status = "Exception";
        subStatus = "Returned";
        return this;
    }

    UUID insert(JdbcClient jdbc, TestTenant seller) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into shipment (id, tenant_id, shop_id, tracking_number, carrier_code, origin_country,
                                      destination_country, shipped_at, promised_by, status, sub_status, picked_up_at,
                                      export_customs_at, departed_origin_at, arrived_destination_at,
                                      import_customs_started_at, import_customs_cleared_at, last_mile_handover_at,
                                      first_attempt_at, delivered_at, returned_at)
                values (:id, :tenant, :shop, :number, :carrier, 'CN', :destination, :shipped, :promisedBy, :status,
                        :subStatus, :pickedUp, :exportCustoms, :departedOrigin, :arrivedDestination, :importStarted,
                        :importCleared, :handover, :firstAttempt, :delivered, :returned)
                """)
                .param("id", id).param("tenant", seller.id().value()).param("shop", seller.shop().id().value())
                .param("number", "SC" + id.toString().substring(0, 13).toUpperCase()).param("carrier", carrier)
                .param("destination", destination).param("shipped", ts(shipped)).param("promisedBy", promisedBy)
                .param("status", status).param("subStatus", subStatus).param("pickedUp", ts(pickedUp))
                .param("exportCustoms", ts(exportCustoms)).param("departedOrigin", ts(departedOrigin))
                .param("arrivedDestination", ts(arrivedDestination)).param("importStarted", ts(importStarted))
                .param("importCleared", ts(importCleared)).param("handover", ts(handover))
                .param("firstAttempt", ts(firstAttempt)).param("delivered", ts(delivered)).param("returned", ts(returned))
                .update();
        return id;
    }

    private static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}
