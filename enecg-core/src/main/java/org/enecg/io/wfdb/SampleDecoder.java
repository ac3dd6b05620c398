package org.enecg.io.wfdb;

/** Dispatches a block of stored bytes to the decoder of its format family. */
final class SampleDecoder {
    private SampleDecoder() {}

    /** Decodes {@code n} samples of {@code format} from {@code src[off..]} into {@code dst[0..n)}. */
    static void decode(SignalFormat format, byte[] src, int off, int[] dst, int n) {
        switch (format.family()) {
            case BYTE_ALIGNED: ByteAlignedDecoder.decode(format, src, off, dst, n); break;
            case PACKED_12: Format212Decoder.decode(src, off, dst, n); break;
            case PACKED_10: Format310Decoder.decode(format, src, off, dst, n); break;
            default: throw new IllegalArgumentException("format " + format + " is not decoded from a byte block");
        }
    }
}
