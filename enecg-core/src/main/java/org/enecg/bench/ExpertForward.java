package org.enecg.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.enecg.cache.EmbeddingTable;
import org.enecg.expert.Expert;

/**
 * The frozen experts' forward pass on one batch of prepared records, as the paper procedure runs it on every batch:
 * the batch's records are shared out over the pool's threads, and each record goes through every expert in a call of
 * its own ({@link Expert#embed(org.enecg.expert.ExpertInput)}), exactly as the embedding cache computes it, so the
 * outputs are the same values the cache holds (the equality test of the two procedures rests on this).
 */
final class ExpertForward {
    private final List<? extends Expert> experts;
    private final ExecutorService pool;
    private final AtomicLong records = new AtomicLong();

    ExpertForward(List<? extends Expert> experts, ExecutorService pool) {
        this.experts = experts;
        this.pool = pool;
    }

    /** Every expert's output for the batch's records, as a table with the records' gate inputs. */
    EmbeddingTable run(List<PreparedRecords.Item> batch) throws InterruptedException {
        List<Callable<float[][]>> jobs = new ArrayList<>(batch.size());
        for (PreparedRecords.Item it : batch) {
            jobs.add(() -> {
                float[][] out = new float[experts.size()][];
                for (int e = 0; e < out.length; e++) {
                    try {
                        out[e] = experts.get(e).embed(it.inputs()[e]);
                    } catch (RuntimeException ex) {
                        throw new IllegalStateException("expert " + experts.get(e).name() + " failed on record " + it.id() + ": " + ex.getMessage(), ex);
                    }
                }
                return out;
            });
        }
        List<Future<float[][]>> done = pool.invokeAll(jobs);
        float[][][] rows = new float[experts.size()][batch.size()][];
        for (int i = 0; i < done.size(); i++) {
            float[][] out;
            try {
                out = done.get(i).get();
            } catch (ExecutionException e) {
                Throwable c = e.getCause();
                throw c instanceof RuntimeException r ? r : new IllegalStateException(c);
            }
            for (int e = 0; e < out.length; e++) rows[e][i] = out[e];
        }
        records.addAndGet(batch.size());
        List<EmbeddingTable.ExpertOutputs> outs = new ArrayList<>();
        for (int e = 0; e < experts.size(); e++) {
            outs.add(new EmbeddingTable.ExpertOutputs(experts.get(e).name(), experts.get(e).fingerprint().id(), rows[e]));
        }
        float[][] gate = new float[batch.size()][];
        for (int i = 0; i < gate.length; i++) gate[i] = batch.get(i).gate();
        return new EmbeddingTable(batch.stream().map(PreparedRecords.Item::id).toList(), outs, gate);
    }

    /** Records that went through the experts so far (each through every expert). */
    long records() { return records.get(); }
}
