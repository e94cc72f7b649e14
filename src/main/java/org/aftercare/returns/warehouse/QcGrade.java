package org.aftercare.returns.warehouse;

/**
 * The QC grade a return warehouse gives a returned line (AfterShip's a/b/c/d), with the default
 * meaning and share of the line's value refunded. This enum is the one home of those defaults; a
 * tenant changes them in {@code return_grade_setting} ({@code PUT /api/v1/returns/grades}).
 */
public enum QcGrade {
    /** Like new: back to stock and resold. */
    A("Resell: back to stock as new", 100),
    /** Used or lightly damaged: refurbished or sold at a discount. */
    B("Refurbish or sell at a discount", 100),
    /** Not sellable: scrapped. The buyer is still refunded by default (the item came back). */
    C("Scrap", 100),
    /** Missing or empty parcel: nothing came back, so nothing is refunded by default. */
    D("Missing or empty", 0);

    private final String defaultMeaning;
    private final int defaultRefundPercent;

    QcGrade(String defaultMeaning, int defaultRefundPercent) {
        this.defaultMeaning = defaultMeaning;
        this.defaultRefundPercent = defaultRefundPercent;
    }

    public String defaultMeaning() {
        return defaultMeaning;
    }

    public int defaultRefundPercent() {
        return defaultRefundPercent;
    }

    /** The grade a scanner key or API value stands for: a, B, … */
    public static QcGrade parse(String field, String value) {
        if (value != null && value.strip().length() == 1) {
            for (QcGrade grade : values()) {
                if (grade.name().equalsIgnoreCase(value.strip())) {
                    return grade;
                }
            }
        }
        throw new IllegalArgumentException(field + ": must be one of A (resell), B (refurbish), C (scrap), D (missing)"
                + (value == null ? "" : ", not " + value));
    }
}
