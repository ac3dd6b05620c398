package org.enecg.io.wfdb;

/**
 * Decodes the byte-aligned formats 8, 16, 24, 32, 61, 80 and 160 (signal(5)): each sample takes a whole
 * number of bytes. Format 8 yields the stored 8-bit first differences; {@link SignalGroupReader} integrates
 * them per signal, since the differences of a multiplexed file are taken within each signal.
 */
final class ByteAlignedDecoder {
    private ByteAlignedDecoder() {}

    /** Decodes {@code n} samples from {@code src[off..]} into {@code dst[0..n)}. */
    static void decode(SignalFormat format, byte[] src, int off, int[] dst, int n) {
        switch (format) {
            case FMT_8:   // 8-bit two's complement difference
                for (int i = 0; i < n; i++) dst[i] = src[off + i];
                break;
            case FMT_80:  // 8-bit offset binary: subtract 128 from the unsigned byte
                for (int i = 0; i < n; i++) dst[i] = (src[off + i] & 0xff) - 128;
                break;
            case FMT_16:  // 16-bit two's complement, least significant byte first
                for (int i = 0, p = off; i < n; i++, p += 2) dst[i] = (short) ((src[p] & 0xff) | (src[p + 1] << 8));
                break;
            case FMT_61:  // 16-bit two's complement, most significant byte first
                for (int i = 0, p = off; i < n; i++, p += 2) dst[i] = (short) ((src[p + 1] & 0xff) | (src[p] << 8));
                break;
            case FMT_160: // 16-bit offset binary, least significant byte first
                for (int i = 0, p = off; i < n; i++, p += 2) dst[i] = ((src[p] & 0xff) | ((src[p + 1] & 0xff) << 8)) - 32768;
                break;
            case FMT_24:  // 24-bit two's complement, least significant byte first; the top byte carries the sign
                for (int i = 0, p = off; i < n; i++, p += 3) {
                    dst[i] = (src[p] & 0xff) | ((src[p + 1] & 0xff) << 8) | (src[p + 2] << 16);
                }
                break;
            case FMT_32:  // 32-bit two's complement, least significant byte first
                for (int i = 0, p = off; i < n; i++, p += 4) {
                    dst[i] = (src[p] & 0xff) | ((src[p + 1] & 0xff) << 8) | ((src[p + 2] & 0xff) << 16) | (src[p + 3] << 24);
                }
                break;
            default:
                throw new IllegalArgumentException("not a byte-aligned format: " + format);
        }
    }
}
