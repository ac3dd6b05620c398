package org.enecg.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.enecg.cache.EmbeddingCache;
import org.enecg.cache.EmbeddingTable;
import org.enecg.cache.Embedder;
import org.enecg.cache.RecordRef;
import org.enecg.expert.Expert;
import org.enecg.expert.ExpertInput;
import org.enecg.expert.GateInput;
import org.enecg.io.Record;
import org.enecg.model.EnEcgModel;
import org.enecg.model.Prediction;
import org.enecg.train.Trainer;

/**
 * Prediction speed with a trained model. Batch throughput: every record of the data read from its files, embedded by
 * every expert into a fresh cache on the setup's threads, and predicted (what {@code enecg predict} does on new data),
 * repeated. Latency: one new 10-s 12-lead record at a time on one thread, from its files to the prediction (read, each
 * expert's input preparation and forward pass, the gate input, the heads and gates), with the experts and the model
 * loaded and the JIT compiler warmed by the batch runs and by as many single-record runs as are timed.
 */
public final class Latency {
    private Latency() {}

    /**
     * @param records       records per batch run
     * @param embedSeconds  per batch run: embedding (cold cache)
     * @param predictSeconds per batch run: the model on the table
     * @param threads       threads of the batch runs
     * @param singleMillis  per timed single-record prediction
     * @param singleRecords distinct records cycled through
     */
    public record Result(int records, double[] embedSeconds, double[] predictSeconds, int threads, double[] singleMillis, int singleRecords) {
        public double[] batchRecordsPerSecond() {
            double[] r = new double[embedSeconds.length];
            for (int i = 0; i < r.length; i++) r[i] = records / (embedSeconds[i] + predictSeconds[i]);
            return r;
        }
    }

    public static Result run(BenchData data, List<? extends Expert> experts, GateInput gate, BenchSetup setup, int repeats, int singles,
                             Path work, Consumer<String> log) throws IOException, InterruptedException {
        EnEcgModel model = null;
        double[] embed = new double[repeats], predict = new double[repeats];
        int records = 0;
        for (int i = 0; i < repeats; i++) {
            Path cache = WorkDir.fresh(work, "latency-cache");
            try {
                long t0 = System.nanoTime();
                EmbeddingTable table;
                try (EmbeddingCache c = EmbeddingCache.open(cache)) {
                    table = new Embedder(c, setup.threads()).table(data.refs(), experts, gate, Embedder.Progress.NONE).table();
                }
                long t1 = System.nanoTime();
                if (model == null) model = new Trainer(setup.model(), setup.training()).train(data.trainingData(table));
                long t2 = System.nanoTime();
                List<Prediction> p = model.predict(table);
                long t3 = System.nanoTime();
                if (p.size() != table.size()) throw new IllegalStateException(p.size() + " predictions for " + table.size() + " records");
                embed[i] = (t1 - t0) / 1e9;
                predict[i] = (t3 - t2) / 1e9;
                records = table.size();
                log.accept(String.format(Locale.ROOT, "batch prediction %d/%d: %d records in %.1f s", i + 1, repeats, records, embed[i] + predict[i]));
            } finally {
                WorkDir.delete(cache);
            }
        }
        List<RecordRef> tenSeconds = tenSecondTwelveLead(data, singles);
        if (tenSeconds.isEmpty()) throw new IllegalArgumentException(data.name() + ": no 10-s 12-lead record to time a single prediction on");
        for (int i = 0; i < singles; i++) predictOne(tenSeconds.get(i % tenSeconds.size()), experts, gate, model); // warm-up
        double[] ms = new double[singles];
        for (int i = 0; i < singles; i++) {
            long t0 = System.nanoTime();
            predictOne(tenSeconds.get(i % tenSeconds.size()), experts, gate, model);
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        log.accept(String.format(Locale.ROOT, "single-record latency: median %.1f ms over %d", Stats.median(ms), singles));
        return new Result(records, embed, predict, setup.threads(), ms, tenSeconds.size());
    }

    /** A new record from its files to its prediction, on this thread. */
    static Prediction predictOne(RecordRef ref, List<? extends Expert> experts, GateInput gate, EnEcgModel model) throws IOException {
        Record r = ref.reader().read();
        List<EmbeddingTable.ExpertOutputs> outs = new ArrayList<>(experts.size());
        for (Expert e : experts) {
            float[] row = e.embed(ExpertInput.prepare(r, e.spec()));
            outs.add(new EmbeddingTable.ExpertOutputs(e.name(), e.fingerprint().id(), new float[][] {row}));
        }
        float[] g = gate.embed(ExpertInput.prepare(r, gate.spec()));
        return model.predict(new EmbeddingTable(List.of(ref.id()), outs, new float[][] {g})).get(0);
    }

    /** Up to {@code n} records of the data that are 10 s long with the 12 standard leads (read once, untimed). */
    private static List<RecordRef> tenSecondTwelveLead(BenchData data, int n) {
        List<RecordRef> out = new ArrayList<>();
        for (RecordRef ref : data.refs()) {
            if (out.size() >= n) break;
            try {
                Record r = ref.reader().read();
                if (r.nLeads() == 12 && Math.abs(r.durationSeconds() - 10) < 1e-6) out.add(ref);
            } catch (IOException | RuntimeException e) {
                // not a candidate
            }
        }
        return out;
    }

    public static String format(Result r) {
        StringBuilder s = new StringBuilder("## Prediction latency and throughput\n\n");
        double[] rps = r.batchRecordsPerSecond();
        s.append(String.format(Locale.ROOT, "Batch (%d records from their files, every expert into a fresh cache on %d threads, then the model): "
                        + "**%.1f records/s** (median of %d run(s); embedding %.2f s, model %.3f s; runs:", r.records(), r.threads(),
                Stats.median(rps), rps.length, Stats.median(r.embedSeconds()), Stats.median(r.predictSeconds())));
        for (double v : rps) s.append(String.format(Locale.ROOT, " %.1f", v));
        s.append(" records/s).\n\n");
        s.append(String.format(Locale.ROOT, "One 10-s 12-lead record from its files, one thread, warm: **median %.1f ms, p90 %.1f ms** "
                        + "(min %.1f, max %.1f; %d timed predictions over %d distinct records after as many warm-up ones).%n",
                Stats.median(r.singleMillis()), Stats.percentile(r.singleMillis(), 90), java.util.Arrays.stream(r.singleMillis()).min().orElseThrow(),
                java.util.Arrays.stream(r.singleMillis()).max().orElseThrow(), r.singleMillis().length, r.singleRecords()));
        return s.toString();
    }
}
