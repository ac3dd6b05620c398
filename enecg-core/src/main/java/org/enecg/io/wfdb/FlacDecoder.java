package org.enecg.io.wfdb;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * A decoder for standard FLAC streams (RFC 9639) as WFDB formats 508, 516 and 524 store signals: one FLAC
 * channel per signal, integer samples of up to 24 bits. It handles every subframe type (constant, verbatim,
 * fixed and LPC prediction, wasted bits), Rice and escaped residuals, inter-channel decorrelation, variable
 * block sizes, and checks each frame header's CRC-8 and each frame's CRC-16. It skips metadata other than
 * STREAMINFO and does not check the MD5 signature (the WFDB checksums cover the samples).
 */
final class FlacDecoder {
    private FlacDecoder() {}

    /** What STREAMINFO says about the stream. */
    record StreamInfo(int channels, int bitsPerSample, long totalSamples, int firstFrame) {}

    /** A decoded stream: {@code samples[channel][i]}. */
    record Stream(StreamInfo info, int[][] samples, int length) {}

    static StreamInfo readInfo(byte[] d, Path file) throws WfdbFormatException {
        if (d.length < 4 || d[0] != 'f' || d[1] != 'L' || d[2] != 'a' || d[3] != 'C') {
            throw new WfdbFormatException(file, "not a FLAC stream (no fLaC marker at the start)");
        }
        int p = 4;
        StreamInfo info = null;
        boolean last = false;
        while (!last) {
            if (p + 4 > d.length) throw new WfdbFormatException(file, "truncated FLAC metadata");
            last = (d[p] & 0x80) != 0;
            int type = d[p] & 0x7f;
            int len = (d[p + 1] & 0xff) << 16 | (d[p + 2] & 0xff) << 8 | (d[p + 3] & 0xff);
            if (p + 4 + len > d.length) throw new WfdbFormatException(file, "truncated FLAC metadata block");
            if (type == 0) {
                FlacBitReader r = new FlacBitReader(d, p + 4);
                r.read(16); r.read(16); r.read(24); r.read(24); // block and frame size bounds
                r.read(20);                                    // sample rate: WFDB keeps its own in the header
                int channels = r.read(3) + 1;
                int bps = r.read(5) + 1;
                long total = ((long) r.read(4) << 32) | (r.read(32) & 0xffffffffL);
                info = new StreamInfo(channels, bps, total, 0);
            }
            p += 4 + len;
        }
        if (info == null) throw new WfdbFormatException(file, "FLAC stream has no STREAMINFO block");
        return new StreamInfo(info.channels(), info.bitsPerSample(), info.totalSamples(), p);
    }

    static Stream decode(byte[] d, Path file) throws WfdbFormatException {
        StreamInfo info = readInfo(d, file);
        if (info.bitsPerSample() > 24) {
            throw new WfdbFormatException(file, "FLAC stream has " + info.bitsPerSample() + "-bit samples; WFDB FLAC formats hold at most 24");
        }
        int cap = info.totalSamples() > 0 && info.totalSamples() < Integer.MAX_VALUE - 8 ? (int) info.totalSamples() : 1 << 16;
        int[][] out = new int[info.channels()][cap];
        int n = 0;
        int p = info.firstFrame();
        int frame = 0;
        try {
            while (p < d.length) {
                FlacBitReader r = new FlacBitReader(d, p);
                Frame f = frameHeader(r, d, p, info, file, frame);
                if (f == null) break; // trailing padding after the last frame
                if (n + f.blockSize > out[0].length) {
                    int grow = Math.max(n + f.blockSize, out[0].length * 2);
                    for (int c = 0; c < out.length; c++) out[c] = Arrays.copyOf(out[c], grow);
                }
                decodeFrame(r, f, out, n, file, frame);
                r.alignToByte();
                int end = r.bytePosition();
                int crc = r.read(16);
                if (crc != crc16(d, p, end)) throw new WfdbFormatException(file, "FLAC frame " + frame + " fails its CRC-16 check (corrupt data)");
                p = r.bytePosition();
                n += f.blockSize;
                frame++;
            }
        } catch (IndexOutOfBoundsException e) {
            throw new WfdbFormatException(file, "FLAC frame " + frame + " runs past the end of the file (truncated)", e);
        }
        return new Stream(info, out, n);
    }

    private record Frame(int blockSize, int bps, int assignment, int channels) {}

    private static Frame frameHeader(FlacBitReader r, byte[] d, int start, StreamInfo info, Path file, int frame)
            throws WfdbFormatException {
        if (!r.hasBits(32)) return null;
        int sync = r.read(14);
        if (sync != 0x3ffe) {
            if (allZero(d, start)) return null;
            throw new WfdbFormatException(file, "FLAC frame " + frame + ": no frame sync code at byte " + start + " (corrupt stream)");
        }
        r.read(1); r.read(1);              // reserved, blocking strategy
        int bsCode = r.read(4);
        int rateCode = r.read(4);
        int assignment = r.read(4);
        int sizeCode = r.read(3);
        r.read(1);                         // reserved
        int first = r.read(8);             // coded frame or sample number, UTF-8-like: skip its continuation bytes
        int extra = Integer.numberOfLeadingZeros(~(first << 24));
        for (int i = 1; i < extra; i++) r.read(8);
        int blockSize;
        if (bsCode == 0) throw new WfdbFormatException(file, "FLAC frame " + frame + ": reserved block size code");
        else if (bsCode == 1) blockSize = 192;
        else if (bsCode <= 5) blockSize = 576 << (bsCode - 2);
        else if (bsCode == 6) blockSize = r.read(8) + 1;
        else if (bsCode == 7) blockSize = r.read(16) + 1;
        else blockSize = 256 << (bsCode - 8);
        if (rateCode == 12) r.read(8);
        else if (rateCode == 13 || rateCode == 14) r.read(16);
        else if (rateCode == 15) throw new WfdbFormatException(file, "FLAC frame " + frame + ": invalid sample rate code");
        int crc = r.read(8);
        if (crc != crc8(d, start, r.bytePosition() - 1)) {
            throw new WfdbFormatException(file, "FLAC frame " + frame + " header fails its CRC-8 check (corrupt stream)");
        }
        int bps;
        switch (sizeCode) {
            case 0: bps = info.bitsPerSample(); break;
            case 1: bps = 8; break;
            case 2: bps = 12; break;
            case 4: bps = 16; break;
            case 5: bps = 20; break;
            case 6: bps = 24; break;
            default: throw new WfdbFormatException(file, "FLAC frame " + frame + ": unsupported sample size code " + sizeCode);
        }
        int channels = assignment < 8 ? assignment + 1 : 2;
        if (assignment > 10) throw new WfdbFormatException(file, "FLAC frame " + frame + ": reserved channel assignment " + assignment);
        if (channels != info.channels()) {
            throw new WfdbFormatException(file, "FLAC frame " + frame + " has " + channels + " channels, STREAMINFO says " + info.channels());
        }
        return new Frame(blockSize, bps, assignment, channels);
    }

    private static boolean allZero(byte[] d, int from) {
        for (int i = from; i < d.length; i++) if (d[i] != 0) return false;
        return true;
    }

    private static void decodeFrame(FlacBitReader r, Frame f, int[][] out, int at, Path file, int frame)
            throws WfdbFormatException {
        int n = f.blockSize;
        int[][] ch = new int[f.channels][];
        for (int c = 0; c < f.channels; c++) {
            // The side channel of a stereo pair carries one more bit.
            boolean side = (f.assignment == 8 && c == 1) || (f.assignment == 9 && c == 0) || (f.assignment == 10 && c == 1);
            ch[c] = subframe(r, n, f.bps + (side ? 1 : 0), file, frame);
        }
        if (f.assignment == 8) {                       // left, side: right = left - side
            for (int i = 0; i < n; i++) ch[1][i] = ch[0][i] - ch[1][i];
        } else if (f.assignment == 9) {                // side, right: left = side + right
            for (int i = 0; i < n; i++) ch[0][i] = ch[0][i] + ch[1][i];
        } else if (f.assignment == 10) {               // mid, side
            for (int i = 0; i < n; i++) {
                long mid = ((long) ch[0][i] << 1) | (ch[1][i] & 1);
                int side = ch[1][i];
                ch[0][i] = (int) ((mid + side) >> 1);
                ch[1][i] = (int) ((mid - side) >> 1);
            }
        }
        for (int c = 0; c < f.channels; c++) System.arraycopy(ch[c], 0, out[c], at, n);
    }

    private static int[] subframe(FlacBitReader r, int n, int bps, Path file, int frame) throws WfdbFormatException {
        if (r.read(1) != 0) throw new WfdbFormatException(file, "FLAC frame " + frame + ": subframe padding bit set (corrupt stream)");
        int type = r.read(6);
        int wasted = r.read(1) == 1 ? r.readUnary() + 1 : 0;
        int bits = bps - wasted;
        int[] s = new int[n];
        if (type == 0) {                                   // CONSTANT
            Arrays.fill(s, r.readSigned(bits));
        } else if (type == 1) {                            // VERBATIM
            for (int i = 0; i < n; i++) s[i] = r.readSigned(bits);
        } else if (type >= 8 && type <= 12) {              // FIXED predictor of order 0-4
            int order = type - 8;
            for (int i = 0; i < order; i++) s[i] = r.readSigned(bits);
            residual(r, s, n, order, file, frame);
            fixedPredict(s, n, order);
        } else if (type >= 32) {                           // LPC of order 1-32
            int order = type - 31;
            for (int i = 0; i < order; i++) s[i] = r.readSigned(bits);
            int precision = r.read(4) + 1;
            if (precision == 16) throw new WfdbFormatException(file, "FLAC frame " + frame + ": invalid LPC precision");
            int shift = r.readSigned(5);
            if (shift < 0) throw new WfdbFormatException(file, "FLAC frame " + frame + ": negative LPC shift");
            int[] coef = new int[order];
            for (int i = 0; i < order; i++) coef[i] = r.readSigned(precision);
            residual(r, s, n, order, file, frame);
            for (int i = order; i < n; i++) {
                long sum = 0;
                for (int j = 0; j < order; j++) sum += (long) coef[j] * s[i - 1 - j];
                s[i] += (int) (sum >> shift);
            }
        } else {
            throw new WfdbFormatException(file, "FLAC frame " + frame + ": reserved subframe type " + type);
        }
        if (wasted > 0) for (int i = 0; i < n; i++) s[i] <<= wasted;
        return s;
    }

    /** Fixed polynomial predictors: the residual is added to the prediction from the previous samples. */
    private static void fixedPredict(int[] s, int n, int order) {
        for (int i = order; i < n; i++) {
            switch (order) {
                case 1: s[i] += s[i - 1]; break;
                case 2: s[i] += 2 * s[i - 1] - s[i - 2]; break;
                case 3: s[i] += 3 * s[i - 1] - 3 * s[i - 2] + s[i - 3]; break;
                case 4: s[i] += 4 * s[i - 1] - 6 * s[i - 2] + 4 * s[i - 3] - s[i - 4]; break;
                default: break;
            }
        }
    }

    /** Rice-coded residual in 2^k partitions, each with its own parameter or an escape to fixed-width values. */
    private static void residual(FlacBitReader r, int[] s, int n, int predOrder, Path file, int frame) throws WfdbFormatException {
        int method = r.read(2);
        if (method > 1) throw new WfdbFormatException(file, "FLAC frame " + frame + ": reserved residual coding method");
        int paramBits = method == 0 ? 4 : 5;
        int escape = (1 << paramBits) - 1;
        int order = r.read(4);
        int partitions = 1 << order;
        int per = n >> order;
        if (per < predOrder) throw new WfdbFormatException(file, "FLAC frame " + frame + ": residual partition smaller than the predictor order");
        int i = predOrder;
        for (int p = 0; p < partitions; p++) {
            int count = p == 0 ? per - predOrder : per;
            int k = r.read(paramBits);
            if (k == escape) {
                int bits = r.read(5);
                for (int j = 0; j < count; j++) s[i++] = r.readSigned(bits);
            } else {
                for (int j = 0; j < count; j++) {
                    int q = r.readUnary();
                    int u = (q << k) | r.read(k);
                    s[i++] = (u >>> 1) ^ -(u & 1); // zigzag: 0, -1, 1, -2, ...
                }
            }
        }
    }

    private static int crc8(byte[] d, int from, int to) {
        int crc = 0;
        for (int i = from; i < to; i++) {
            crc ^= d[i] & 0xff;
            for (int b = 0; b < 8; b++) crc = (crc & 0x80) != 0 ? ((crc << 1) ^ 0x07) & 0xff : (crc << 1) & 0xff;
        }
        return crc;
    }

    private static int crc16(byte[] d, int from, int to) {
        int crc = 0;
        for (int i = from; i < to; i++) {
            crc ^= (d[i] & 0xff) << 8;
            for (int b = 0; b < 8; b++) crc = (crc & 0x8000) != 0 ? ((crc << 1) ^ 0x8005) & 0xffff : (crc << 1) & 0xffff;
        }
        return crc;
    }
}
