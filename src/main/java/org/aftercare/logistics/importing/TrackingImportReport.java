package org.aftercare.logistics.importing;

import java.util.List;

import org.aftercare.shared.csv.RowProblem;

/**
 * The outcome of one tracking-event CSV import, counted in lines (one line is one event):
 * {@code rows = stored + duplicates + rejected}, and each rejected line has at least one entry in
 * {@code errors} with its line number (the header is line 1). When the whole file is rejected (no
 * header, a missing column) nothing is stored and one error says why.
 *
 * @param duplicates events stored before (the same file again), which changed nothing
 */
public record TrackingImportReport(long rows, long stored, long duplicates, long unmapped, long waitingForShipment,
                                   long future, long rejected, List<RowProblem> errors) {

    public TrackingImportReport {
        errors = List.copyOf(errors);
    }
}
