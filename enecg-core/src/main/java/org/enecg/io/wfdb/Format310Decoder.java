package org.enecg.io.wfdb;

/**
 * Decodes the 10-bit formats 310 and 311 (signal(5)), three samples in four bytes.
 * <ul>
 * <li>310: two little-endian byte pairs; sample 1 is bits 1-10 of the first pair (bit 0 discarded), sample 2
 *     bits 1-10 of the second pair, sample 3 the 5 top bits of the first pair (low part) and of the second
 *     pair (high part).</li>
 * <li>311: one little-endian 32-bit word; samples are bits 0-9, 10-19 and 20-29, the top two bits unused.</li>
 * </ul>
 * A partial last group holds its samples in the bytes where a whole group would.
 */
final class Format310Decoder {
    private Format310Decoder() {}

    /** Decodes {@code n} samples from {@code src[off..]} (which starts on a group) into {@code dst[0..n)}. */
    static void decode(SignalFormat format, byte[] src, int off, int[] dst, int n) {
        boolean is311 = format == SignalFormat.FMT_311;
        int i = 0;
        for (int p = off; i < n; p += 4) {
            int left = n - i;
            if (is311) {
                int w = (src[p] & 0xff) | (src[p + 1] & 0xff) << 8
                        | (left > 1 ? (src[p + 2] & 0xff) << 16 : 0) | (left > 2 ? (src[p + 3] & 0xff) << 24 : 0);
                dst[i++] = signed10(w);
                if (left > 1) dst[i++] = signed10(w >>> 10);
                if (left > 2) dst[i++] = signed10(w >>> 20);
            } else {
                int w0 = (src[p] & 0xff) | (src[p + 1] & 0xff) << 8;
                dst[i++] = signed10(w0 >>> 1);
                if (left > 1) {
                    int w1 = (src[p + 2] & 0xff) | (src[p + 3] & 0xff) << 8;
                    dst[i++] = signed10(w1 >>> 1);
                    if (left > 2) dst[i++] = signed10((w0 >>> 11) | (w1 >>> 11) << 5);
                }
            }
        }
    }

    private static int signed10(int v) { return (v << 22) >> 22; }
}
