package org.aftercare.simulator;

/**
 * A buyer's request to return an item, with the reason they picked and what they wrote.
 *
 * @param daysAfterDelivery when the request came, counted from delivery
 */
public record ReturnRequest(String id, String market, String language, String orderNumber, String sku,
                            String product, int quantity, ReturnReason reason, String comment,
                            int daysAfterDelivery) {
}
