package org.aftercare.logistics.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.aftercare.logistics.importing.EventBatchReport;
import org.aftercare.logistics.importing.EventText;
import org.aftercare.logistics.importing.TrackingCsvImport;
import org.aftercare.logistics.importing.TrackingEventBatches;
import org.aftercare.logistics.importing.TrackingImportReport;
import org.aftercare.tenancy.Actor;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/tracking-events")
@Tag(name = "Tracking events", description = "Tracking events from the seller's own systems, as JSON or CSV")
class TrackingEventApiController {

    private final TrackingEventBatches batches;
    private final TrackingCsvImport csvImport;

    TrackingEventApiController(TrackingEventBatches batches, TrackingCsvImport csvImport) {
        this.batches = batches;
        this.csvImport = csvImport;
    }

    /**
     * A batch as posted. Every field is read as text so that one bad event is rejected with its
     * index and field while the others are kept; only a body that is not JSON fails as a whole.
     */
    record Batch(List<EventText> events) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Post a batch of tracking events",
            description = "Up to 10,000 events. occurredAt is ISO-8601; without an offset it is read in the event's "
                    + "zone, else in the main zone of its country, else the event is rejected. Either status or "
                    + "rawStatus is required (a raw status is mapped by the status mappings). Good events are kept "
                    + "even when others are rejected; posting the same batch again stores nothing.")
    EventBatchReport post(Actor actor, @RequestBody Batch batch) {
        return batches.ingest(actor, batch.events());
    }

    @PostMapping(path = "/import", consumes = "text/csv")
    @Operation(summary = "Import tracking events from a CSV body",
            description = "UTF-8 with a header row, one event per line. Columns (any order and case): tracking_number, "
                    + "occurred_at, status or raw_status; optional carrier, event_id, zone, country, location, "
                    + "description, sub_status, milestone. Each bad line is reported with its line number "
                    + "(the header is line 1) and reason; importing the same file again stores nothing.")
    TrackingImportReport importBody(Actor actor, InputStream csv) {
        // The servlet's stream, read as it arrives; no converter buffers the file first.
        return csvImport.importCsv(actor, csv);
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import tracking events from an uploaded CSV file", description = "As the text/csv variant.")
    TrackingImportReport importFile(Actor actor, @RequestPart("file") MultipartFile file) throws IOException {
        try (InputStream csv = file.getInputStream()) {
            return csvImport.importCsv(actor, csv);
        }
    }
}
