package org.enecg.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.enecg.cache.EmbedSummary;
import org.enecg.cache.Embedder;
import org.enecg.cache.EmbeddingCache;
import org.enecg.cache.EmbeddingTable;
import org.enecg.cache.RecordRef;
import org.enecg.expert.Expert;
import org.enecg.expert.ExpertInput;
import org.enecg.expert.GateInput;
import org.enecg.io.Record;
import org.enecg.model.EnEcgModel;
import org.enecg.model.Prediction;

/**
 * The prediction path of a saved model, shared by {@code enecg predict} and {@code enecg serve}: each record's expert
 * outputs and gate input ({@link ExpertInput#prepare} then {@link Expert#embed}, as the embedding run computes them),
 * one table, then the model on that table. {@link #predict} goes through the embedding cache (a dataset: records
 * skipped with their reason); {@link #predictOne} computes one record in memory (a server request: nothing to reuse,
 * and a cache on disk would cost about twenty synced file writes per request).
 */
public final class Predictor {
    private Predictor() {}

    /** Predictions, in record order, and what the embedding run skipped. */
    public record Predicted(List<Prediction> predictions, EmbedSummary summary) {}

    /**
     * Predicts every task of {@code model} for the records.
     *
     * @param experts the model's experts, opened and checked by {@link ModelExperts#reopen}
     * @param threads records embedded in parallel
     */
    public static Predicted predict(EnEcgModel model, ExpertSet experts, GateInput gate, List<RecordRef> records,
                                    EmbeddingCache cache, int threads, Embedder.Progress progress)
            throws IOException, InterruptedException {
        Embedder.TableResult t = new Embedder(cache, threads).table(records, experts.experts(), gate, progress);
        List<Prediction> p = t.table().size() == 0 ? List.of() : model.predict(t.table());
        return new Predicted(p, t.summary());
    }

    /**
     * Predicts every task of {@code model} for one record, its expert outputs computed in memory.
     *
     * @throws IllegalArgumentException naming the expert when one cannot use the record
     */
    public static Prediction predictOne(EnEcgModel model, ExpertSet experts, GateInput gate, Record record) {
        List<EmbeddingTable.ExpertOutputs> outs = new ArrayList<>();
        for (Expert e : experts.experts()) outs.add(new EmbeddingTable.ExpertOutputs(e.name(), e.fingerprint().id(), new float[][] {embed(e, record)}));
        EmbeddingTable table = new EmbeddingTable(List.of(record.id()), outs, new float[][] {embed(gate, record)});
        return model.predict(table).get(0);
    }

    private static float[] embed(Expert e, Record record) {
        try {
            return e.embed(ExpertInput.prepare(record, e.spec()));
        } catch (RuntimeException ex) {
            throw new IllegalArgumentException("expert " + e.name() + ": " + (ex.getMessage() != null ? ex.getMessage() : ex.toString()), ex);
        }
    }
}
