package org.aftercare.returns.warehouse;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.aftercare.returns.ReturnId;
import org.aftercare.tenancy.Actor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The API of return warehouses, return parcels, receiving, QC grades and refunds (see docs/returns.md). */
@RestController
class WarehouseApiController {

    private final ReturnWarehouses warehouses;
    private final Receiving receiving;
    private final ReceivingBatches batches;
    private final GradeSettings grades;
    private final Refunds refunds;
    private final Exchanges exchanges;

    WarehouseApiController(ReturnWarehouses warehouses, Receiving receiving, ReceivingBatches batches,
                           GradeSettings grades, Refunds refunds, Exchanges exchanges) {
        this.exchanges = exchanges;
        this.warehouses = warehouses;
        this.receiving = receiving;
        this.batches = batches;
        this.grades = grades;
        this.refunds = refunds;
    }

    @GetMapping("/api/v1/returns/warehouses")
    List<ReturnWarehouses.Warehouse> warehouses(Actor actor) {
        return warehouses.list(actor.tenant());
    }

    @PostMapping("/api/v1/returns/warehouses")
    @ResponseStatus(HttpStatus.CREATED)
    ReturnWarehouses.Warehouse create(Actor actor, @RequestBody ReturnWarehouses.NewWarehouse body) {
        return warehouses.create(actor, body);
    }

    @GetMapping("/api/v1/returns/{id}/destination")
    ReturnWarehouses.Warehouse destination(Actor actor, @PathVariable UUID id) {
        return warehouses.destination(actor, new ReturnId(id));
    }

    record ShipmentBody(String carrierCode, String trackingNumber, String labelUrl) {
    }

    @PostMapping("/api/v1/returns/{id}/shipment")
    ReturnWarehouses.ReturnShipment shipment(Actor actor, @PathVariable UUID id, @RequestBody ShipmentBody body) {
        return warehouses.recordShipment(actor, new ReturnId(id), body.carrierCode(), body.trackingNumber(), body.labelUrl());
    }

    record ScanBody(UUID warehouse, String trackingNumber, String returnNumber, String code) {
    }

    @PostMapping("/api/v1/returns/receiving/scan")
    Receipt scan(Actor actor, @RequestBody ScanBody body) {
        String code = body.trackingNumber() != null ? body.trackingNumber()
                : body.returnNumber() != null ? body.returnNumber() : body.code();
        return receiving.scan(actor, body.warehouse(), code);
    }

    record GradesBody(List<LineGrade> lines) {
    }

    @PostMapping("/api/v1/returns/{id}/grades")
    Receipt grade(Actor actor, @PathVariable UUID id, @RequestBody GradesBody body) {
        return receiving.grade(actor, new ReturnId(id), body.lines());
    }

    @GetMapping("/api/v1/returns/{id}/receipt")
    Receipt receipt(Actor actor, @PathVariable UUID id) {
        return receiving.get(actor, new ReturnId(id));
    }

    record ExchangeBody(String orderNumber) {
    }

    /** Links the replacement order of a received exchange (TO_SHIP → LINKED); the same order again → 200, unchanged. */
    @PostMapping("/api/v1/returns/{id}/exchange")
    Receipt linkExchange(Actor actor, @PathVariable UUID id, @RequestBody ExchangeBody body) {
        return exchanges.link(actor, new ReturnId(id), body.orderNumber());
    }

    record BatchBody(UUID warehouse) {
    }

    @PostMapping("/api/v1/returns/receiving/batches")
    ReceivingBatches.Batch openBatch(Actor actor, @RequestBody BatchBody body) {
        if (body.warehouse() == null) {
            throw new IllegalArgumentException("warehouse: required");
        }
        return batches.open(actor, body.warehouse());
    }

    @PostMapping("/api/v1/returns/receiving/batches/{id}/close")
    ReceivingBatches.Batch closeBatch(Actor actor, @PathVariable UUID id) {
        return batches.close(actor, id);
    }

    @GetMapping("/api/v1/returns/receiving/batches/{id}")
    ReceivingBatches.Batch batch(Actor actor, @PathVariable UUID id) {
        return batches.get(actor.tenant(), id);
    }

    @GetMapping("/api/v1/returns/grades")
    List<GradeSettings.GradeSetting> grades(Actor actor) {
        return grades.list(actor.tenant());
    }

    record GradeBody(String meaning, Integer refundPercent) {
    }

    @PutMapping("/api/v1/returns/grades/{grade}")
    GradeSettings.GradeSetting saveGrade(Actor actor, @PathVariable String grade, @RequestBody GradeBody body) {
        return grades.save(actor, QcGrade.parse("grade", grade), body.meaning(), body.refundPercent());
    }

    @GetMapping("/api/v1/refunds")
    List<Refunds.Refund> refunds(Actor actor, @RequestParam(required = false) String status,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return refunds.list(actor, status, from, to);
    }

    record PaidBody(String platformReference) {
    }

    @PostMapping("/api/v1/refunds/{id}/paid")
    Refunds.Refund paid(Actor actor, @PathVariable UUID id, @RequestBody PaidBody body) {
        return refunds.paid(actor, id, body.platformReference());
    }

    @GetMapping("/api/v1/refunds/cash-flow")
    List<Refunds.CashFlowDay> cashFlow(Actor actor,
                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return refunds.cashFlow(actor, from, to);
    }
}
