package org.aftercare.returns.warehouse;

/**
 * The grade given to one returned line.
 *
 * @param receivedQuantity what came back; by default the returned quantity (0 for grade D)
 * @param damagedQuantity  of those received, how many are damaged; by default 0
 */
public record LineGrade(Integer lineNo, String grade, Integer receivedQuantity, Integer damagedQuantity, String notes) {
}
