package org.aftercare.evidence.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.aftercare.evidence.EvidenceArchive;
import org.aftercare.evidence.EvidenceItem;
import org.aftercare.evidence.EvidenceItemId;
import org.aftercare.evidence.EvidenceKind;
import org.aftercare.evidence.EvidenceRefused;
import org.aftercare.evidence.NewEvidence;
import org.aftercare.logistics.ShipmentId;
import org.aftercare.orders.OrderId;
import org.aftercare.shared.NotFound;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.ShopId;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/evidence")
@Tag(name = "Evidence", description = "Files per order kept by SHA-256: upload, list, download (hash-checked), generate, purge")
class EvidenceApiController {

    private final EvidenceArchive archive;

    EvidenceApiController(EvidenceArchive archive) {
        this.archive = archive;
    }

    @PostMapping(path = "/orders/{order}/items", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a file to an order's evidence",
            description = "The type is read from the bytes and must match the file name. Refused with 400 naming the "
                    + "file and the reason: empty, over the size limit, a path in the name, content unlike the extension, "
                    + "a corrupt image. The same bytes again return the existing item.")
    ItemResponse upload(Actor actor, @PathVariable UUID order, @RequestPart("file") MultipartFile file,
                        @RequestParam("kind") String kind, @RequestParam(name = "shipment", required = false) UUID shipment,
                        @RequestParam(name = "caseRef", required = false) UUID caseRef,
                        @RequestParam(name = "capturedAt", required = false) Instant capturedAt) {
        NewEvidence what = new NewEvidence(new OrderId(order), shipment == null ? null : new ShipmentId(shipment), caseRef,
                kind(kind), file.getOriginalFilename(), capturedAt, "upload");
        try (InputStream content = file.getInputStream()) {
            return ItemResponse.of(archive.add(actor, what, content));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/orders/{order}/items")
    @Operation(summary = "The evidence of an order, oldest first, with each file's SHA-256")
    List<ItemResponse> ofOrder(Actor actor, @PathVariable UUID order) {
        return ItemResponse.of(archive.ofOrder(actor, new OrderId(order)));
    }

    @PostMapping("/orders/{order}/generate")
    @Operation(summary = "Generate the order record, tracking trails and chat transcripts",
            description = "Idempotent: without new data the same items are returned.")
    List<ItemResponse> generate(Actor actor, @PathVariable UUID order) {
        return ItemResponse.of(archive.generate(actor, new OrderId(order)));
    }

    @GetMapping("/items/{id}")
    ItemResponse item(Actor actor, @PathVariable UUID id) {
        return ItemResponse.of(archive.get(actor, new EvidenceItemId(id)));
    }

    @GetMapping("/items/{id}/content")
    @Operation(summary = "Download a file, checked against its SHA-256",
            description = "The file is read and hashed before the first byte is sent: a changed or missing file answers "
                    + "409 (tampered) and the finding is audited. Served as an attachment, never rendered inline.")
    void content(Actor actor, @PathVariable UUID id, HttpServletResponse response) throws IOException {
        EvidenceItem item = archive.get(actor, new EvidenceItemId(id));
        // hashed to the end before the first byte is sent, so that a tampered file can still answer 409
        Path verified = Files.createTempFile("evidence-", ".download");
        try {
            try (OutputStream out = Files.newOutputStream(verified)) {
                archive.copyContent(actor, item.id(), out);
            }
            response.setContentType(item.mediaType());
            response.setContentLengthLong(item.size());
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename(item.fileName(), StandardCharsets.UTF_8).build().toString());
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Repr-Digest",
                    "sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(item.sha256())) + ":");
            Files.copy(verified, response.getOutputStream());
        }
        finally {
            Files.deleteIfExists(verified);
        }
    }

    @GetMapping("/items/{id}/thumbnail")
    ResponseEntity<byte[]> thumbnail(Actor actor, @PathVariable UUID id) {
        byte[] jpeg = archive.thumbnail(actor, new EvidenceItemId(id)).orElseThrow(() -> new NotFound("Thumbnail of item", id));
        return ResponseEntity.ok().contentType(MediaType.IMAGE_JPEG)
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=86400")
                .body(jpeg);
    }

    @DeleteMapping("/items/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Request deletion of an item (managers)",
            description = "Refused with 409 inside the retention period (180 days or the shop's setting after the "
                    + "order's last activity) or while the order is under legal hold; refusals are audited.")
    void purge(Actor actor, @PathVariable UUID id) {
        archive.purge(actor, new EvidenceItemId(id));
    }

    record RetentionBody(Integer retentionDays) {
    }

    @PutMapping("/retention/{shop}")
    @Operation(summary = "Set a shop's evidence retention in days (managers; at least 180)")
    RetentionBody setRetention(Actor actor, @PathVariable UUID shop, @RequestBody RetentionBody body) {
        if (body == null || body.retentionDays() == null) {
            throw new IllegalArgumentException("retentionDays: required");
        }
        archive.setRetention(actor, new ShopId(shop), body.retentionDays());
        return body;
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail refused(IllegalArgumentException e) {
        String message = String.valueOf(e.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
        problem.setTitle(e instanceof EvidenceRefused ? "File refused" : "Invalid request");
        int colon = message.indexOf(':');
        if (colon > 0 && !message.substring(0, colon).contains(" ")) {
            problem.setProperty("field", message.substring(0, colon));
        }
        return problem;
    }

    private static EvidenceKind kind(String kind) {
        try {
            return EvidenceKind.valueOf(kind.strip().toUpperCase(java.util.Locale.ROOT));
        }
        catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("kind: " + kind + " is not one of " + Arrays.toString(EvidenceKind.values()));
        }
    }
}
