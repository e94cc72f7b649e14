package org.aftercare.remedies.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.aftercare.remedies.ledger.CostLedger;
import org.aftercare.remedies.ledger.LedgerEntry;
import org.aftercare.remedies.ledger.Totals;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.Shops;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import de.siegmar.fastcsv.writer.CsvWriter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/offers")
@Tag(name = "Offer ledger", description = "What delays cost: every grant, totals per period, carrier and SKU, per currency")
class LedgerApiController {

    /** The most entries one CSV holds. */
    static final int CSV_LIMIT = 100_000;

    private final CostLedger ledger;
    private final Shops shops;
    private final Clock clock;

    LedgerApiController(CostLedger ledger, Shops shops, Clock clock) {
        this.ledger = ledger;
        this.shops = shops;
        this.clock = clock;
    }

    @GetMapping("/ledger/totals")
    @Operation(summary = "Ledger totals", description = "by=PERIOD|CARRIER|SKU, period=DAY|WEEK|MONTH (UTC buckets); "
            + "from/to ISO dates (UTC, to exclusive; default the last 90 days); one row per group and currency, never mixed.")
    Totals totals(Actor actor, @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
                  @RequestParam(required = false) UUID shop, @RequestParam(required = false) CostLedger.By by,
                  @RequestParam(required = false) CostLedger.Period period) {
        LedgerQuery q = LedgerQuery.of(from, to, shop, by, period, clock);
        return ledger.totals(actor.tenant(), q.shops(actor, shops), q.from(), q.to(), q.by(), q.period());
    }

    @GetMapping("/ledger")
    @Operation(summary = "Ledger entries, newest first", description = "One row per granted offer and SKU.")
    List<LedgerEntry> entries(Actor actor, @RequestParam(required = false) LocalDate from,
                              @RequestParam(required = false) LocalDate to, @RequestParam(required = false) UUID shop,
                              @RequestParam(defaultValue = "500") int limit) {
        if (limit < 1 || limit > CSV_LIMIT) {
            throw new IllegalArgumentException("limit: between 1 and " + CSV_LIMIT);
        }
        LedgerQuery q = LedgerQuery.of(from, to, shop, null, null, clock);
        return ledger.entries(actor.tenant(), q.shops(actor, shops), q.from(), q.to(), limit);
    }

    @GetMapping("/ledger.csv")
    @Operation(summary = "Ledger entries as CSV", description = "with=totals and by/period for the totals instead.")
    ResponseEntity<String> csv(Actor actor, @RequestParam(required = false) LocalDate from,
                               @RequestParam(required = false) LocalDate to, @RequestParam(required = false) UUID shop,
                               @RequestParam(required = false) String with, @RequestParam(required = false) CostLedger.By by,
                               @RequestParam(required = false) CostLedger.Period period) {
        LedgerQuery q = LedgerQuery.of(from, to, shop, by, period, clock);
        List<UUID> served = q.shops(actor, shops);
        StringWriter out = new StringWriter();
        try (CsvWriter csv = CsvWriter.builder().build(out)) {
            if ("totals".equals(with)) {
                csv.writeRecord(q.by().name().toLowerCase(), "currency", "total", "offers");
                for (Totals.Row r : ledger.totals(actor.tenant(), served, q.from(), q.to(), q.by(), q.period()).rows()) {
                    csv.writeRecord(r.key(), r.total().currency().getCurrencyCode(), r.total().amount().toPlainString(),
                            Long.toString(r.offers()));
                }
            }
            else {
                csv.writeRecord("granted_at", "order", "carrier", "sku", "kind", "amount", "currency", "reason", "granted_by",
                        "offer");
                for (LedgerEntry e : ledger.entries(actor.tenant(), served, q.from(), q.to(), CSV_LIMIT)) {
                    csv.writeRecord(e.grantedAt().toString(), e.orderNumber(), e.carrierCode() == null ? "" : e.carrierCode(),
                            e.sku(), e.kind(), e.amount().amount().toPlainString(), e.amount().currency().getCurrencyCode(),
                            e.reason(), e.grantedBy(), e.offer().toString());
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"offer-ledger-" + q.from() + ".csv\"")
                .body(out.toString());
    }
}
