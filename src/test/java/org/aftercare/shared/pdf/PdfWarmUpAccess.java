package org.aftercare.shared.pdf;

/** Lets the trail benchmark run the application's start-up warm-up. */
public final class PdfWarmUpAccess {

    private PdfWarmUpAccess() {
    }

    public static byte[] warmUp() {
        return PdfWarmUp.warmUp();
    }
}
