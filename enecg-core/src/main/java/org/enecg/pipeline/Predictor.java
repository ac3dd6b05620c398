package org.enecg.pipeline;

import java.io.IOException;
import java.util.List;
import org.enecg.cache.EmbedSummary;
import org.enecg.cache.Embedder;
import org.enecg.cache.EmbeddingCache;
import org.enecg.cache.RecordRef;
import org.enecg.expert.GateInput;
import org.enecg.model.EnEcgModel;
import org.enecg.model.Prediction;

/**
 * The one prediction path of a saved model, shared by {@code enecg predict} and {@code enecg serve}: the records'
 * expert outputs and gate input (from the cache, computed where it lacks them), then the model on that table. Records
 * that cannot be read or embedded are in the summary's skipped list, not in the predictions.
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
}
