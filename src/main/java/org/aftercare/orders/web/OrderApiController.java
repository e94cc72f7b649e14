package org.aftercare.orders.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.aftercare.orders.OrderFilter;
import org.aftercare.orders.OrderId;
import org.aftercare.orders.Orders;
import org.aftercare.orders.OrdersProperties;
import org.aftercare.orders.importing.ImportReport;
import org.aftercare.orders.importing.OrderCsvImport;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.ShopId;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/v1/orders")
@Tag(name = "Orders", description = "Orders of the tenant's shops, their lines and buyers")
class OrderApiController {

    private final Orders orders;
    private final OrderCsvImport csvImport;
    private final OrdersProperties properties;

    OrderApiController(Orders orders, OrderCsvImport csvImport, OrdersProperties properties) {
        this.orders = orders;
        this.csvImport = csvImport;
        this.properties = properties;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create an order",
            description = "201 when created; 200 when the identical order exists; 409 when the order number is taken by other content.")
    ResponseEntity<?> create(Actor actor, @Valid @RequestBody OrderRequest request) {
        Orders.Outcome outcome = orders.create(actor, request.toNewOrder());
        URI location = URI.create("/api/v1/orders/" + outcome.order());
        return switch (outcome.result()) {
            case CREATED -> ResponseEntity.created(location).body(OrderResponse.of(orders.get(actor, outcome.order())));
            case UNCHANGED -> ResponseEntity.ok().location(location).body(OrderResponse.of(orders.get(actor, outcome.order())));
            case CONFLICT -> {
                ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                        "Order " + outcome.orderNumber() + " exists in this shop with other content");
                problem.setTitle("Order number taken");
                problem.setProperty("field", "orderNumber");
                problem.setProperty("existing", location);
                yield ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
            }
        };
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read an order", description = "Buyer contact data is masked for read-only tokens.")
    OrderResponse get(Actor actor, @PathVariable UUID id) {
        return OrderResponse.of(orders.get(actor, new OrderId(id)));
    }

    @GetMapping
    @Operation(summary = "List orders, newest first",
            description = "placedFrom is inclusive, placedTo exclusive; size is capped at aftercare.orders.max-page-size.")
    OrderResponse.Page list(Actor actor,
                            @RequestParam(required = false) UUID shop,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime placedFrom,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime placedTo,
                            @RequestParam(required = false) String sku,
                            @RequestParam(defaultValue = "0") int page,
                            @RequestParam(required = false) Integer size) {
        OrderFilter filter = new OrderFilter(shop == null ? null : new ShopId(shop),
                placedFrom == null ? null : placedFrom.toInstant(),
                placedTo == null ? null : placedTo.toInstant(),
                sku == null || sku.isBlank() ? null : sku.strip());
        return OrderResponse.Page.of(orders.list(actor, filter, page, size == null ? properties.defaultPageSize() : size));
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import orders from a CSV file",
            description = "UTF-8, a header row, one row per order line. Good orders are kept; each bad row is reported with its line in the file (the header is line 1), column and reason; importing the same file again changes nothing.")
    ImportReport importFile(Actor actor, @RequestParam UUID shop, @RequestPart("file") MultipartFile file) throws IOException {
        try (InputStream csv = file.getInputStream()) {
            return csvImport.importCsv(actor, new ShopId(shop), csv);
        }
    }

    @PostMapping(path = "/import", consumes = "text/csv")
    @Operation(summary = "Import orders from a CSV body", description = "As the multipart variant, with the file as the body.")
    ImportReport importBody(Actor actor, @RequestParam UUID shop, InputStream csv) {
        // The servlet's stream, read as it arrives; no converter buffers the file first.
        return csvImport.importCsv(actor, new ShopId(shop), csv);
    }
}
