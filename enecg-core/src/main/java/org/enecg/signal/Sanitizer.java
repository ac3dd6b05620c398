package org.enecg.signal;

/**
 * Replaces NaN and infinite samples with 0, as the EnECG authors' preprocessing does
 * ({@code np.nan_to_num}-style, but infinities become 0 too), and counts what it replaced so callers can
 * report it ("NaN/inf set to 0: 12 samples in V3").
 */
public final class Sanitizer {

    private Sanitizer() {}

    /** Replaces non-finite values in place; returns how many were replaced. */
    public static int zeroNonFiniteInPlace(float[] x) {
        int count = 0;
        for (int i = 0; i < x.length; i++) {
            if (!Float.isFinite(x[i])) {
                x[i] = 0f;
                count++;
            }
        }
        return count;
    }
}
