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
 * the cache's embedder does it). For records that exist nowhere on disk, such as a resampled or cropped copy, which a
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
            List<EmbeddingTable.ExpertOutputs> blocks = new ArrayList<>();
            for (int e = 0; e < experts.size(); e++) {
                float[][] m = new float[kept.size()][];
                for (int r = 0; r < m.length; r++) m[r] = kept.get(r)[e];
                blocks.add(new EmbeddingTable.ExpertOutputs(experts.get(e).name(), experts.get(e).fingerprint().id(), m));
            }
            float[][] g = new float[kept.size()][];
            for (int r = 0; r < g.length; r++) g[r] = kept.get(r)[experts.size()];
            return new Result(new EmbeddingTable(ids, blocks, g), skipped);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Each expert's output, then the gate input, for one record. */
    private static float[][] rowsOf(Record r, List<? extends Expert> experts, GateInput gate) {
        float[][] out = new float[experts.size() + 1][];
        for (int e = 0; e < experts.size(); e++) out[e] = experts.get(e).embed(ExpertInput.prepare(r, experts.get(e).spec()));
        out[experts.size()] = gate.embed(ExpertInput.prepare(r, gate.spec()));
        return out;
    }
}
