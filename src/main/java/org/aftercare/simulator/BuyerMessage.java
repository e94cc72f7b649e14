package org.aftercare.simulator;

/**
 * A message a buyer writes about an order, labelled with its intent so that classifiers and
 * suggested replies can be tested against it.
 *
 * @param language ISO 639-1: en, de, fr, it, es or zh
 */
public record BuyerMessage(String id, String market, String language, MessageIntent intent, String orderNumber,
                           String sku, String product, String trackingNumber, String buyerName, String text) {
}
