package org.enecg.io.wfdb;

import java.io.ByteArrayOutputStream;

/** Writers for every storage format, for round-trip tests (the library itself does not write WFDB files). */
final class TestEncoders {
    private TestEncoders() {}

    /**
     * Interleaved samples stored in {@code f}. Format 8 stores differences within each signal, so it needs
     * {@code owner[k]}, the signal of slot {@code k} of a frame (initial values 0).
     */
    static byte[] encode(SignalFormat f, int[] v, int tspf, int[] owner) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (f) {
            case FMT_8: {
                int[] prev = new int[tspf];
                for (int i = 0; i < v.length; i++) {
                    int sig = owner[i % tspf];
                    out.write(v[i] - prev[sig]);
                    prev[sig] = v[i];
                }
                break;
            }
            case FMT_16: for (int x : v) { out.write(x); out.write(x >> 8); } break;
            case FMT_61: for (int x : v) { out.write(x >> 8); out.write(x); } break;
            case FMT_80: for (int x : v) out.write(x + 128); break;
            case FMT_160: for (int x : v) { int u = x + 32768; out.write(u); out.write(u >> 8); } break;
            case FMT_24: for (int x : v) { out.write(x); out.write(x >> 8); out.write(x >> 16); } break;
            case FMT_32: for (int x : v) { out.write(x); out.write(x >> 8); out.write(x >> 16); out.write(x >> 24); } break;
            case FMT_212:
                for (int i = 0; i < v.length; i += 2) {
                    int a = v[i] & 0xfff;
                    boolean pair = i + 1 < v.length;
                    int b = pair ? v[i + 1] & 0xfff : 0;
                    out.write(a);
                    out.write((a >> 8) | ((b >> 8) << 4));
                    if (pair) out.write(b);
                }
                break;
            case FMT_310:
                for (int i = 0; i < v.length; i += 3) {
                    int left = v.length - i;
                    int a = v[i] & 0x3ff, b = left > 1 ? v[i + 1] & 0x3ff : 0, c = left > 2 ? v[i + 2] & 0x3ff : 0;
                    int w0 = (a << 1) | ((c & 0x1f) << 11);
                    int w1 = (b << 1) | ((c >> 5) << 11);
                    out.write(w0); out.write(w0 >> 8);
                    if (left > 1) { out.write(w1); out.write(w1 >> 8); }
                }
                break;
            case FMT_311:
                for (int i = 0; i < v.length; i += 3) {
                    int left = v.length - i;
                    int w = (v[i] & 0x3ff) | (left > 1 ? (v[i + 1] & 0x3ff) << 10 : 0) | (left > 2 ? (v[i + 2] & 0x3ff) << 20 : 0);
                    out.write(w); out.write(w >> 8);
                    if (left > 1) out.write(w >> 16);
                    if (left > 2) out.write(w >> 24);
                }
                break;
            default:
                return flac(v, tspf, f.bits());
        }
        return out.toByteArray();
    }

    /** A FLAC stream (RFC 9639) with VERBATIM subframes, one channel per slot, blocks of 256 samples. */
    static byte[] flac(int[] v, int channels, int bps) {
        Bits w = new Bits();
        int n = v.length / channels;
        for (char ch : "fLaC".toCharArray()) w.put(8, ch);
        w.put(1, 1); w.put(7, 0); w.put(24, 34); // last metadata block: STREAMINFO, 34 bytes
        w.put(16, 256); w.put(16, 256); w.put(24, 0); w.put(24, 0);
        w.put(20, 500); w.put(3, channels - 1); w.put(5, bps - 1);
        w.put(4, 0); w.put(32, n);
        for (int i = 0; i < 16; i++) w.put(8, 0);       // MD5 not computed
        int sizeCode = bps == 8 ? 1 : bps == 16 ? 4 : 6;
        for (int start = 0, frame = 0; start < n; start += 256, frame++) {
            int block = Math.min(256, n - start);
            int frameStart = w.bytes();
            w.put(14, 0x3ffe); w.put(1, 0); w.put(1, 0);
            w.put(4, 7); w.put(4, 0); w.put(4, channels - 1); w.put(3, sizeCode); w.put(1, 0);
            w.put(8, frame);                            // frame number, < 128 here: one UTF-8 byte
            w.put(16, block - 1);
            w.put(8, crc(w.array(), frameStart, w.bytes(), 8));
            for (int c = 0; c < channels; c++) {
                w.put(1, 0); w.put(6, 1); w.put(1, 0);  // VERBATIM, no wasted bits
                for (int i = 0; i < block; i++) w.put(bps, v[(start + i) * channels + c]);
            }
            w.align();
            w.put(16, crc(w.array(), frameStart, w.bytes(), 16));
        }
        return java.util.Arrays.copyOf(w.array(), w.bytes());
    }

    private static int crc(byte[] d, int from, int to, int width) {
        int poly = width == 8 ? 0x07 : 0x8005, top = 1 << (width - 1), mask = (1 << width) - 1, crc = 0;
        for (int i = from; i < to; i++) {
            crc ^= (d[i] & 0xff) << (width - 8);
            for (int b = 0; b < 8; b++) crc = (crc & top) != 0 ? ((crc << 1) ^ poly) & mask : (crc << 1) & mask;
        }
        return crc;
    }

    /** A big-endian bit writer. */
    private static final class Bits {
        private byte[] buf = new byte[1024];
        private long bit;

        void put(int n, int value) {
            for (int i = n - 1; i >= 0; i--) {
                int byteIndex = (int) (bit >>> 3);
                if (byteIndex >= buf.length) buf = java.util.Arrays.copyOf(buf, buf.length * 2);
                if (((value >>> i) & 1) != 0) buf[byteIndex] |= (byte) (0x80 >>> (bit & 7));
                bit++;
            }
        }

        void align() { bit = (bit + 7) & ~7L; }

        int bytes() { return (int) ((bit + 7) >>> 3); }

        byte[] array() { return buf; }
    }
}
