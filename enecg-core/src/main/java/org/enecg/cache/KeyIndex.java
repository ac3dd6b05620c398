package org.enecg.cache;

import java.util.Arrays;

/**
 * Record keys (128 bits, {@link RecordKey}'s 32 hex digits) to row numbers, in open-addressed arrays: about 40 bytes a
 * key instead of the few hundred a map of strings costs, so the index of a large cache stays small.
 */
final class KeyIndex {

    private long[] hi = new long[16];
    private long[] lo = new long[16];
    private int[] value = filled(16);
    private int size;

    int size() { return size; }

    void clear() {
        hi = new long[16];
        lo = new long[16];
        value = filled(16);
        size = 0;
    }

    /** The row of a key, or -1. */
    int get(String key) {
        long h = half(key, 0), l = half(key, 16);
        for (int i = slot(h, l, hi.length); ; i = (i + 1) & (hi.length - 1)) {
            if (value[i] < 0) return -1;
            if (hi[i] == h && lo[i] == l) return value[i];
        }
    }

    /** Sets the row of a key (replacing any). */
    void put(String key, int row) {
        if (row < 0) throw new IllegalArgumentException("negative row " + row);
        if ((size + 1) * 4L > hi.length * 3L) grow();
        if (insert(hi, lo, value, half(key, 0), half(key, 16), row)) size++;
    }

    /** Whether {@code key} is a record key: 32 lower-case hex digits. */
    static boolean valid(String key) {
        if (key.length() != 32) return false;
        for (int i = 0; i < 32; i++) {
            char c = key.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) return false;
        }
        return true;
    }

    private static boolean insert(long[] hi, long[] lo, int[] value, long h, long l, int row) {
        for (int i = slot(h, l, hi.length); ; i = (i + 1) & (hi.length - 1)) {
            if (value[i] < 0) {
                hi[i] = h;
                lo[i] = l;
                value[i] = row;
                return true;
            }
            if (hi[i] == h && lo[i] == l) {
                value[i] = row;
                return false;
            }
        }
    }

    private void grow() {
        int n = hi.length * 2;
        long[] h2 = new long[n], l2 = new long[n];
        int[] v2 = filled(n);
        for (int i = 0; i < hi.length; i++) if (value[i] >= 0) insert(h2, l2, v2, hi[i], lo[i], value[i]);
        hi = h2;
        lo = l2;
        value = v2;
    }

    private static int slot(long h, long l, int capacity) {
        long x = h ^ Long.rotateLeft(l, 17);
        x ^= x >>> 29;
        x *= 0xbf58476d1ce4e5b9L;
        x ^= x >>> 32;
        return (int) x & (capacity - 1);
    }

    private static long half(String key, int from) {
        if (key.length() != 32) throw new IllegalArgumentException("not a record key (32 hex digits): " + key);
        return Long.parseUnsignedLong(key, from, from + 16, 16);
    }

    private static int[] filled(int n) {
        int[] v = new int[n];
        Arrays.fill(v, -1);
        return v;
    }
}
