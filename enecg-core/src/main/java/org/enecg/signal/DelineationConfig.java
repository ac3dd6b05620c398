package org.enecg.signal;

/**
 * Settings of {@link Delineator}, in physical units or as fractions of a wave's own steepest slope.
 *
 * @param qrsOnsetFraction  the QRS starts where the slope falls below this fraction of the QRS's steepest slope
 *                          (above the local noise floor) and stays below it for {@code quietSeconds}; default 0.05
 * @param qrsOffsetFraction the same for the end of the QRS; default 0.05
 * @param quietSeconds      how long the slope must stay low to count as outside the QRS, so the instant of
 *                          zero slope at a Q or S trough is not taken for a boundary; default 0.012 s
 * @param minPWaveMv        smallest P-wave deflection from the isoelectric level accepted as a P wave; default
 *                          0.03 mV
 */
public record DelineationConfig(double qrsOnsetFraction, double qrsOffsetFraction, double quietSeconds, double minPWaveMv) {

    public DelineationConfig {
        if (!(qrsOnsetFraction > 0 && qrsOnsetFraction < 1)) throw new IllegalArgumentException("qrsOnsetFraction must be in (0, 1), found " + qrsOnsetFraction);
        if (!(qrsOffsetFraction > 0 && qrsOffsetFraction < 1)) throw new IllegalArgumentException("qrsOffsetFraction must be in (0, 1), found " + qrsOffsetFraction);
        if (!(quietSeconds >= 0 && quietSeconds <= 0.05)) throw new IllegalArgumentException("quietSeconds must be between 0 and 0.05, found " + quietSeconds);
        if (!(minPWaveMv >= 0) || Double.isInfinite(minPWaveMv)) throw new IllegalArgumentException("minPWaveMv must not be negative, found " + minPWaveMv);
    }

    /** Fractions 0.05 and 0.05, 12 ms, 0.03 mV: tuned on the odd-numbered LUDB records (docs/benchmarks/delineation.md). */
    public static DelineationConfig defaults() { return new DelineationConfig(0.05, 0.05, 0.012, 0.03); }
}
