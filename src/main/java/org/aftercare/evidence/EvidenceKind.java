package org.aftercare.evidence;

/** What an evidence item shows; a case checklist asks for items by kind. */
public enum EvidenceKind {
    /** the order as the shop knows it: lines, prices, buyer's market, dates */
    ORDER_RECORD,
    /** a photo of the label with the full waybill number, sender and receiver */
    LABEL_PHOTO,
    PACKING_VIDEO,
    /** every tracking event with timestamp, zone and location (the "tracking screenshot") */
    TRACKING_TRAIL,
    CHAT_TRANSCRIPT,
    EMAIL,
    /** a carrier's statement or investigation ticket */
    CARRIER_STATEMENT,
    /** a photo or video of the damage */
    DAMAGE_PHOTO,
    QC_CERTIFICATE,
    /** a delivery photo, GPS position or signature */
    DELIVERY_PROOF,
    BUYER_STATEMENT,
    REFUND_RECORD,
    /** a notice sent to the buyer (outreach) */
    NOTICE,
    /** the shop's account-health record (L7): issues handled, notices, offers, cases won, response times */
    ACCOUNT_HEALTH_RECORD,
    /** the seller's own statement or letter to the platform */
    SELLER_STATEMENT,
    OTHER
}
