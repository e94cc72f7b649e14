package org.aftercare.evidence.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.aftercare.evidence.EvidenceArchive;
import org.aftercare.evidence.EvidenceItem;
import org.aftercare.evidence.EvidenceItemId;
import org.aftercare.evidence.EvidenceKind;
import org.aftercare.evidence.EvidenceRefused;
import org.aftercare.evidence.NewEvidence;
import org.aftercare.evidence.Tampered;
import org.aftercare.evidence.items.EvidenceRows;
import org.aftercare.orders.Order;
import org.aftercare.orders.OrderId;
import org.aftercare.orders.Orders;
import org.aftercare.shared.NotFound;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.Shop;
import org.aftercare.tenancy.Shops;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The evidence console: find an order, see its files with their SHA-256 and thumbnails, add files by
 * drag and drop (the {@code evidence/parts :: upload} widget, also used on the case page), generate the
 * order record, trail and transcripts.
 */
@Controller
class EvidenceConsoleController {

    static final int RECENT = 20;

    private final EvidenceArchive archive;
    private final EvidenceRows rows;
    private final Orders orders;
    private final Shops shops;

    EvidenceConsoleController(EvidenceArchive archive, EvidenceRows rows, Orders orders, Shops shops) {
        this.archive = archive;
        this.rows = rows;
        this.orders = orders;
        this.shops = shops;
    }

    @GetMapping("/evidence")
    String index(Actor actor, @RequestParam(required = false) String number, Model model) {
        if (number != null && !number.isBlank()) {
            Optional<Order> found = byNumber(actor, number.strip());
            if (found.isPresent()) {
                return "redirect:/evidence/orders/" + found.get().id();
            }
            model.addAttribute("notFound", number.strip());
        }
        List<Order> recent = rows.recentOrders(actor.tenant(), RECENT).stream()
                .flatMap(id -> orders.find(actor.tenant(), id).stream())
                .filter(o -> actor.serves(o.market()))
                .toList();
        model.addAttribute("recent", recent);
        model.addAttribute("number", number);
        return "evidence/index";
    }

    @GetMapping("/evidence/orders/{id}")
    String order(Actor actor, @PathVariable UUID id, Model model) {
        OrderId orderId = new OrderId(id);
        List<EvidenceItem> items = archive.ofOrder(actor, orderId);
        model.addAttribute("order", orders.get(actor, orderId));
        model.addAttribute("items", items);
        model.addAttribute("canWrite", actor.role().canWrite());
        return "evidence/order";
    }

    @PostMapping("/evidence/orders/{id}/generate")
    String generate(Actor actor, @PathVariable UUID id) {
        archive.generate(actor, new OrderId(id));
        return "redirect:/evidence/orders/" + id + "?generated";
    }

    /** The upload widget's target: one file per request, answered in JSON so the widget can show the reason. */
    @PostMapping(path = "/evidence/orders/{id}/items", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseBody
    ResponseEntity<Map<String, Object>> upload(Actor actor, @PathVariable UUID id, @RequestPart("file") MultipartFile file,
                                               @RequestParam("kind") String kind,
                                               @RequestParam(name = "caseRef", required = false) UUID caseRef) {
        EvidenceKind parsed = Arrays.stream(EvidenceKind.values()).filter(k -> k.name().equals(kind)).findFirst().orElse(null);
        if (parsed == null) {
            return ResponseEntity.badRequest().body(Map.of("error", "kind: " + kind + " is not an evidence kind"));
        }
        try (InputStream content = file.getInputStream()) {
            EvidenceItem item = archive.add(actor, new NewEvidence(new OrderId(id), null, caseRef, parsed,
                    file.getOriginalFilename(), null, "console"), content);
            return ResponseEntity.status(HttpStatus.CREATED)
                    .body(Map.of("id", item.id().toString(), "fileName", item.fileName(), "sha256", item.sha256()));
        }
        catch (EvidenceRefused e) {
            return ResponseEntity.badRequest().body(Map.of("error", e.getMessage()));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/evidence/items/{id}/content")
    void content(Actor actor, @PathVariable UUID id, HttpServletResponse response) throws IOException {
        EvidenceItem item = archive.get(actor, new EvidenceItemId(id));
        Path verified = Files.createTempFile("evidence-", ".download");
        try {
            try (OutputStream out = Files.newOutputStream(verified)) {
                archive.copyContent(actor, item.id(), out);
            }
            catch (Tampered e) {
                response.sendError(HttpStatus.CONFLICT.value(), e.getMessage());
                return;
            }
            response.setContentType(item.mediaType());
            response.setContentLengthLong(item.size());
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename(item.fileName(), StandardCharsets.UTF_8).build().toString());
            response.setHeader("X-Content-Type-Options", "nosniff");
            Files.copy(verified, response.getOutputStream());
        }
        finally {
            Files.deleteIfExists(verified);
        }
    }

    @GetMapping("/evidence/items/{id}/thumbnail")
    ResponseEntity<byte[]> thumbnail(Actor actor, @PathVariable UUID id) {
        byte[] jpeg = archive.thumbnail(actor, new EvidenceItemId(id)).orElseThrow(() -> new NotFound("Thumbnail of item", id));
        return ResponseEntity.ok().contentType(MediaType.IMAGE_JPEG).header(HttpHeaders.CACHE_CONTROL, "private, max-age=86400")
                .body(jpeg);
    }

    private Optional<Order> byNumber(Actor actor, String number) {
        for (Shop shop : shops.of(actor.tenant())) {
            Optional<Order> order = orders.findByNumber(actor.tenant(), shop.id(), number).filter(o -> actor.serves(o.market()));
            if (order.isPresent()) {
                return order;
            }
        }
        return Optional.empty();
    }
}
