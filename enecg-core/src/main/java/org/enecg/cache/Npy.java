package org.enecg.cache;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.enecg.util.AtomicFiles;

/**
 * Reads and writes NumPy {@code .npy} files (format versions 1.0, 2.0 and 3.0, as specified in
 * {@code numpy/lib/format.py}): the magic string {@code \x93NUMPY}, a version, a little-endian header length
 * (2 bytes in 1.0, 4 bytes from 2.0), then a Python dict literal with {@code descr}, {@code fortran_order} and
 * {@code shape}, padded with spaces and a newline so the data starts on a 64-byte boundary, then the raw data.
 *
 * <p>Read: float32, float64 and 8/16/32/64-bit signed and 8/16/32-bit unsigned integers and bool, in either
 * byte order, C order. Fortran-ordered and object arrays are refused with a message naming the file.
 * Write: the array's dtype, little-endian, C order, version 1.0 (2.0 when the header would not fit), atomically.
 */
public final class Npy {

    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

    private Npy() {}

    /** Reads a whole {@code .npy} file. */
    public static NpyArray read(Path file) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new java.nio.file.NoSuchFileException(file.toString(), null, "no such .npy file");
        }
        return parse(file, bytes);
    }

    /** Parses the bytes of a {@code .npy} file; {@code file} is only used in error messages. */
    public static NpyArray parse(Path file, byte[] bytes) throws NpyFormatException {
        if (bytes.length < 10 || !Arrays.equals(Arrays.copyOf(bytes, 6), MAGIC)) {
            throw new NpyFormatException(file, "not a .npy file (magic string \\x93NUMPY missing)");
        }
        int major = bytes[6] & 0xff;
        ByteBuffer buf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int headerLen;
        int headerStart;
        if (major == 1) {
            headerLen = buf.getShort(8) & 0xffff;
            headerStart = 10;
        } else if (major == 2 || major == 3) {
            if (bytes.length < 12) throw new NpyFormatException(file, "truncated header");
            headerLen = buf.getInt(8);
            headerStart = 12;
        } else {
            throw new NpyFormatException(file, "unsupported .npy format version " + major + "." + (bytes[7] & 0xff));
        }
        if (headerLen < 0 || headerStart + (long) headerLen > bytes.length) {
            throw new NpyFormatException(file, "truncated header: it claims " + headerLen + " bytes, file has "
                    + (bytes.length - headerStart));
        }
        String header = new String(bytes, headerStart, headerLen,
                major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        String descr = find(file, DESCR, header, "descr");
        if (find(file, FORTRAN, header, "fortran_order").equals("True")) {
            throw new NpyFormatException(file, "Fortran-ordered arrays are not supported; save with np.ascontiguousarray");
        }
        int[] shape = parseShape(file, find(file, SHAPE, header, "shape"));
        Dtype type = Dtype.parse(file, descr);
        long n = NpyArray.count(shape);
        int dataStart = headerStart + headerLen;
        long need = n * type.size;
        if (bytes.length - dataStart != need) {
            throw new NpyFormatException(file, "data has " + (bytes.length - dataStart) + " bytes, shape "
                    + Arrays.toString(shape) + " of " + descr + " needs " + need);
        }
        ByteBuffer data = ByteBuffer.wrap(bytes, dataStart, (int) need).slice().order(type.order);
        return type.decode(data, (int) n, shape);
    }

    /** Where a float32 matrix file keeps its data, read from the header alone: rows, columns, first data byte. */
    record MatrixLayout(int rows, int cols, long dataOffset) {}

    /** The layout of {@code file}, a little-endian float32 matrix in C order, checked against its length. */
    static MatrixLayout float32Layout(Path file, java.nio.channels.FileChannel ch) throws IOException {
        ByteBuffer pre = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
        while (pre.hasRemaining() && ch.read(pre, pre.position()) > 0) { }
        byte[] magic = Arrays.copyOf(pre.array(), 6);
        if (pre.position() < 10 || !Arrays.equals(magic, MAGIC)) throw new NpyFormatException(file, "not a .npy file (magic string \\x93NUMPY missing)");
        int major = pre.get(6) & 0xff;
        if (major != 1 && major != 2) throw new NpyFormatException(file, "unsupported .npy format version " + major);
        int start = major == 1 ? 10 : 12;
        int len = major == 1 ? pre.getShort(8) & 0xffff : pre.getInt(8);
        if (len < 0 || start + (long) len > ch.size()) throw new NpyFormatException(file, "truncated header");
        ByteBuffer h = ByteBuffer.allocate(len);
        while (h.hasRemaining() && ch.read(h, start + h.position()) > 0) { }
        String header = new String(h.array(), StandardCharsets.ISO_8859_1);
        String descr = find(file, DESCR, header, "descr");
        if (!descr.equals("<f4") || find(file, FORTRAN, header, "fortran_order").equals("True")) {
            throw new NpyFormatException(file, "expected a little-endian float32 matrix in C order, found " + header.trim());
        }
        int[] shape = parseShape(file, find(file, SHAPE, header, "shape"));
        if (shape.length != 2) throw new NpyFormatException(file, "expected a matrix, found shape " + Arrays.toString(shape));
        long need = (long) shape[0] * shape[1] * Float.BYTES;
        if (ch.size() - start - len != need) {
            throw new NpyFormatException(file, "data has " + (ch.size() - start - len) + " bytes, shape " + Arrays.toString(shape) + " needs " + need);
        }
        return new MatrixLayout(shape[0], shape[1], start + (long) len);
    }

    private static String find(Path file, Pattern p, String header, String key) throws NpyFormatException {
        Matcher m = p.matcher(header);
        if (!m.find()) throw new NpyFormatException(file, "header has no valid '" + key + "' entry: " + header.trim());
        return m.group(1);
    }

    private static int[] parseShape(Path file, String inner) throws NpyFormatException {
        List<Integer> dims = new ArrayList<>();
        for (String part : inner.split(",")) {
            String s = part.trim();
            if (s.isEmpty()) continue;
            if (s.endsWith("L")) s = s.substring(0, s.length() - 1); // Python 2 longs
            try {
                long d = Long.parseLong(s);
                if (d < 0 || d > Integer.MAX_VALUE) throw new NumberFormatException();
                dims.add((int) d);
            } catch (NumberFormatException e) {
                throw new NpyFormatException(file, "bad dimension '" + part.trim() + "' in shape (" + inner + ")");
            }
        }
        return dims.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Writes {@code array} to {@code file} atomically. */
    public static void write(Path file, NpyArray array) throws IOException {
        AtomicFiles.write(file, out -> writeTo(out, array));
    }

    /**
     * Writes a float32 matrix ({@code rows.length x cols}) atomically, streaming the rows: no flat copy of the matrix
     * is made, so writing costs no second copy of a large table and is not bound by Java's 2^31-element arrays.
     * The bytes are those of {@code write(file, NpyArray.ofMatrix(rows, cols))}.
     */
    public static void writeMatrix(Path file, float[][] rows, int cols) throws IOException {
        checkRows(rows, cols);
        AtomicFiles.write(file, out -> writeMatrixTo(out, rows, cols));
    }

    /** Writes a float32 matrix ({@code rows.length x cols}) in .npy format to a stream, row by row. */
    public static void writeMatrixTo(OutputStream out, float[][] rows, int cols) throws IOException {
        checkRows(rows, cols);
        out.write(header("<f4", new int[] {rows.length, cols}));
        ByteBuffer buf = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
        java.nio.FloatBuffer floats = buf.asFloatBuffer();   // little-endian view: the bytes putFloat would write
        for (float[] row : rows) {
            for (int off = 0; off < cols; ) {
                int len = Math.min(cols - off, floats.remaining());
                floats.put(row, off, len);
                off += len;
                if (!floats.hasRemaining()) {
                    out.write(buf.array(), 0, floats.position() * Float.BYTES);
                    floats.clear();
                }
            }
        }
        out.write(buf.array(), 0, floats.position() * Float.BYTES);
    }

    private static void checkRows(float[][] rows, int cols) {
        if (cols < 0) throw new IllegalArgumentException("negative column count " + cols);
        for (int r = 0; r < rows.length; r++) {
            if (rows[r].length != cols) {
                throw new IllegalArgumentException("row " + r + " has " + rows[r].length + " values, expected " + cols);
            }
        }
    }

    /** Writes {@code array} in .npy format to a stream. */
    public static void writeTo(OutputStream out, NpyArray array) throws IOException {
        Dtype type = Dtype.parse(null, array.dtype());
        out.write(header(array.dtype(), array.shape()));
        int n = array.size();
        int chunk = Math.max(1, (1 << 16) / type.size);
        ByteBuffer buf = ByteBuffer.allocate(chunk * type.size).order(ByteOrder.LITTLE_ENDIAN);
        for (int start = 0; start < n; start += chunk) {
            int len = Math.min(chunk, n - start);
            buf.clear();
            type.encode(array, start, len, buf);
            out.write(buf.array(), 0, buf.position());
        }
    }

    /** The header bytes (magic, version, length, padded dict) for a little-endian C-order array. */
    static byte[] header(String descr, int[] shape) {
        StringBuilder s = new StringBuilder("{'descr': '").append(descr).append("', 'fortran_order': False, 'shape': (");
        for (int i = 0; i < shape.length; i++) {
            s.append(shape[i]);
            if (shape.length == 1 || i < shape.length - 1) s.append(shape.length == 1 ? "," : ", ");
        }
        s.append("), }");
        int version = s.length() + 1 + 10 > 65535 ? 2 : 1;
        int prefix = version == 1 ? 10 : 12;
        int total = prefix + s.length() + 1;
        int pad = (64 - total % 64) % 64;
        s.append(" ".repeat(pad)).append('\n');
        byte[] dict = s.toString().getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer b = ByteBuffer.allocate(prefix + dict.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put(MAGIC).put((byte) version).put((byte) 0);
        if (version == 1) b.putShort((short) dict.length); else b.putInt(dict.length);
        b.put(dict);
        return b.array();
    }

    /** The element types this class reads and writes. */
    private enum Kind { F4, F8, I1, I2, I4, I8, U1, U2, U4, B1 }

    private record Dtype(Kind kind, int size, ByteOrder order) {

        static Dtype parse(Path file, String descr) throws NpyFormatException {
            if (descr.length() < 3) throw new NpyFormatException(file, "unsupported dtype '" + descr + "'");
            char o = descr.charAt(0);
            ByteOrder order = switch (o) {
                case '<', '|', '=' -> ByteOrder.LITTLE_ENDIAN; // '=' is native; every supported JVM host here is little-endian
                case '>' -> ByteOrder.BIG_ENDIAN;
                default -> throw new NpyFormatException(file, "unsupported dtype '" + descr + "'");
            };
            String t = descr.substring(1);
            Kind kind = switch (t) {
                case "f4" -> Kind.F4;
                case "f8" -> Kind.F8;
                case "i1" -> Kind.I1;
                case "i2" -> Kind.I2;
                case "i4" -> Kind.I4;
                case "i8" -> Kind.I8;
                case "u1" -> Kind.U1;
                case "u2" -> Kind.U2;
                case "u4" -> Kind.U4;
                case "b1" -> Kind.B1;
                default -> throw new NpyFormatException(file, "unsupported dtype '" + descr
                        + "'; supported: f4, f8, i1, i2, i4, i8, u1, u2, u4, b1");
            };
            return new Dtype(kind, Integer.parseInt(t.substring(1)), order);
        }

        String littleEndianName() {
            String t = kind.name().toLowerCase(java.util.Locale.ROOT);
            return (size == 1 ? "|" : "<") + t;
        }

        NpyArray decode(ByteBuffer data, int n, int[] shape) {
            String name = littleEndianName();
            switch (kind) {
                case F4: {
                    float[] v = new float[n];
                    data.asFloatBuffer().get(v);
                    return new NpyArray(name, shape, v, null, null);
                }
                case F8: {
                    double[] v = new double[n];
                    data.asDoubleBuffer().get(v);
                    return new NpyArray(name, shape, null, v, null);
                }
                default: {
                    long[] v = new long[n];
                    for (int i = 0; i < n; i++) {
                        v[i] = switch (kind) {
                            case I1, B1 -> data.get();
                            case U1 -> data.get() & 0xffL;
                            case I2 -> data.getShort();
                            case U2 -> data.getShort() & 0xffffL;
                            case I4 -> data.getInt();
                            case U4 -> data.getInt() & 0xffffffffL;
                            default -> data.getLong();
                        };
                    }
                    return new NpyArray(name, shape, null, null, v);
                }
            }
        }

        long min() {
            return switch (kind) {
                case I1 -> Byte.MIN_VALUE; case I2 -> Short.MIN_VALUE; case I4 -> Integer.MIN_VALUE;
                case U1, U2, U4, B1 -> 0; default -> Long.MIN_VALUE;
            };
        }

        long max() {
            return switch (kind) {
                case I1 -> Byte.MAX_VALUE; case I2 -> Short.MAX_VALUE; case I4 -> Integer.MAX_VALUE;
                case U1 -> 0xff; case U2 -> 0xffff; case U4 -> 0xffffffffL; case B1 -> 1; default -> Long.MAX_VALUE;
            };
        }

        void encode(NpyArray a, int start, int len, ByteBuffer buf) {
            if (order != ByteOrder.LITTLE_ENDIAN) throw new IllegalArgumentException("only little-endian arrays are written");
            switch (kind) {
                case F4 -> { float[] v = a.asFloats(); for (int i = start; i < start + len; i++) buf.putFloat(v[i]); }
                case F8 -> { double[] v = a.asDoubles(); for (int i = start; i < start + len; i++) buf.putDouble(v[i]); }
                default -> {
                    long[] v = a.asLongs();
                    for (int i = start; i < start + len; i++) {
                        long x = v[i];
                        if (x < min() || x > max()) {
                            throw new IllegalArgumentException("value " + x + " at index " + i + " does not fit dtype "
                                    + littleEndianName());
                        }
                        switch (kind) {
                            case I1, U1, B1 -> buf.put((byte) x);
                            case I2, U2 -> buf.putShort((short) x);
                            case I4, U4 -> buf.putInt((int) x);
                            default -> buf.putLong(x);
                        }
                    }
                }
            }
        }
    }
}
