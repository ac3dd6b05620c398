package org.enecg.cache;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The bridge between the frozen side and the trainable side: for each record, every expert's output vector
 * and the gate's input (the gate's leads, preprocessed). The trainable side (nn, model, train, eval) sees
 * ECGs only through this table, never through records.
 *
 * <p>Rows are aligned: row {@code r} of every expert and of the gate input belongs to {@code recordIds().get(r)}.
 * Arrays are not copied (the table can be large); callers must not modify what they get.
 */
public final class EmbeddingTable implements EmbeddingRows {

    /** One expert's outputs: its name, its fingerprint (cache key part), and one row per record. */
    public record ExpertOutputs(String expert, String fingerprint, float[][] rows) {
        public ExpertOutputs {
            Objects.requireNonNull(expert, "expert");
            Objects.requireNonNull(fingerprint, "fingerprint");
            Objects.requireNonNull(rows, "rows");
        }

        public int dim() { return rows.length == 0 ? 0 : rows[0].length; }
    }

    private final List<String> recordIds;
    private final List<ExpertOutputs> experts;
    private final float[][] gateInput;
    private final Map<String, Integer> rowOf = new HashMap<>();

    /**
     * @param recordIds one id per row
     * @param experts   one block per expert, each with {@code recordIds.size()} rows of equal length
     * @param gateInput one row per record: the gate's leads after preprocessing, concatenated
     */
    public EmbeddingTable(List<String> recordIds, List<ExpertOutputs> experts, float[][] gateInput) {
        this.recordIds = List.copyOf(recordIds);
        this.experts = List.copyOf(experts);
        this.gateInput = Objects.requireNonNull(gateInput, "gateInput");
        int n = recordIds.size();
        if (gateInput.length != n) {
            throw new IllegalArgumentException("gate input has " + gateInput.length + " rows, table has " + n + " records");
        }
        for (ExpertOutputs e : experts) {
            if (e.rows().length != n) {
                throw new IllegalArgumentException("expert " + e.expert() + " has " + e.rows().length
                        + " rows, table has " + n + " records");
            }
            int d = e.dim();
            for (float[] row : e.rows()) {
                if (row.length != d) throw new IllegalArgumentException("expert " + e.expert() + ": rows differ in length");
            }
        }
        for (int r = 0; r < n; r++) {
            if (rowOf.put(this.recordIds.get(r), r) != null) {
                throw new IllegalArgumentException("duplicate record id in table: " + this.recordIds.get(r));
            }
        }
    }

    @Override
    public int size() { return recordIds.size(); }

    @Override
    public List<String> recordIds() { return recordIds; }

    @Override
    public int nExperts() { return experts.size(); }

    public List<ExpertOutputs> experts() { return experts; }

    @Override
    public List<String> expertNames() {
        List<String> names = new ArrayList<>();
        for (ExpertOutputs e : experts) names.add(e.expert());
        return names;
    }

    @Override
    public String fingerprint(int e) { return experts.get(e).fingerprint(); }

    /** Output size of expert {@code e}. */
    @Override
    public int dim(int e) { return experts.get(e).dim(); }

    /** Output of expert {@code e} for record row {@code r} (not a copy). */
    @Override
    public float[] row(int e, int r) { return experts.get(e).rows()[r]; }

    @Override
    public int gateDim() { return gateInput.length == 0 ? 0 : gateInput[0].length; }

    /** Gate input of record row {@code r} (not a copy). */
    @Override
    public float[] gateInput(int r) { return gateInput[r]; }

    /** Row of a record id, or -1. */
    @Override
    public int rowOf(String recordId) { return rowOf.getOrDefault(recordId, -1); }

    /** A table of the given rows, in the given order (rows shared, not copied). */
    @Override
    public EmbeddingTable select(int[] rows) {
        List<String> ids = new ArrayList<>(rows.length);
        for (int r : rows) ids.add(recordIds.get(r));
        List<ExpertOutputs> ex = new ArrayList<>(experts.size());
        for (ExpertOutputs e : experts) {
            float[][] sub = new float[rows.length][];
            for (int i = 0; i < rows.length; i++) sub[i] = e.rows()[rows[i]];
            ex.add(new ExpertOutputs(e.expert(), e.fingerprint(), sub));
        }
        float[][] g = new float[rows.length][];
        for (int i = 0; i < rows.length; i++) g[i] = gateInput[rows[i]];
        return new EmbeddingTable(ids, ex, g);
    }

    /** A table with only the named experts, in the given order (e.g. for "ensemble without X" baselines). */
    @Override
    public EmbeddingTable withExperts(List<String> names) {
        List<ExpertOutputs> ex = new ArrayList<>();
        for (String name : names) {
            ExpertOutputs found = null;
            for (ExpertOutputs e : experts) if (e.expert().equals(name)) found = e;
            if (found == null) throw new IllegalArgumentException("no expert '" + name + "' in table; have " + expertNames());
            ex.add(found);
        }
        return new EmbeddingTable(recordIds, ex, gateInput);
    }
}
