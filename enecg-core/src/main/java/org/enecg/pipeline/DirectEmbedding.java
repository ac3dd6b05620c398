package org.enecg.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.enecg.cache.EmbeddingTable;
import org.enecg.expert.Expert;
import org.enecg.expert.ExpertInput;
import org.enecg.expert.GateInput;
import org.enecg.io.Record;

/**
 * Expert outputs of records held in memory, computed without the cache (each record prepared and embedded exactly as
 * the cache's embedder does it); used by the stability check and, one record at a time, by {@link Predictor}. For records that exist nowhere on disk, such as a resampled or cropped copy, which a
 * content-keyed cache could otherwise confuse with their original.
 */
final class DirectEmbedding {

    /** A table of the records that could be embedded, and one line per record that could not. */
    record Result(EmbeddingTable table, List<String> skipped) {}

    private DirectEmbedding() {}

    static Result of(List<Record> records, List<? extends Expert> experts, GateInput gate, int threads) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<float[][]>> rows = new ArrayList<>();
            for (Record r : records) rows.add(pool.submit(() -> rowsOf(r, experts, gate)));
            List<String> ids = new ArrayList<>();
            List<float[][]> kept = new ArrayList<>();
            List<String> skipped = new ArrayList<>();
            for (int i = 0; i < records.size(); i++) {
                try {
                    kept.add(rows.get(i).get());
                    ids.add(records.get(i).id());
                } catch (java.util.concurrent.ExecutionException e) {
                    skipped.add(records.get(i).id() + ": " + e.getCause().getMessage());
                }
            }
            return new Result(tableOf(ids, kept, experts), skipped);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The table of records whose rows ({@link #rowsOf}) were computed, in the given order. */
    static EmbeddingTable tableOf(List<String> ids, List<float[][]> rows, List<? extends Expert> experts) {
        List<EmbeddingTable.ExpertOutputs> blocks = new ArrayList<>();
        for (int e = 0; e < experts.size(); e++) {
            float[][] m = new float[rows.size()][];
            for (int r = 0; r < m.length; r++) m[r] = rows.get(r)[e];
            blocks.add(new EmbeddingTable.ExpertOutputs(experts.get(e).name(), experts.get(e).fingerprint().id(), m));
        }
        float[][] g = new float[rows.size()][];
        for (int r = 0; r < g.length; r++) g[r] = rows.get(r)[experts.size()];
        return new EmbeddingTable(ids, blocks, g);
    }

    /**
     * Each expert's output, then the gate input, for one record.
     *
     * @throws IllegalArgumentException naming the expert when one cannot use the record
     */
    static float[][] rowsOf(Record r, List<? extends Expert> experts, GateInput gate) {
        float[][] out = new float[experts.size() + 1][];
        for (int e = 0; e < experts.size(); e++) out[e] = embed(experts.get(e), r);
        out[experts.size()] = embed(gate, r);
        return out;
    }

    private static float[] embed(Expert e, Record record) {
        try {
            return e.embed(ExpertInput.prepare(record, e.spec()));
        } catch (RuntimeException ex) {
            throw new IllegalArgumentException("expert " + e.name() + ": " + (ex.getMessage() != null ? ex.getMessage() : ex.toString()), ex);
        }
    }
}
