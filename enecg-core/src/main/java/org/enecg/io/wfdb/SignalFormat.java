package org.enecg.io.wfdb;

import java.nio.file.Path;

/**
 * The WFDB storage formats, one constant each, with the properties the specification gives them
 * (<a href="https://physionet.org/physiotools/wag/signal-5.htm">signal(5)</a>, and wfdb-python's format tables
 * for the invalid-sample values). Decoders switch on the constant, one decoder per {@link Family}.
 *
 * <p>{@code invalidValue} is the digital value that marks a missing sample in that format (read as NaN in
 * physical units). Format 8 stores first differences and has no such value; format 0 is a null signal
 * (nothing stored, every sample invalid), used by layout headers of multi-segment records.
 */
public enum SignalFormat {
    FMT_0(0, Family.NULL, 16, 0, -32768),
    FMT_8(8, Family.BYTE_ALIGNED, 8, 1, Integer.MIN_VALUE),
    FMT_16(16, Family.BYTE_ALIGNED, 16, 2, -32768),
    FMT_24(24, Family.BYTE_ALIGNED, 24, 3, -(1 << 23)),
    FMT_32(32, Family.BYTE_ALIGNED, 32, 4, Integer.MIN_VALUE),
    FMT_61(61, Family.BYTE_ALIGNED, 16, 2, -32768),
    FMT_80(80, Family.BYTE_ALIGNED, 8, 1, -128),
    FMT_160(160, Family.BYTE_ALIGNED, 16, 2, -32768),
    FMT_212(212, Family.PACKED_12, 12, 0, -2048),
    FMT_310(310, Family.PACKED_10, 10, 0, -512),
    FMT_311(311, Family.PACKED_10, 10, 0, -512),
    FMT_508(508, Family.FLAC, 8, 0, -128),
    FMT_516(516, Family.FLAC, 16, 0, -32768),
    FMT_524(524, Family.FLAC, 24, 0, -(1 << 23));

    /** Groups of formats that share one decoder. */
    public enum Family { NULL, BYTE_ALIGNED, PACKED_12, PACKED_10, FLAC }

    private final int code;
    private final Family family;
    private final int bits;
    private final int bytesPerSample;
    private final int invalidValue;

    SignalFormat(int code, Family family, int bits, int bytesPerSample, int invalidValue) {
        this.code = code;
        this.family = family;
        this.bits = bits;
        this.bytesPerSample = bytesPerSample;
        this.invalidValue = invalidValue;
    }

    /** The number written in header files, e.g. 212. */
    public int code() { return code; }

    public Family family() { return family; }

    /** Bits of resolution of one stored sample (format 8: bits of one difference). */
    public int bits() { return bits; }

    /** The digital value marking an invalid sample; {@link Integer#MIN_VALUE} for format 8, which has none. */
    public int invalidValue() { return invalidValue; }

    /** True when this format has an invalid-sample value. */
    public boolean hasInvalidValue() { return this != FMT_8; }

    /** Smallest and largest digital value the format can hold. */
    public int minValue() { return this == FMT_8 || this == FMT_32 ? Integer.MIN_VALUE : -(1 << (bits - 1)); }

    public int maxValue() { return this == FMT_8 || this == FMT_32 ? Integer.MAX_VALUE : (1 << (bits - 1)) - 1; }

    /**
     * Bytes a file of this format needs to hold {@code nSamples} samples (all signals of the file together);
     * -1 for FLAC, whose size depends on the content.
     */
    public long bytesFor(long nSamples) {
        switch (family) {
            case NULL: return 0;
            case BYTE_ALIGNED: return nSamples * bytesPerSample;
            case PACKED_12: return (nSamples * 3 + 1) / 2;          // 2 samples in 3 bytes; a last odd sample takes 2
            case PACKED_10: {                                      // 3 samples in 4 bytes
                long whole = nSamples / 3 * 4;
                int rest = (int) (nSamples % 3);
                if (rest == 0) return whole;
                if (this == FMT_310) return whole + (rest == 1 ? 2 : 4); // each sample of a partial group: 2 bytes
                return whole + (rest == 1 ? 2 : 3);                       // 311: 10 or 20 bits in 2 or 3 bytes
            }
            default: return -1;
        }
    }

    /** How many whole samples {@code nBytes} bytes hold (the inverse of {@link #bytesFor}). */
    public long samplesIn(long nBytes) {
        switch (family) {
            case BYTE_ALIGNED: return nBytes / bytesPerSample;
            case PACKED_12: return nBytes / 3 * 2 + (nBytes % 3 == 2 ? 1 : 0);
            case PACKED_10: {
                long whole = nBytes / 4 * 3;
                long rest = nBytes % 4;
                if (rest < 2) return whole;
                if (this == FMT_310) return whole + 1;   // the third sample of a group needs both byte pairs
                return whole + (rest == 2 ? 1 : 2);
            }
            default: return 0;
        }
    }

    public boolean isFlac() { return family == Family.FLAC; }

    /**
     * Decodes {@code n} samples stored in this format from {@code src[off..]} into {@code dst[0..n)}, for the
     * formats stored sample by sample (not FLAC, not the null format 0). {@code off} must be at the start of a
     * sample group (2 samples for 212, 3 for 310/311). Format 8 yields the stored differences.
     */
    public void decode(byte[] src, int off, int[] dst, int n) {
        if (family == Family.FLAC || family == Family.NULL) {
            throw new UnsupportedOperationException("format " + code + " is not stored sample by sample");
        }
        SampleDecoder.decode(this, src, off, dst, n);
    }

    /** The constant for a format code, or an error naming the header line and listing the supported codes. */
    public static SignalFormat ofCode(int code, Path header, int line, String signal) throws WfdbFormatException {
        for (SignalFormat f : values()) if (f.code == code) return f;
        throw new WfdbFormatException(header, line, signal, "unknown storage format " + code
                + "; supported: 0, 8, 16, 24, 32, 61, 80, 160, 212, 310, 311, 508, 516, 524", null);
    }

    @Override public String toString() { return Integer.toString(code); }
}
