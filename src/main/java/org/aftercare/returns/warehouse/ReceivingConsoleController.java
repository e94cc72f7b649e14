package org.aftercare.returns.warehouse;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.aftercare.returns.ReturnId;
import org.aftercare.shared.NotFound;
import org.aftercare.tenancy.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The warehouse receiving screen, built for a scanner and the keyboard: the scan field has the
 * focus, Enter receives; then the first grade field has it, a/b/c/d and the quantities, Enter
 * grades; the page comes back with the outcome and the scan field focused for the next parcel.
 * Plain forms and redirects, so every step works without a mouse (and without JavaScript).
 */
@Controller
class ReceivingConsoleController {

    private final ReturnWarehouses warehouses;
    private final Receiving receiving;
    private final ReceivingBatches batches;
    private final GradeSettings grades;

    ReceivingConsoleController(ReturnWarehouses warehouses, Receiving receiving, ReceivingBatches batches,
                               GradeSettings grades) {
        this.warehouses = warehouses;
        this.receiving = receiving;
        this.batches = batches;
        this.grades = grades;
    }

    @GetMapping("/returns/receiving")
    String page(Actor actor, @RequestParam(required = false) UUID warehouse,
                @RequestParam(name = "return", required = false) UUID returnId, Model model) {
        List<ReturnWarehouses.Warehouse> all = warehouses.list(actor.tenant());
        ReturnWarehouses.Warehouse selected = all.stream().filter(w -> w.id().equals(warehouse)).findFirst()
                .orElse(all.isEmpty() ? null : all.getFirst());
        model.addAttribute("warehouses", all);
        model.addAttribute("warehouse", selected);
        model.addAttribute("batch", selected == null ? null : batches.openAt(actor.tenant(), selected.id()).orElse(null));
        model.addAttribute("grades", grades.list(actor.tenant()));
        if (returnId != null && selected != null) {
            try {
                model.addAttribute("receipt", receiving.get(actor, new ReturnId(returnId)));
            }
            catch (NotFound e) {
                model.addAttribute("error", e.getMessage());
            }
        }
        return "returns/receiving";
    }

    @PostMapping("/returns/receiving/scan")
    String scan(Actor actor, @RequestParam UUID warehouse, @RequestParam(required = false) String code,
                RedirectAttributes redirect) {
        try {
            Receipt receipt = receiving.scan(actor, warehouse, code);
            return back(warehouse, receipt.id().value());
        }
        catch (IllegalArgumentException | NotFound | ReceivingConflict e) {
            redirect.addFlashAttribute("error", e.getMessage());
            redirect.addFlashAttribute("scanned", code);
            return back(warehouse, null);
        }
    }

    @PostMapping("/returns/receiving/{id}/grades")
    String grade(Actor actor, @PathVariable UUID id, @RequestParam UUID warehouse,
                 @RequestParam List<Integer> lineNo, @RequestParam List<String> grade,
                 @RequestParam List<String> received, @RequestParam List<String> damaged,
                 RedirectAttributes redirect) {
        try {
            List<LineGrade> lines = new ArrayList<>();
            for (int i = 0; i < lineNo.size(); i++) {
                lines.add(new LineGrade(lineNo.get(i), grade.get(i), number("lines[" + i + "].receivedQuantity", received, i),
                        number("lines[" + i + "].damagedQuantity", damaged, i), null));
            }
            receiving.grade(actor, new ReturnId(id), lines);
        }
        catch (IllegalArgumentException | NotFound | ReceivingConflict e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return back(warehouse, id);
    }

    @PostMapping("/returns/receiving/batches")
    String openBatch(Actor actor, @RequestParam UUID warehouse, RedirectAttributes redirect) {
        try {
            batches.open(actor, warehouse);
        }
        catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return back(warehouse, null);
    }

    @PostMapping("/returns/receiving/batches/{id}/close")
    String closeBatch(Actor actor, @PathVariable UUID id, @RequestParam UUID warehouse, RedirectAttributes redirect) {
        redirect.addFlashAttribute("closed", batches.close(actor, id));
        return back(warehouse, null);
    }

    private static Integer number(String field, List<String> values, int i) {
        String value = i < values.size() ? values.get(i) : null;
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        }
        catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + ": a whole number, not " + value);
        }
    }

    private static String back(UUID warehouse, UUID returnId) {
        return "redirect:/returns/receiving?warehouse=" + warehouse + (returnId == null ? "" : "&return=" + returnId);
    }
}
