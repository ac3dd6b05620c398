package org.enecg.io.wfdb;

/**
 * Decodes format 212 (signal(5)): two 12-bit two's complement samples in three bytes. The first sample is the
 * 12 low bits of the first byte pair (low byte first); the second is the 4 high bits of that pair (as its own
 * high bits) above the third byte. A last, unpaired sample takes two bytes.
 */
final class Format212Decoder {
    private Format212Decoder() {}

    /** Decodes {@code n} samples from {@code src[off..]} (which starts on a sample pair) into {@code dst[0..n)}. */
    static void decode(byte[] src, int off, int[] dst, int n) {
        int pairs = n >> 1;
        int p = off;
        int i = 0;
        for (int k = 0; k < pairs; k++, p += 3, i += 2) {
            int b0 = src[p] & 0xff;
            int b1 = src[p + 1] & 0xff;
            int b2 = src[p + 2] & 0xff;
            // shift the 12-bit value to the top of the int and back to sign-extend it
            dst[i] = ((b0 | (b1 & 0x0f) << 8) << 20) >> 20;
            dst[i + 1] = ((b2 | (b1 & 0xf0) << 4) << 20) >> 20;
        }
        if ((n & 1) != 0) {
            dst[i] = (((src[p] & 0xff) | (src[p + 1] & 0x0f) << 8) << 20) >> 20;
        }
    }
}
