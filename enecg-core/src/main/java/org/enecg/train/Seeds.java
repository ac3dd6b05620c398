package org.enecg.train;

/**
 * Independent, reproducible random streams from one run seed: {@code derive(seed, fold, stream)} mixes the
 * three with SplitMix64 (Steele, Lea &amp; Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014),
 * so fold 2's initial weights, shuffles and dropout masks do not depend on whether fold 1 ran before it.
 */
public final class Seeds {
    /** What a stream is for. */
    public enum Stream { INIT, SHUFFLE, DROPOUT, SPLIT, FOLDS, CROSS_FIT }

    private Seeds() {}

    public static long derive(long seed, int fold, Stream stream) {
        long z = mix(seed);
        z = mix(z ^ (0x9E3779B97F4A7C15L * (fold + 1L)));
        z = mix(z ^ (0xBF58476D1CE4E5B9L * (stream.ordinal() + 1L)));
        return z;
    }

    /** The SplitMix64 finaliser. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
