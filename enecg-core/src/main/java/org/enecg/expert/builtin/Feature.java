package org.enecg.expert.builtin;

/**
 * One named output of a feature-based built-in expert: its key (the last part of the output name, e.g.
 * {@code rr_mean_ms}), the fill value it takes when it cannot be computed (flat or missing leads, too few beats, a
 * record too short), and its meaning, for the docs. Outputs are never NaN: a value that is not finite becomes the
 * fill. Changing a fill changes outputs, so it needs a new expert version.
 */
interface Feature {

    /** The feature's key, fill and meaning; enums of features hold one each instead of repeating three fields. */
    Spec spec();

    /** The name part after the expert's prefix (and lead), e.g. {@code rr_mean_ms}. */
    default String key() { return spec().key(); }

    /** The value used when the feature cannot be computed. */
    default double fill() { return spec().fill(); }

    /** What the feature measures, in a sentence. */
    default String meaning() { return spec().meaning(); }

    /** {@code v} as a float, or the fill when {@code v} is NaN or infinite. */
    default float of(double v) { return (float) (Double.isFinite(v) ? v : fill()); }

    /** A feature given by its three values. */
    record Spec(String key, double fill, String meaning) implements Feature {
        @Override public Spec spec() { return this; }
    }
}
