package org.enecg.io.wfdb;

import java.util.OptionalInt;

/**
 * The stored (digital) samples of one signal over the frames read, in the file's own integer values: all
 * {@code sampsPerFrame} samples of each frame in order ("expanded", as wfdb-python's {@code e_d_signal}).
 * Invalid samples keep the format's invalid value ({@link SignalFormat#invalidValue()}).
 */
public final class DigitalSignal {
    private final SignalSpec spec;
    private final int[] samples;
    private final OptionalInt computedChecksum;

    DigitalSignal(SignalSpec spec, int[] samples, OptionalInt computedChecksum) {
        this.spec = spec;
        this.samples = samples;
        this.computedChecksum = computedChecksum;
    }

    /** The header's description of this signal (gain, baseline, units, format, ...). */
    public SignalSpec spec() { return spec; }

    public int sampsPerFrame() { return spec.sampsPerFrame(); }

    /** Number of samples (frames × samples per frame). */
    public int length() { return samples.length; }

    public int sample(int i) { return samples[i]; }

    /** A copy of the samples. */
    public int[] samples() { return samples.clone(); }

    /** The samples without a copy, for this package's converters. */
    int[] raw() { return samples; }

    /** The 16-bit checksum of the samples, when the whole signal was read and could be checked. */
    public OptionalInt computedChecksum() { return computedChecksum; }

    /**
     * True when a checksum was computed and the header gives one, and they differ. Checksums are compared
     * modulo 2^16: headers write them signed ({@code -401}) or unsigned ({@code 65135}).
     */
    public boolean checksumMismatch() {
        return computedChecksum.isPresent() && spec.checksum().isPresent()
                && ((computedChecksum.getAsInt() - spec.checksum().getAsInt()) & 0xffff) != 0;
    }

    /** True if {@code value} marks an invalid sample in this signal's format. */
    public boolean isInvalid(int value) {
        return spec.format().hasInvalidValue() && value == spec.format().invalidValue();
    }
}
