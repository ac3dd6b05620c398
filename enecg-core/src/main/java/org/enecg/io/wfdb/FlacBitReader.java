package org.enecg.io.wfdb;

/** Reads big-endian bit fields from a byte array, as FLAC stores them (RFC 9639). */
final class FlacBitReader {
    private final byte[] data;
    private long bit; // absolute bit position

    FlacBitReader(byte[] data, int bytePos) {
        this.data = data;
        this.bit = (long) bytePos << 3;
    }

    int bytePosition() { return (int) (bit >>> 3); }

    boolean atEnd() { return (bit >>> 3) >= data.length; }

    boolean hasBits(long n) { return bit + n <= (long) data.length << 3; }

    /** An unsigned field of {@code n} bits, 0 to 32. */
    int read(int n) {
        if (n == 0) return 0;
        if (!hasBits(n)) throw new IndexOutOfBoundsException("end of data");
        long v = 0;
        int left = n;
        while (left > 0) {
            int byteIndex = (int) (bit >>> 3);
            int used = (int) (bit & 7);
            int avail = 8 - used;
            int take = Math.min(avail, left);
            int b = (data[byteIndex] & 0xff) >>> (avail - take) & ((1 << take) - 1);
            v = (v << take) | b;
            left -= take;
            bit += take;
        }
        return (int) v;
    }

    /** A two's complement field of {@code n} bits, 0 to 32. */
    int readSigned(int n) {
        if (n == 0) return 0;
        int v = read(n);
        return n == 32 ? v : (v << (32 - n)) >> (32 - n);
    }

    /** The number of 0 bits before the next 1 bit (which is consumed). */
    int readUnary() {
        int count = 0;
        while (true) {
            if (atEnd()) throw new IndexOutOfBoundsException("end of data");
            int byteIndex = (int) (bit >>> 3);
            int used = (int) (bit & 7);
            int rest = (data[byteIndex] << used) & 0xff; // remaining bits of this byte, at the top
            if (rest == 0) {
                count += 8 - used;
                bit += 8 - used;
                continue;
            }
            int zeros = Integer.numberOfLeadingZeros(rest) - 24;
            count += zeros;
            bit += zeros + 1;
            return count;
        }
    }

    void alignToByte() { bit = (bit + 7) & ~7L; }
}
