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
import org.enecg.expert.ResampledLeads;
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
     * @param batches       batch runs: all records, then the 10-s 12-lead ones
     * @param threads       threads of the batch runs
     * @param singleMillis  per timed single-record prediction, in all
     * @param parts         per part of a single-record prediction (reading, each expert, gate input, model): its times
     * @param singleRecords distinct records cycled through
     */
    public record Result(List<Batch> batches, int threads, double[] singleMillis, java.util.Map<String, double[]> parts, int singleRecords) {}

    /**
     * Repeated batch predictions of one set of records.
     *
     * @param what           which records
     * @param records        records per run
     * @param embedSeconds   per run: embedding (cold cache)
     * @param predictSeconds per run: the model on the table
     */
    public record Batch(String what, int records, double[] embedSeconds, double[] predictSeconds) {
        public double[] recordsPerSecond() {
            double[] r = new double[embedSeconds.length];
            for (int i = 0; i < r.length; i++) r[i] = records / (embedSeconds[i] + predictSeconds[i]);
            return r;
        }
    }

    public static Result run(BenchData data, List<? extends Expert> experts, GateInput gate, BenchSetup setup, int repeats, int singles,
                             Path work, Consumer<String> log) throws IOException, InterruptedException {
        List<RecordRef> tenSeconds = tenSecondTwelveLead(data);
        if (tenSeconds.isEmpty()) throw new IllegalArgumentException(data.name() + ": no 10-s 12-lead record to time a single prediction on");
        EnEcgModel[] model = new EnEcgModel[1];
        List<Batch> batches = new ArrayList<>();
        batches.add(batch("all " + data.size() + " records", data.refs(), data, experts, gate, setup, repeats, work, model, log));
        batches.add(batch("the " + tenSeconds.size() + " records of 10 s with 12 leads", tenSeconds, data, experts, gate, setup, repeats, work, model, log));
        java.util.Map<String, double[]> parts = new java.util.LinkedHashMap<>();
        for (int i = 0; i < singles; i++) predictOne(tenSeconds.get(i % tenSeconds.size()), experts, gate, model[0], null); // warm-up
        double[] ms = new double[singles];
        for (int i = 0; i < singles; i++) {
            long t0 = System.nanoTime();
            long[] p = new long[experts.size() + 3];
            predictOne(tenSeconds.get(i % tenSeconds.size()), experts, gate, model[0], p);
            ms[i] = (System.nanoTime() - t0) / 1e6;
            List<String> names = new ArrayList<>(List.of("read the record"));
            for (Expert e : experts) names.add("expert " + e.name());
            names.addAll(List.of("gate input", "heads and gates"));
            for (int k = 0; k < p.length; k++) parts.computeIfAbsent(names.get(k), n -> new double[singles])[i] = p[k] / 1e6;
        }
        log.accept(String.format(Locale.ROOT, "single-record latency: median %.1f ms over %d", Stats.median(ms), singles));
        return new Result(batches, setup.threads(), ms, parts, Math.min(singles, tenSeconds.size()));
    }

    /** Embeds the records into fresh caches and predicts them, {@code repeats} times; trains {@code model[0]} on the first table if null. */
    private static Batch batch(String what, List<RecordRef> refs, BenchData data, List<? extends Expert> experts, GateInput gate, BenchSetup setup,
                               int repeats, Path work, EnEcgModel[] model, Consumer<String> log) throws IOException, InterruptedException {
        double[] embed = new double[repeats], predict = new double[repeats];
        int records = 0;
        for (int i = 0; i < repeats; i++) {
            Path cache = WorkDir.fresh(work, "latency-cache");
            try {
                long t0 = System.nanoTime();
                EmbeddingTable table;
                try (EmbeddingCache c = EmbeddingCache.open(cache)) {
                    table = new Embedder(c, setup.threads()).table(refs, experts, gate, Embedder.Progress.NONE).table();
                }
                long t1 = System.nanoTime();
                if (model[0] == null) model[0] = new Trainer(setup.model(), setup.training()).train(data.trainingData(table));
                long t2 = System.nanoTime();
                List<Prediction> p = model[0].predict(table);
                long t3 = System.nanoTime();
                if (p.size() != table.size()) throw new IllegalStateException(p.size() + " predictions for " + table.size() + " records");
                embed[i] = (t1 - t0) / 1e9;
                predict[i] = (t3 - t2) / 1e9;
                records = table.size();
                log.accept(String.format(Locale.ROOT, "batch prediction of %s, %d/%d: %.1f s", what, i + 1, repeats, embed[i] + predict[i]));
            } finally {
                WorkDir.delete(cache);
            }
        }
        return new Batch(what, records, embed, predict);
    }

    /** A new record from its files to its prediction, on this thread. */
    static Prediction predictOne(RecordRef ref, List<? extends Expert> experts, GateInput gate, EnEcgModel model, long[] parts) throws IOException {
        long t = System.nanoTime();
        Record r = ref.reader().read();
        t = lap(parts, 0, t);
        List<EmbeddingTable.ExpertOutputs> outs = new ArrayList<>(experts.size());
        ResampledLeads resampled = new ResampledLeads(r); // as the embedder does: each lead resampled once per rate
        for (int e = 0; e < experts.size(); e++) {
            Expert x = experts.get(e);
            float[] row = x.embed(ExpertInput.prepare(r, x.spec(), resampled));
            outs.add(new EmbeddingTable.ExpertOutputs(x.name(), x.fingerprint().id(), new float[][] {row}));
            t = lap(parts, 1 + e, t);
        }
        float[] g = gate.embed(ExpertInput.prepare(r, gate.spec(), resampled));
        t = lap(parts, experts.size() + 1, t);
        Prediction p = model.predict(new EmbeddingTable(List.of(ref.id()), outs, new float[][] {g})).get(0);
        lap(parts, experts.size() + 2, t);
        return p;
    }

    /** Adds the time since {@code t} to {@code parts[k]} (when timing) and returns now. */
    private static long lap(long[] parts, int k, long t) {
        long now = System.nanoTime();
        if (parts != null) parts[k] += now - t;
        return now;
    }

    /** The records of the data that are 10 s long with 12 leads (each read once, untimed). */
    private static List<RecordRef> tenSecondTwelveLead(BenchData data) {
        List<RecordRef> out = new ArrayList<>();
        for (RecordRef ref : data.refs()) {
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
        s.append(String.format(Locale.ROOT, "Batch: records read from their files, every expert into a fresh cache on %d threads, then the model"
                + " (what `enecg predict` does with new records).%n%n| records | records/s (median) | runs | embedding (median) | model (median) |%n"
                + "|---|---|---|---|---|%n", r.threads()));
        for (Batch b : r.batches()) {
            StringBuilder runs = new StringBuilder();
            for (double v : b.recordsPerSecond()) runs.append(runs.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.1f", v));
            s.append(String.format(Locale.ROOT, "| %s | **%.1f** | %s | %.2f s | %.3f s |%n", b.what(), Stats.median(b.recordsPerSecond()), runs,
                    Stats.median(b.embedSeconds()), Stats.median(b.predictSeconds())));
        }
        double[] ms = r.singleMillis();
        s.append(String.format(Locale.ROOT, "%nOne 10-s 12-lead record from its files to its prediction, one thread, warm: **median %.1f ms, p90 %.1f ms**"
                        + " (min %.1f, max %.1f; %d timed predictions over %d distinct records, after as many warm-up ones).%n%n",
                Stats.median(ms), Stats.percentile(ms, 90), java.util.Arrays.stream(ms).min().orElseThrow(),
                java.util.Arrays.stream(ms).max().orElseThrow(), ms.length, r.singleRecords()));
        s.append("| part of one prediction | median ms | p90 ms |\n|---|---|---|\n");
        r.parts().forEach((k, v) -> s.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f |%n", k, Stats.median(v), Stats.percentile(v, 90))));
        return s.toString();
    }
}
