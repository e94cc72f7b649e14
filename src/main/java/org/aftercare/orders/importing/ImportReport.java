package org.aftercare.orders.importing;

import java.util.List;

import org.aftercare.shared.csv.RowProblem;

/**
 * The outcome of one CSV import, counted in lines (one line is one order line):
 * {@code rows = imported + unchanged + rejected}, and each rejected line has at least one entry in
 * {@code errors}. When the whole file is rejected (a missing column, not UTF-8, too long) nothing
 * is imported and one error says why.
 *
 * @param unchanged lines of orders stored before with the same content (a re-import)
 * @param warnings  how lines were read where the file was ambiguous, e.g. times without a zone
 */
public record ImportReport(long rows, long imported, long unchanged, long rejected,
                           long ordersImported, long ordersUnchanged, long ordersRejected,
                           List<RowProblem> errors, List<RowProblem> warnings) {

    public ImportReport {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    public boolean clean() {
        return rejected == 0 && errors.isEmpty();
    }
}
