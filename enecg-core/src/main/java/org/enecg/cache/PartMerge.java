package org.enecg.cache;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;

/**
 * Writing cache parts: one part from rows in memory (a flush), or several key-sorted parts merged into one by a
 * k-way merge that streams (each part's index read row by row, matrix rows copied one at a time through its map), so
 * compaction needs no more memory for a million rows than for ten. A key found in two parts is written once.
 */
final class PartMerge {

    /** Parts merged at once (each holds an open index file while merging). */
    static final int FAN_IN = 64;

    private PartMerge() {}

    /** Writes rows (already sorted by key) as part {@code seq}: matrix, index, then the checksum file that commits it. */
    static ExpertStore.Part writePart(Path dir, int seq, float[][] rows, List<List<String>> index, int dim) throws IOException {
        long[] npyCrc = new long[1], csvCrc = new long[1];
        org.enecg.util.AtomicFiles.write(dir.resolve(ExpertStore.name(seq, "npy")), out -> {
            CheckedOutputStream c = new CheckedOutputStream(out, new CRC32C());
            Npy.writeMatrixTo(c, rows, dim);
            c.flush();
            npyCrc[0] = c.getChecksum().getValue();
        });
        org.enecg.util.AtomicFiles.write(dir.resolve(ExpertStore.name(seq, "csv")), out -> {
            CheckedOutputStream c = new CheckedOutputStream(out, new CRC32C());
            new CsvTable(CachedRow.HEADER, index).writeTo(c);
            c.flush();
            csvCrc[0] = c.getChecksum().getValue();
        });
        return commit(dir, seq, new PartSum(rows.length, npyCrc[0], csvCrc[0]));
    }

    private static ExpertStore.Part commit(Path dir, int seq, PartSum sums) throws IOException {
        sums.write(dir.resolve(ExpertStore.name(seq, "sum")), ExpertStore.name(seq, "npy"), ExpertStore.name(seq, "csv"));
        return new ExpertStore.Part(dir, seq, sums);
    }

    /** Told each row of the merged order once: which part, which row of it, its index fields. */
    @FunctionalInterface
    private interface Visitor {
        void row(int part, int row, List<String> fields) throws IOException;
    }

    /** Merges key-sorted {@code parts} into part {@code seq}. Every part's matrix is checked before a row of it is copied. */
    static ExpertStore.Part merge(Path dir, int seq, List<ExpertStore.Part> parts, int dim) throws IOException {
        PartMatrix[] matrices = new PartMatrix[parts.size()];
        for (int i = 0; i < matrices.length; i++) {
            matrices[i] = parts.get(i).matrix(dim);
            matrices[i].verify();
        }
        int[] count = new int[1];
        visit(parts, (p, r, f) -> count[0]++);
        long[] npyCrc = new long[1], csvCrc = new long[1];
        org.enecg.util.AtomicFiles.write(dir.resolve(ExpertStore.name(seq, "npy")), out -> {
            CheckedOutputStream c = new CheckedOutputStream(out, new CRC32C());
            c.write(Npy.header("<f4", new int[] {count[0], dim}));
            ByteBuffer buf = ByteBuffer.allocate(dim * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
            float[] row = new float[dim];
            visit(parts, (p, r, f) -> {
                matrices[p].readRow(r, row);
                buf.clear();
                buf.asFloatBuffer().put(row);
                c.write(buf.array(), 0, dim * Float.BYTES);
            });
            c.flush();
            npyCrc[0] = c.getChecksum().getValue();
        });
        org.enecg.util.AtomicFiles.write(dir.resolve(ExpertStore.name(seq, "csv")), out -> {
            CheckedOutputStream c = new CheckedOutputStream(out, new CRC32C());
            java.io.Writer w = new java.io.OutputStreamWriter(c, java.nio.charset.StandardCharsets.UTF_8);
            CsvTable.line(w, CachedRow.HEADER);
            visit(parts, (p, r, f) -> CsvTable.line(w, f));
            w.flush();
            csvCrc[0] = c.getChecksum().getValue();
        });
        return commit(dir, seq, new PartSum(count[0], npyCrc[0], csvCrc[0]));
    }

    /** Walks the parts' rows in key order (each index streamed), skipping a key already visited. */
    private static void visit(List<ExpertStore.Part> parts, Visitor v) throws IOException {
        record Head(int part, int row, List<String> fields) {}
        List<CsvRows> open = new ArrayList<>();
        try {
            PriorityQueue<Head> queue = new PriorityQueue<>((a, b) -> {
                int c = a.fields.get(0).compareTo(b.fields.get(0));
                return c != 0 ? c : Integer.compare(a.part, b.part);
            });
            for (int i = 0; i < parts.size(); i++) {
                CsvRows rows = new CsvRows(parts.get(i).csv, CachedRow.HEADER);
                open.add(rows);
                List<String> f = rows.next();
                if (f != null) queue.add(new Head(i, 0, f));
            }
            String last = null;
            while (!queue.isEmpty()) {
                Head h = queue.poll();
                String key = h.fields.get(0);
                if (last != null && key.compareTo(last) < 0) {
                    throw new IOException(parts.get(h.part).csv + ": rows are not sorted by record key at row " + (h.row + 1)
                            + "; delete this part's files to recompute its rows");
                }
                if (!key.equals(last)) v.row(h.part, h.row, h.fields);
                last = key;
                List<String> f = open.get(h.part).next();
                if (f != null) queue.add(new Head(h.part, h.row + 1, f));
            }
        } finally {
            for (CsvRows r : open) r.close();
        }
    }
}
