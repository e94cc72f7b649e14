package org.aftercare.cases;

import static org.aftercare.evidence.EvidenceKind.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.aftercare.evidence.EvidenceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The default evidence checklists, specified by example from L6, R9 and seed 000: what each case
 * type × reason must carry before it goes out, and what it may carry besides.
 */
class EvidenceChecklistTests {

    static Stream<Arguments> checklists() {
        return Stream.of(
                // L6: every claim starts with the order, the label with the full waybill, the trail.
                row("a dispute about a parcel not received", CaseType.PLATFORM_DISPUTE, CaseReason.NOT_RECEIVED,
                        List.of(ORDER_RECORD, LABEL_PHOTO, TRACKING_TRAIL, CHAT_TRANSCRIPT),
                        List.of(DELIVERY_PROOF, CARRIER_STATEMENT, EMAIL)),
                row("a dispute about an item not as described", CaseType.PLATFORM_DISPUTE, CaseReason.NOT_AS_DESCRIBED,
                        List.of(ORDER_RECORD, LABEL_PHOTO, TRACKING_TRAIL, CHAT_TRANSCRIPT),
                        List.of(PACKING_VIDEO, QC_CERTIFICATE, EMAIL)),
                // L6: damage needs photos of the outer packaging and the item from several angles.
                row("a damaged-item dispute", CaseType.PLATFORM_DISPUTE, CaseReason.DAMAGED,
                        List.of(ORDER_RECORD, LABEL_PHOTO, TRACKING_TRAIL, DAMAGE_PHOTO, CHAT_TRANSCRIPT),
                        List.of(PACKING_VIDEO, CARRIER_STATEMENT, EMAIL)),
                // The packing video shows what went into the box.
                row("a dispute about missing items", CaseType.PLATFORM_DISPUTE, CaseReason.MISSING_ITEMS,
                        List.of(ORDER_RECORD, LABEL_PHOTO, TRACKING_TRAIL, PACKING_VIDEO, CHAT_TRANSCRIPT),
                        List.of(EMAIL, OTHER)),
                // L6 and R9: a quality dispute needs the factory QC certificate.
                row("a quality dispute", CaseType.PLATFORM_DISPUTE, CaseReason.QUALITY,
                        List.of(ORDER_RECORD, LABEL_PHOTO, TRACKING_TRAIL, QC_CERTIFICATE, CHAT_TRANSCRIPT),
                        List.of(DAMAGE_PHOTO, PACKING_VIDEO, EMAIL)),
                // L5: the carrier's investigation or incident report is the key evidence of a loss.
                row("a lost-parcel carrier claim", CaseType.CARRIER_CLAIM, CaseReason.LOST,
                        List.of(ORDER_RECORD, LABEL_PHOTO, TRACKING_TRAIL, CARRIER_STATEMENT),
                        List.of(BUYER_STATEMENT, CHAT_TRANSCRIPT, REFUND_RECORD, EMAIL)),
                // A carrier pays for damage only if the parcel was packed well: the packing video.
                row("a damaged-parcel carrier claim", CaseType.CARRIER_CLAIM, CaseReason.DAMAGED,
                        List.of(ORDER_RECORD, LABEL_PHOTO, TRACKING_TRAIL, DAMAGE_PHOTO, PACKING_VIDEO),
                        List.of(CARRIER_STATEMENT, CHAT_TRANSCRIPT, REFUND_RECORD)),
                row("a late-delivery carrier claim", CaseType.CARRIER_CLAIM, CaseReason.LATE,
                        List.of(ORDER_RECORD, LABEL_PHOTO, TRACKING_TRAIL),
                        List.of(CARRIER_STATEMENT, CHAT_TRANSCRIPT, REFUND_RECORD)),
                // Seed 000's approved appeal: order + label, the stalled trail, the carrier's written
                // delay statement and the buyer chat.
                row("an appeal against a logistics penalty", CaseType.PLATFORM_APPEAL, CaseReason.LOGISTICS_PENALTY,
                        List.of(ORDER_RECORD, LABEL_PHOTO, TRACKING_TRAIL, CARRIER_STATEMENT, CHAT_TRANSCRIPT),
                        List.of(EMAIL)),
                row("an appeal against a late-dispatch penalty", CaseType.PLATFORM_APPEAL, CaseReason.LATE_DISPATCH,
                        List.of(ORDER_RECORD, LABEL_PHOTO, TRACKING_TRAIL),
                        List.of(CARRIER_STATEMENT, PACKING_VIDEO, EMAIL)),
                row("an appeal against a shop-health violation", CaseType.PLATFORM_APPEAL, CaseReason.SHOP_HEALTH_VIOLATION,
                        List.of(ORDER_RECORD, TRACKING_TRAIL, CHAT_TRANSCRIPT),
                        List.of(LABEL_PHOTO, CARRIER_STATEMENT, EMAIL, OTHER)),
                // L7 on an order: the handling record goes in as OTHER (a shop-level appeal gets it generated, below).
                row("an appeal for the account's reinstatement", CaseType.PLATFORM_APPEAL, CaseReason.ACCOUNT_REINSTATEMENT,
                        List.of(ORDER_RECORD, TRACKING_TRAIL, OTHER),
                        List.of(CHAT_TRANSCRIPT, CARRIER_STATEMENT, EMAIL)),
                // Delivered but not received: delivery proof, carrier investigation, buyer statement.
                row("a delivered-not-received case", CaseType.DELIVERED_NOT_RECEIVED, CaseReason.DELIVERED_NOT_RECEIVED,
                        List.of(ORDER_RECORD, TRACKING_TRAIL, DELIVERY_PROOF, CARRIER_STATEMENT, BUYER_STATEMENT),
                        List.of(LABEL_PHOTO, CHAT_TRANSCRIPT, EMAIL)));
    }

    /**
     * A platform appeal about the shop as a whole (no order): L7 — the account-health record, generated
     * into the case, and the seller's statement; other documents (the platform's notice, a remediation
     * plan) are optional. No order evidence: there is no order.
     */
    static Stream<Arguments> shopAppealChecklists() {
        return Stream.of(
                row("a shop-level appeal for the account's reinstatement", CaseType.PLATFORM_APPEAL,
                        CaseReason.ACCOUNT_REINSTATEMENT, List.of(ACCOUNT_HEALTH_RECORD, SELLER_STATEMENT), List.of(OTHER)),
                row("a shop-level appeal against a shop-health violation", CaseType.PLATFORM_APPEAL,
                        CaseReason.SHOP_HEALTH_VIOLATION, List.of(ACCOUNT_HEALTH_RECORD, SELLER_STATEMENT), List.of(OTHER)),
                row("a shop-level appeal against a late-dispatch penalty on the shop", CaseType.PLATFORM_APPEAL,
                        CaseReason.LATE_DISPATCH, List.of(ACCOUNT_HEALTH_RECORD, SELLER_STATEMENT), List.of(OTHER)),
                row("a shop-level appeal against a logistics penalty on the shop", CaseType.PLATFORM_APPEAL,
                        CaseReason.LOGISTICS_PENALTY, List.of(ACCOUNT_HEALTH_RECORD, SELLER_STATEMENT), List.of(OTHER)));
    }

    @ParameterizedTest(name = "{0} requires {3}")
    @MethodSource("shopAppealChecklists")
    void shopAppealChecklist(String what, CaseType type, CaseReason reason, List<EvidenceKind> required,
                             List<EvidenceKind> optional) {
        EvidenceChecklist checklist = DefaultChecklists.shopAppeal(reason);

        assertThat(checklist.type()).isEqualTo(type);
        assertThat(checklist.required()).as(what).containsExactlyElementsOf(required);
        assertThat(checklist.optional()).as(what).containsExactlyElementsOf(optional);
    }

    static Arguments row(String what, CaseType type, CaseReason reason, List<EvidenceKind> required,
                         List<EvidenceKind> optional) {
        return Arguments.of(what, type, reason, required, optional);
    }

    @ParameterizedTest(name = "{0} requires {3}")
    @MethodSource("checklists")
    void defaultChecklist(String what, CaseType type, CaseReason reason, List<EvidenceKind> required,
                          List<EvidenceKind> optional) {
        EvidenceChecklist checklist = DefaultChecklists.of(type, reason);

        assertThat(checklist.required()).as(what).containsExactlyElementsOf(required);
        assertThat(checklist.optional()).as(what).containsExactlyElementsOf(optional);
    }

    @Test
    void everyTypeAndReasonHasAChecklistAndTheTableAboveCoversThemAll() {
        long reasons = Arrays.stream(CaseType.values()).mapToLong(t -> t.reasons().size()).sum();
        assertThat(checklists().count()).isEqualTo(reasons);
        for (CaseType type : CaseType.values()) {
            for (CaseReason reason : type.reasons()) {
                assertThat(DefaultChecklists.of(type, reason).required()).contains(ORDER_RECORD, TRACKING_TRAIL);
            }
        }
    }

    @Test
    void anOrderScreenshotAloneLeavesTheSeedAppealIncompleteNamingWhatIsMissing() {
        EvidenceChecklist appeal = DefaultChecklists.of(CaseType.PLATFORM_APPEAL, CaseReason.LOGISTICS_PENALTY);

        Completeness onlyTheOrder = Completeness.of(appeal, List.of(ORDER_RECORD));
        Completeness everything = Completeness.of(appeal,
                List.of(ORDER_RECORD, LABEL_PHOTO, TRACKING_TRAIL, CARRIER_STATEMENT, CHAT_TRANSCRIPT, EMAIL));

        assertThat(onlyTheOrder.complete()).isFalse();
        assertThat(onlyTheOrder.missing()).containsExactly(LABEL_PHOTO, TRACKING_TRAIL, CARRIER_STATEMENT, CHAT_TRANSCRIPT);
        assertThat(onlyTheOrder.score()).isEqualTo(20);
        assertThat(everything.complete()).isTrue();
        assertThat(everything.score()).isEqualTo(100);
        assertThat(everything.optionalPresent()).containsExactly(EMAIL);
    }

    @Test
    void optionalItemsDoNotMakeUpForARequiredOne() {
        EvidenceChecklist dnr = DefaultChecklists.of(CaseType.DELIVERED_NOT_RECEIVED, CaseReason.DELIVERED_NOT_RECEIVED);

        Completeness c = Completeness.of(dnr, List.of(ORDER_RECORD, TRACKING_TRAIL, LABEL_PHOTO, CHAT_TRANSCRIPT, EMAIL));

        assertThat(c.missing()).containsExactly(DELIVERY_PROOF, CARRIER_STATEMENT, BUYER_STATEMENT);
        assertThat(c.score()).isEqualTo(40);
    }

    @Test
    void aShopsOwnChecklistIsCheckedBeforeItIsKept() {
        assertThatThrownBy(() -> new EvidenceChecklist(CaseType.CARRIER_CLAIM, CaseReason.LOST, List.of(), List.of(), true))
                .hasMessageStartingWith("required:");
        assertThatThrownBy(() -> new EvidenceChecklist(CaseType.CARRIER_CLAIM, CaseReason.LOST, List.of(ORDER_RECORD),
                List.of(ORDER_RECORD), true)).hasMessageStartingWith("optional:");
        assertThatThrownBy(() -> new EvidenceChecklist(CaseType.CARRIER_CLAIM, CaseReason.QUALITY, List.of(ORDER_RECORD),
                List.of(), true)).hasMessageStartingWith("reason:");
    }
}
