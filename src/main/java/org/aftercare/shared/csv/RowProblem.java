package org.aftercare.shared.csv;

/**
 * Why one line of a CSV file was not imported, or a warning about how it was read.
 *
 * @param line  the line in the file as an editor shows it; the header is line 1
 * @param field the CSV column at fault; null when the whole line is
 */
public record RowProblem(long line, String field, String reason) {
}
