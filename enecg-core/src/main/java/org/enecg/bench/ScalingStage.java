package org.enecg.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.enecg.cache.EmbeddingCache;
import org.enecg.cache.EmbeddingTable;
import org.enecg.cache.Embedder;
import org.enecg.cache.ExpertRegistry;
import org.enecg.model.EnEcgModel;
import org.enecg.model.ModelFile;
import org.enecg.model.ModelJson;
import org.enecg.pipeline.ExpertSet;
import org.enecg.pipeline.Pipeline;
import org.enecg.train.Trainer;
import org.enecg.util.AtomicFiles;

/**
 * One scaling stage in a JVM of its own, so that its peak memory is its own ({@link PeakMemory}); started by
 * {@link Scaling}, never by hand. Arguments are {@code key=value}: {@code stage} (embed, train, predict, or jvm: an idle
 * JVM, the baseline), {@code dir} (the scale's folder), {@code scale}, and the bench's data, tasks, records, experts,
 * model, epochs, folds, seed, threads and home. {@code embed} embeds the scaled data into a fresh cache and writes the
 * table ({@link TableFiles}); {@code train} trains one model on every record of it; {@code predict} predicts every
 * record with that model. Only the stage's own work is timed; the result goes to {@code dir/<stage>.json}, with the
 * heap still live at the end of the stage (after a full collection, outside the timing, while the stage's data (the
 * table, the cache, the model) is still referenced: {@link PeakMemory#liveBytes()}).
 */
public final class ScalingStage {
    private ScalingStage() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> a = new LinkedHashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq < 1) throw new IllegalArgumentException("arguments are key=value, found '" + arg + "'");
            a.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        String stage = need(a, "stage");
        Path dir = Path.of(need(a, "dir"));
        try (PeakMemory.AfterGc gc = new PeakMemory.AfterGc()) {
            long[] timed = stage.equals("jvm") ? new long[] {0, 0, PeakMemory.liveBytes()} : run(stage, a, dir);
            ObjectNode o = ModelJson.MAPPER.createObjectNode();
            o.put("stage", stage);
            o.put("records", timed[1]);
            o.put("seconds", timed[0] / 1e9);
            o.put("peak_rss_kib", PeakMemory.residentKiB());
            o.put("heap_after_gc_peak_bytes", gc.peakBytes());
            o.put("heap_live_end_bytes", timed[2]);
            o.put("collections", gc.collections());
            AtomicFiles.write(dir.resolve(stage + ".json"), ModelJson.MAPPER.writeValueAsString(o).getBytes(StandardCharsets.UTF_8));
        }
        // JTransforms' worker pool (JLargeArrays) holds non-daemon threads for 60 s after their last task: without an
        // explicit exit the child would idle that long before its parent sees it end
        System.exit(0);
    }

    /** {nanoseconds of the stage's work, records, heap live at the end in bytes}. */
    private static long[] run(String stage, Map<String, String> a, Path dir) throws IOException, InterruptedException {
        BenchSetup setup = BenchSetup.of(BenchSetup.Model.valueOf(need(a, "model")), Integer.parseInt(need(a, "epochs")),
                Integer.parseInt(need(a, "folds")), Long.parseLong(need(a, "seed")), Integer.parseInt(need(a, "threads")));
        BenchData base = BenchData.load(need(a, "data"), list(a.get("tasks")), Integer.parseInt(need(a, "records")), setup.folds(), setup.seed());
        BenchData data = ScaledData.of(base, Integer.parseInt(need(a, "scale")), setup.seed());
        Path home = Path.of(need(a, "home"));
        switch (stage) {
            case "embed" -> {
                Path cache = dir.resolve("cache");
                WorkDir.delete(cache);
                try (ExpertSet experts = ExpertSet.open(ExpertRegistry.standard(home), list(a.get("experts")), home);
                     EmbeddingCache c = EmbeddingCache.open(cache)) {
                    long t0 = System.nanoTime();
                    EmbeddingTable t = new Embedder(c, setup.threads()).table(data.refs(), experts.experts(), Pipeline.gateInput(),
                            Embedder.Progress.NONE).table();
                    c.flush();
                    long t1 = System.nanoTime();
                    TableFiles.write(dir.resolve("table"), t);
                    long live = PeakMemory.liveBytes();
                    java.lang.ref.Reference.reachabilityFence(c);   // the cache's rows count: they are what embedding holds
                    return new long[] {t1 - t0, t.size(), live};
                } finally {
                    WorkDir.delete(cache);
                }
            }
            case "train" -> {
                EmbeddingTable t = TableFiles.read(dir.resolve("table"));
                var td = data.trainingData(t);
                long t0 = System.nanoTime();
                EnEcgModel m = new Trainer(setup.model(), setup.training()).train(td);
                long t1 = System.nanoTime();
                ModelFile.save(m, dir.resolve("model.enm"));
                long live = PeakMemory.liveBytes();
                java.lang.ref.Reference.reachabilityFence(td);
                return new long[] {t1 - t0, t.size(), live};
            }
            case "predict" -> {
                EmbeddingTable t = TableFiles.read(dir.resolve("table"));
                EnEcgModel m = ModelFile.load(dir.resolve("model.enm"));
                long t0 = System.nanoTime();
                var predictions = m.predict(t);
                long t1 = System.nanoTime();
                long live = PeakMemory.liveBytes();
                java.lang.ref.Reference.reachabilityFence(predictions);
                java.lang.ref.Reference.reachabilityFence(t);
                return new long[] {t1 - t0, predictions.size(), live};
            }
            default -> throw new IllegalArgumentException("unknown stage '" + stage + "': embed, train, predict or jvm");
        }
    }

    private static String need(Map<String, String> a, String key) {
        String v = a.get(key);
        if (v == null) throw new IllegalArgumentException("missing argument " + key + "=...");
        return v;
    }

    private static List<String> list(String v) {
        return v == null || v.isBlank() ? List.of() : Arrays.asList(v.split(","));
    }
}
