package org.enecg.io;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * One lead of a {@link Record}: samples in millivolts (NaN where the file marks a sample invalid), the
 * name the file gave it, and the standard lead it is, if any.
 *
 * <p>The sample array is copied on the way in and out, so a {@code Lead} never changes.
 */
public final class Lead {
    private final String originalName;
    private final LeadName name;
    private final float[] samples;

    public Lead(String originalName, float[] samples) {
        this.originalName = Objects.requireNonNull(originalName, "originalName");
        this.name = LeadName.parse(originalName).orElse(null);
        this.samples = samples.clone();
    }

    /** The signal description as written in the file, e.g. {@code avr} or {@code MLII}. */
    public String originalName() { return originalName; }

    /** The standard lead, or empty for a non-ECG signal (e.g. PLETH, ABP). */
    public Optional<LeadName> name() { return Optional.ofNullable(name); }

    /** A display name: the standard spelling where known, the original otherwise. */
    public String label() { return name != null ? name.label() : originalName; }

    public int length() { return samples.length; }

    public float sample(int i) { return samples[i]; }

    /** A copy of the samples, in millivolts. */
    public float[] samples() { return samples.clone(); }

    /** Copies samples {@code [from, from+len)} into {@code dst} at {@code dstPos}, without an extra array. */
    public void copyTo(int from, float[] dst, int dstPos, int len) {
        System.arraycopy(samples, from, dst, dstPos, len);
    }

    @Override public boolean equals(Object o) {
        return o instanceof Lead l && l.originalName.equals(originalName) && Arrays.equals(l.samples, samples);
    }

    @Override public int hashCode() { return 31 * originalName.hashCode() + Arrays.hashCode(samples); }

    @Override public String toString() { return "Lead[" + label() + ", " + samples.length + " samples]"; }
}
