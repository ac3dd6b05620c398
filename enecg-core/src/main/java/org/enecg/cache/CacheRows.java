package org.enecg.cache;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link EmbeddingRows} read from the cache's part files on disk: the heap holds the record ids and, per expert, one
 * row number per record (4 bytes); each row is read from its memory-mapped part when asked for (a fresh copy each
 * time, checked against its part's checksum on first use). Selections and expert subsets are views over the same
 * files. A damaged part surfaces as an {@link java.io.UncheckedIOException} naming its file.
 */
public final class CacheRows implements EmbeddingRows {

    /** One expert's column block: name, fingerprint id, output size, the stored view and each row's place in it. */
    record Block(String name, String fingerprint, int dim, StoredRows stored, int[] at) {
        Block select(int[] rows) {
            int[] sub = new int[rows.length];
            for (int i = 0; i < rows.length; i++) sub[i] = at[rows[i]];
            return new Block(name, fingerprint, dim, stored, sub);
        }
    }

    private final List<String> recordIds;
    private final List<Block> experts;
    private final Block gate;   // null: no gate input
    private Map<String, Integer> rowOf;

    CacheRows(List<String> recordIds, List<Block> experts, Block gate) {
        this.recordIds = List.copyOf(recordIds);
        this.experts = List.copyOf(experts);
        this.gate = gate;
        for (Block b : experts) {
            if (b.at().length != recordIds.size()) throw new IllegalArgumentException(b.name() + ": " + b.at().length + " rows for " + recordIds.size() + " records");
        }
    }

    @Override public int size() { return recordIds.size(); }

    @Override public List<String> recordIds() { return recordIds; }

    @Override
    public List<String> expertNames() {
        List<String> n = new ArrayList<>();
        for (Block b : experts) n.add(b.name());
        return n;
    }

    @Override public String fingerprint(int e) { return experts.get(e).fingerprint(); }

    @Override public int dim(int e) { return experts.get(e).dim(); }

    @Override public float[] row(int e, int r) { Block b = experts.get(e); return b.stored().read(b.at()[r]); }

    @Override public int gateDim() { return gate == null ? 0 : gate.dim(); }

    @Override public float[] gateInput(int r) { return gate == null ? new float[0] : gate.stored().read(gate.at()[r]); }

    @Override
    public synchronized int rowOf(String recordId) {
        if (rowOf == null) {
            rowOf = new HashMap<>();
            for (int r = 0; r < recordIds.size(); r++) rowOf.put(recordIds.get(r), r);
        }
        return rowOf.getOrDefault(recordId, -1);
    }

    @Override
    public CacheRows select(int[] rows) {
        List<String> ids = new ArrayList<>(rows.length);
        for (int r : rows) ids.add(recordIds.get(r));
        List<Block> ex = new ArrayList<>();
        for (Block b : experts) ex.add(b.select(rows));
        return new CacheRows(ids, ex, gate == null ? null : gate.select(rows));
    }

    @Override
    public CacheRows withExperts(List<String> names) {
        List<Block> ex = new ArrayList<>();
        for (String name : names) {
            Block found = null;
            for (Block b : experts) if (b.name().equals(name)) found = b;
            if (found == null) throw new IllegalArgumentException("no expert '" + name + "' in table; have " + expertNames());
            ex.add(found);
        }
        return new CacheRows(recordIds, ex, gate);
    }

    /** The same rows read into memory (for small data and tests: the heap then grows with the records). */
    public EmbeddingTable toTable() {
        List<EmbeddingTable.ExpertOutputs> outs = new ArrayList<>();
        for (int e = 0; e < experts.size(); e++) {
            float[][] m = new float[size()][];
            for (int r = 0; r < m.length; r++) m[r] = row(e, r);
            outs.add(new EmbeddingTable.ExpertOutputs(experts.get(e).name(), experts.get(e).fingerprint(), m));
        }
        float[][] g = new float[size()][];
        for (int r = 0; r < g.length; r++) g[r] = gateInput(r);
        return new EmbeddingTable(recordIds, outs, g);
    }
}
