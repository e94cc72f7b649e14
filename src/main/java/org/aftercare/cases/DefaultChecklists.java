package org.aftercare.cases;

import static org.aftercare.evidence.EvidenceKind.*;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.aftercare.evidence.EvidenceKind;

/**
 * The default evidence checklist of every case type × reason, in one place; a shop replaces any of
 * them with its own (table case_checklist, {@code PUT /api/v1/cases/checklists/…}). Sources:
 * <ul>
 * <li>L6 / seed 000: every claim or appeal starts with the order record, the label photo with the
 * full waybill number and sender/receiver, and the tracking trail from pickup to the final or stall
 * point; then the proof of the problem — damage: outer packaging and multi-angle photos or video;
 * loss: the "delivered" scan plus the buyer's non-receipt statement and chat — and the
 * communication records (buyer chat, earlier tickets, e-mails, carrier statements); a quality
 * dispute needs the factory QC certificate. The seed's approved appeal carried order + label, the
 * stalled trail, the carrier's written delay statement and the buyer chat; the rejected one only an
 * order screenshot.</li>
 * <li>R9: a dispute is answered with order, tracking showing delivered or attempted, buyer
 * communication and the QC certificate.</li>
 * <li>L5: the carrier's investigation or incident report is the key evidence of a loss.</li>
 * </ul>
 */
public final class DefaultChecklists {

    private static final Map<CaseType, Map<CaseReason, EvidenceChecklist>> TABLE = new EnumMap<>(CaseType.class);

    static {
        // Platform disputes (R9): order, label, trail, buyer chat, plus the proof of the reason.
        dispute(CaseReason.NOT_RECEIVED, List.of(ORDER_RECORD, LABEL_PHOTO, TRACKING_TRAIL, CHAT_TRANSCRIPT),
                List.of(DELIVERY_PROOF, CARRIER_STATEMENT, EMAIL));
        dispute(CaseReason.NOT_AS_DESCRIBED, List.of(ORDER_RECORD, LABEL_PHOTO, TRACKING_TRAIL, CHAT_TRANSCRIPT),
                List.of(PACKING_VIDEO, QC_CERTIFICATE, EMAIL));
        dispute(CaseReason.DAMAGED, List.of(ORDER_RECORD, LABEL_PHOTO, TRACKING_TRAIL, DAMAGE_PHOTO, CHAT_TRANSCRIPT),
                List.of(PACKING_VIDEO, CARRIER_STATEMENT, EMAIL));
        dispute(CaseReason.MISSING_ITEMS, List.of(ORDER_RECORD, LABEL_PHOTO, TRACKING_TRAIL, PACKING_VIDEO, CHAT_TRANSCRIPT),
                List.of(EMAIL, OTHER));
        dispute(CaseReason.QUALITY, List.of(ORDER_RECORD, LABEL_PHOTO, TRACKING_TRAIL, QC_CERTIFICATE, CHAT_TRANSCRIPT),
                List.of(DAMAGE_PHOTO, PACKING_VIDEO, EMAIL));

        // Carrier claims (L5, L6): the carrier's own statement or ticket is what a claim stands on.
        define(CaseType.CARRIER_CLAIM, CaseReason.LOST, List.of(ORDER_RECORD, LABEL_PHOTO, TRACKING_TRAIL, CARRIER_STATEMENT),
                List.of(BUYER_STATEMENT, CHAT_TRANSCRIPT, REFUND_RECORD, EMAIL));
        define(CaseType.CARRIER_CLAIM, CaseReason.DAMAGED,
                List.of(ORDER_RECORD, LABEL_PHOTO, TRACKING_TRAIL, DAMAGE_PHOTO, PACKING_VIDEO),
                List.of(CARRIER_STATEMENT, CHAT_TRANSCRIPT, REFUND_RECORD));
        define(CaseType.CARRIER_CLAIM, CaseReason.LATE, List.of(ORDER_RECORD, LABEL_PHOTO, TRACKING_TRAIL),
                List.of(CARRIER_STATEMENT, CHAT_TRANSCRIPT, REFUND_RECORD));

        // Platform appeals (L6, seed 000's approved appeal; L7 for the account).
        define(CaseType.PLATFORM_APPEAL, CaseReason.LOGISTICS_PENALTY,
                List.of(ORDER_RECORD, LABEL_PHOTO, TRACKING_TRAIL, CARRIER_STATEMENT, CHAT_TRANSCRIPT),
                List.of(EMAIL));
        define(CaseType.PLATFORM_APPEAL, CaseReason.LATE_DISPATCH, List.of(ORDER_RECORD, LABEL_PHOTO, TRACKING_TRAIL),
                List.of(CARRIER_STATEMENT, PACKING_VIDEO, EMAIL));
        define(CaseType.PLATFORM_APPEAL, CaseReason.SHOP_HEALTH_VIOLATION,
                List.of(ORDER_RECORD, TRACKING_TRAIL, CHAT_TRANSCRIPT),
                List.of(LABEL_PHOTO, CARRIER_STATEMENT, EMAIL, OTHER));
        define(CaseType.PLATFORM_APPEAL, CaseReason.ACCOUNT_REINSTATEMENT, List.of(ORDER_RECORD, TRACKING_TRAIL, OTHER),
                List.of(CHAT_TRANSCRIPT, CARRIER_STATEMENT, EMAIL));

        // Delivered but not received: delivery proof, the carrier's investigation, the buyer's statement.
        define(CaseType.DELIVERED_NOT_RECEIVED, CaseReason.DELIVERED_NOT_RECEIVED,
                List.of(ORDER_RECORD, TRACKING_TRAIL, DELIVERY_PROOF, CARRIER_STATEMENT, BUYER_STATEMENT),
                List.of(LABEL_PHOTO, CHAT_TRANSCRIPT, EMAIL));
    }

    private DefaultChecklists() {
    }

    /**
     * The checklist of a platform appeal about the shop as a whole (no order): what a reinstatement
     * appeal stands on — the shop's account-health record (L7), generated into the case, and the
     * seller's statement (written on the case or uploaded) — and any other document the seller adds.
     */
    public static EvidenceChecklist shopAppeal(CaseReason reason) {
        return new EvidenceChecklist(CaseType.PLATFORM_APPEAL, reason, List.of(ACCOUNT_HEALTH_RECORD, SELLER_STATEMENT),
                List.of(OTHER), false);
    }

    /** The default checklist of a type × reason. */
    public static EvidenceChecklist of(CaseType type, CaseReason reason) {
        type.requireReason(reason);
        return TABLE.get(type).get(reason);
    }

    private static void dispute(CaseReason reason, List<EvidenceKind> required, List<EvidenceKind> optional) {
        define(CaseType.PLATFORM_DISPUTE, reason, required, optional);
    }

    private static void define(CaseType type, CaseReason reason, List<EvidenceKind> required, List<EvidenceKind> optional) {
        TABLE.computeIfAbsent(type, t -> new EnumMap<>(CaseReason.class))
                .put(reason, new EvidenceChecklist(type, reason, required, optional, false));
    }
}
