package org.enecg.io.wfdb;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The header of a MATLAB version 4 {@code .mat} file as the CinC challenges (and WFDB's {@code wfdb2mat}) use
 * it for signal files: one matrix {@code val}, signals × frames, stored column by column, so the data after the
 * header is an ordinary interleaved WFDB signal file. The WFDB header describes it as, e.g., format {@code 16+24}
 * (a 24-byte MATLAB header before the samples). This class checks the MATLAB header against the WFDB header so
 * that a file that is not what the header claims fails with a clear message.
 *
 * <p>MATLAB v4 layout: five 32-bit integers (type {@code MOPT}, rows, columns, imaginary flag, name length),
 * then the name with its terminating NUL, then the data. {@code M} is the byte order (0 little-endian, 1
 * big-endian), {@code O} must be 0, {@code P} the element type (0 double, 1 single, 2 int32, 3 int16,
 * 4 uint16, 5 uint8), {@code T} 0 for a numeric matrix.
 */
record MatV4Header(boolean bigEndian, int elementType, int rows, long columns, String name, long dataOffset) {

    static final int INT16 = 3;
    static final int INT32 = 2;
    static final int UINT8 = 5;
    private static final String[] TYPE_NAMES = {"double", "single", "int32", "int16", "uint16", "uint8"};

    static MatV4Header read(FileChannel ch, Path file) throws IOException {
        long size = ch.size();
        if (size < 20) {
            throw new WfdbFormatException(file, "not a MATLAB v4 file: " + size + " bytes, shorter than the 20-byte MATLAB header");
        }
        ByteBuffer head = ByteBuffer.allocate(20);
        ch.read(head, 0);
        head.flip();
        byte[] raw = head.array();
        if (new String(raw, 0, 6, StandardCharsets.ISO_8859_1).equals("MATLAB")) {
            throw new WfdbFormatException(file, "MATLAB v5/v7 file; only MATLAB v4 signal files (as written by the CinC"
                    + " challenges and wfdb2mat) can be read: re-save it with save('-v4') or convert it with wfdb tools");
        }
        // The type word is small (< 5000) in the file's own byte order; that tells the byte order.
        int le = head.order(ByteOrder.LITTLE_ENDIAN).getInt(0);
        int be = head.order(ByteOrder.BIG_ENDIAN).getInt(0);
        boolean big = !(le >= 0 && le < 5000) && be >= 0 && be < 5000;
        head.order(big ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        int type = head.getInt(0);
        int m = type / 1000, o = type / 100 % 10, p = type / 10 % 10, t = type % 10;
        if (type < 0 || type >= 5000 || m > 1 || o != 0 || p > 5 || t != 0) {
            throw new WfdbFormatException(file, "not a MATLAB v4 numeric matrix: type word " + Integer.toUnsignedString(le)
                    + " (expected MOPT with M 0 or 1, O 0, P 0-5, T 0)");
        }
        int rows = head.getInt(4);
        int cols = head.getInt(8);
        int imag = head.getInt(12);
        int nameLen = head.getInt(16);
        if (rows < 0 || cols < 0 || nameLen < 1 || nameLen > 4096) {
            throw new WfdbFormatException(file, "corrupt MATLAB v4 header: rows " + rows + ", columns " + cols
                    + ", name length " + nameLen);
        }
        if (imag != 0) throw new WfdbFormatException(file, "MATLAB matrix is complex; WFDB signals are real integers");
        if (size < 20 + nameLen) throw new WfdbFormatException(file, "truncated MATLAB v4 header (name runs past the end)");
        ByteBuffer nameBuf = ByteBuffer.allocate(nameLen);
        ch.read(nameBuf, 20);
        String name = new String(nameBuf.array(), 0, nameLen - 1, StandardCharsets.ISO_8859_1);
        return new MatV4Header(big, p, rows, cols, name, 20L + nameLen);
    }

    String typeName() { return TYPE_NAMES[elementType]; }

    /** The WFDB format this element type is stored as, or null if none is. */
    SignalFormat wfdbFormat() {
        switch (elementType) {
            case INT16: return bigEndian ? SignalFormat.FMT_61 : SignalFormat.FMT_16;
            case INT32: return bigEndian ? null : SignalFormat.FMT_32;
            case UINT8: return SignalFormat.FMT_80;
            default: return null;
        }
    }
}
