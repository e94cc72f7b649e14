package org.aftercare.simulator;

/** Why a buyer sends an item back: the taxonomy returns are analysed by. */
public enum ReturnReason {
    SIZE_MISMATCH,
    COLOUR_DIFFERENCE,
    MISSING_PARTS,
    DAMAGED,
    QUALITY_DEFECT,
    NOT_AS_DESCRIBED,
    WRONG_ITEM,
    ARRIVED_LATE,
    CHANGED_MIND,
    OTHER
}
