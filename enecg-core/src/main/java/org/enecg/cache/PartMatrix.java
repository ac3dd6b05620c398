package org.enecg.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32C;

/**
 * A cache part's matrix on disk, read row by row through memory maps (windows of at most 1 GiB), never whole: the
 * heap holds only the rows asked for. Before the first row is read, the whole file is checked once against the
 * CRC-32C its checksum file recorded; a file that changed after it was written (a flipped byte) is an error that
 * names it, and no row of it is used. Thread-safe; the maps stay valid after the file is replaced or deleted.
 */
final class PartMatrix {

    private static final long WINDOW_BYTES = 1L << 30;

    private final Path file;
    private final int rows;
    private final int cols;
    private final long crc;
    private final int rowsPerWindow;
    private final byte[] header;
    private final ByteBuffer[] maps;
    private final FloatBuffer[] windows;
    private volatile boolean verified;

    private PartMatrix(Path file, int rows, int cols, long crc, int rowsPerWindow, byte[] header, ByteBuffer[] maps) {
        this.file = file;
        this.rows = rows;
        this.cols = cols;
        this.crc = crc;
        this.rowsPerWindow = rowsPerWindow;
        this.header = header;
        this.maps = maps;
        this.windows = new FloatBuffer[maps.length];
        for (int i = 0; i < maps.length; i++) windows[i] = maps[i].duplicate().order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer();
    }

    /** Maps {@code file}, which must hold {@code rows x cols} float32 values and have CRC-32C {@code crc}. */
    static PartMatrix open(Path file, int rows, int cols, long crc) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            Npy.MatrixLayout l = Npy.float32Layout(file, ch);
            if (l.rows() != rows || l.cols() != cols) {
                throw new IOException(file + ": shape [" + l.rows() + ", " + l.cols() + "] does not match its index (" + rows
                        + " rows) and the expert's " + cols + " outputs; delete part files of this number to recompute their rows");
            }
            long rowBytes = (long) Math.max(cols, 1) * Float.BYTES;
            int perWindow = (int) Math.max(1, Math.min(Integer.MAX_VALUE, WINDOW_BYTES / rowBytes));
            int n = rows == 0 ? 0 : (rows + perWindow - 1) / perWindow;
            ByteBuffer[] maps = new ByteBuffer[n];
            for (int i = 0; i < n; i++) {
                long first = (long) i * perWindow;
                long count = Math.min(perWindow, rows - first);
                maps[i] = ch.map(FileChannel.MapMode.READ_ONLY, l.dataOffset() + first * cols * Float.BYTES, count * cols * Float.BYTES);
            }
            ByteBuffer header = ByteBuffer.allocate((int) l.dataOffset());
            while (header.hasRemaining() && ch.read(header, header.position()) > 0) { }
            return new PartMatrix(file, rows, cols, crc, perWindow, header.array(), maps);
        }
    }

    Path file() { return file; }

    int rows() { return rows; }

    /** A copy of row {@code r}. */
    float[] row(int r) {
        float[] out = new float[cols];
        readRow(r, out);
        return out;
    }

    /** Row {@code r} into {@code out[0, cols)}. */
    void readRow(int r, float[] out) {
        if (r < 0 || r >= rows) throw new IndexOutOfBoundsException(file + ": row " + r + " of " + rows);
        if (!verified) verify();
        windows[r / rowsPerWindow].get((r % rowsPerWindow) * cols, out, 0, cols);
    }

    /** Checks the whole file (as mapped) against its recorded CRC-32C, once. */
    synchronized void verify() {
        if (verified) return;
        CRC32C c = new CRC32C();
        c.update(header);
        for (ByteBuffer m : maps) c.update(m.duplicate());
        if (c.getValue() != crc) {
            throw new UncheckedIOException(new IOException(file + ": damaged (CRC-32C " + PartSum.hex(c.getValue())
                    + ", written as " + PartSum.hex(crc) + "); its rows are not used. Delete the part's files ("
                    + file.getFileName().toString().replace(".npy", ".*") + ") and embed again to recompute them"));
        }
        verified = true;
    }
}
