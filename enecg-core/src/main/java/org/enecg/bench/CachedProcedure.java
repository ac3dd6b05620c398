package org.enecg.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.enecg.cache.EmbeddingCache;
import org.enecg.cache.EmbeddingTable;
import org.enecg.cache.Embedder;
import org.enecg.data.Task;
import org.enecg.expert.Expert;
import org.enecg.expert.GateInput;
import org.enecg.model.EnEcgModel;
import org.enecg.model.ModelOutputs;
import org.enecg.model.PreparedInputs;
import org.enecg.train.Trainer;
import org.enecg.train.TrainingData;

/**
 * Procedure (a), this project's: every expert runs once per record into an embedding cache (a fresh folder, so the
 * cold cost is measured), then for each fold one model for all tasks is trained on the cached outputs
 * ({@link Trainer}: heads and gates of every task together, frozen first layers computed once per record) and predicts
 * the fold's test records from the cache.
 */
public final class CachedProcedure {
    private CachedProcedure() {}

    /**
     * What one run took and learned.
     *
     * @param embedSeconds   experts into the cache: records read, prepared, computed, written (cold)
     * @param trainSeconds   training, all folds
     * @param predictSeconds predicting the test folds from the cache
     * @param records        records in the table
     * @param skipped        records no expert could embed
     * @param scores         per task, the test metric averaged over folds ({@link TaskScores})
     * @param models         the fold models, in fold order
     */
    public record Result(double embedSeconds, double trainSeconds, double predictSeconds, int records, int skipped,
                         Map<String, Double> scores, List<EnEcgModel> models) {
        public double totalSeconds() { return embedSeconds + trainSeconds + predictSeconds; }
    }

    /** Runs (a) with a cache in {@code cacheDir} (which should be empty: a filled one measures a warm run). */
    public static Result run(BenchData data, List<? extends Expert> experts, GateInput gate, Path cacheDir, BenchSetup setup)
            throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Embedder.TableResult embedded;
        try (EmbeddingCache cache = EmbeddingCache.open(cacheDir)) {
            embedded = new Embedder(cache, setup.threads()).table(data.refs(), experts, gate, Embedder.Progress.NONE);
        }
        double embedSeconds = (System.nanoTime() - t0) / 1e9;
        EmbeddingTable table = embedded.table();
        TrainingData td = data.trainingData(table);
        Trainer trainer = new Trainer(setup.model(), setup.training());
        Map<String, TaskScores> scores = new LinkedHashMap<>();
        for (Task t : data.tasks()) scores.put(t.name(), new TaskScores(t));
        List<EnEcgModel> models = new ArrayList<>();
        long train = 0, predict = 0;
        for (int f = 0; f < setup.folds(); f++) {
            int[][] split = data.split(table.recordIds(), f);
            long a = System.nanoTime();
            EnEcgModel model = trainer.train(td, split[0], f);
            long b = System.nanoTime();
            PreparedInputs in = model.prepare(table.select(split[1]), false);
            ModelOutputs out = model.infer(in, range(split[1].length));
            long c = System.nanoTime();
            train += b - a;
            predict += c - b;
            models.add(model);
            score(data, td, split[1], out, scores);
        }
        return new Result(embedSeconds, train / 1e9, predict / 1e9, table.size(), embedded.summary().skipped().size(),
                TaskScores.means(scores), models);
    }

    private static void score(BenchData data, TrainingData td, int[] testRows, ModelOutputs out, Map<String, TaskScores> scores) {
        for (int t = 0; t < data.tasks().size(); t++) {
            double[] y = td.labels().of(data.tasks().get(t).name());
            List<double[]> values = new ArrayList<>();
            List<Double> truth = new ArrayList<>();
            for (int i = 0; i < testRows.length; i++) {
                if (Double.isNaN(y[testRows[i]])) continue;
                truth.add(y[testRows[i]]);
                values.add(out.values()[t][i]);
            }
            scores.get(data.tasks().get(t).name()).addFold(truth.stream().mapToDouble(Double::doubleValue).toArray(), values.toArray(new double[0][]));
        }
    }

    static int[] range(int n) {
        int[] r = new int[n];
        for (int i = 0; i < n; i++) r[i] = i;
        return r;
    }
}
