package org.enecg.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.enecg.model.ModelJson;

/**
 * How embedding, training and prediction grow with the data: at each scale ({@link ScaledData}) each stage runs in a
 * child JVM of its own ({@link ScalingStage}: embed into a fresh cache; train one model on every record, the bench's
 * setup; predict every record), repeated, and reports its time and peak memory ({@link PeakMemory}); an idle child JVM
 * gives the memory baseline. Children get the parent's maximum heap, class path and temporary folder.
 */
public final class Scaling {
    private Scaling() {}

    /** One child's report. */
    public record Stage(String stage, int scale, long records, double seconds, long peakRssKiB, long heapAfterGcBytes, long heapLiveEndBytes,
                        int collections, double wallSeconds) {}

    public record Result(List<Integer> scales, List<Stage> runs, Stage jvm, BenchSetup setup) {
        /** Median over repeats of one stage at one scale, of the given measure. */
        public double median(String stage, int scale, java.util.function.ToDoubleFunction<Stage> f) {
            return Stats.median(runs.stream().filter(s -> s.stage().equals(stage) && s.scale() == scale).mapToDouble(f).toArray());
        }

        public long records(int scale) {
            return runs.stream().filter(s -> s.scale() == scale).mapToLong(Stage::records).max().orElse(0);
        }
    }

    static final List<String> STAGES = List.of("embed", "train", "predict");

    public static Result run(BenchRun.Options o, Consumer<String> log) throws IOException, InterruptedException {
        List<Stage> runs = new ArrayList<>();
        Stage jvm = null;
        for (int scale : o.scales()) {
            Path dir = WorkDir.fresh(o.work(), "scale-" + scale);
            try {
                if (jvm == null) jvm = child(o, "jvm", scale, dir);
                for (int r = 0; r < o.repeats(); r++) {
                    for (String stage : STAGES) {
                        Stage s = child(o, stage, scale, dir);
                        runs.add(s);
                        log.accept(String.format(Locale.ROOT, "scale %d×, run %d/%d, %s: %d records, %.2f s, peak RSS %.0f MiB", scale, r + 1,
                                o.repeats(), stage, s.records(), s.seconds(), s.peakRssKiB() / 1024.0));
                    }
                }
            } finally {
                WorkDir.delete(dir);
            }
        }
        return new Result(o.scales(), runs, jvm, o.setup());
    }

    private static Stage child(BenchRun.Options o, String stage, int scale, Path dir) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx" + Runtime.getRuntime().maxMemory() / (1024 * 1024) + "m");
        cmd.add("-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"));
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(ScalingStage.class.getName());
        BenchSetup s = o.setup();
        for (String kv : List.of("stage=" + stage, "dir=" + dir.toAbsolutePath(), "scale=" + scale, "data=" + o.data(),
                "tasks=" + String.join(",", o.tasks()), "records=" + o.records(), "experts=" + String.join(",", o.experts()),
                "model=" + o.modelChoice().name(), "epochs=" + s.epochs(), "folds=" + s.folds(), "seed=" + s.seed(),
                "threads=" + s.threads(), "home=" + o.home().toAbsolutePath())) {
            cmd.add(kv);
        }
        Path logFile = dir.resolve(stage + ".log");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(logFile.toFile());
        pb.environment().put("ORT_DISABLE_TELEMETRY", "1");
        long t0 = System.nanoTime();
        Process p = pb.start();
        int exit = p.waitFor();
        double wall = (System.nanoTime() - t0) / 1e9;
        if (exit != 0) {
            String text = Files.readString(logFile);
            throw new IllegalStateException("scaling stage " + stage + " at " + scale + "× failed (exit " + exit + "): "
                    + text.substring(Math.max(0, text.length() - 2000)));
        }
        JsonNode j = ModelJson.MAPPER.readTree(dir.resolve(stage + ".json").toFile());
        return new Stage(stage, scale, j.get("records").asLong(), j.get("seconds").asDouble(), j.get("peak_rss_kib").asLong(),
                j.get("heap_after_gc_peak_bytes").asLong(), j.path("heap_live_end_bytes").asLong(-1), j.get("collections").asInt(), wall);
    }

    public static String format(Result r) {
        StringBuilder s = new StringBuilder("## Scaling: embedding, training and prediction at ");
        s.append(String.join(", ", r.scales().stream().map(k -> k + "×").toList())).append(" the data\n\n");
        s.append("Each stage in its own JVM; times are the stage's own work (medians of the repeats); memory is the child's peak resident set"
                + " (VmHWM) and, in brackets, the largest heap occupancy left after a garbage collection ('-' when none ran; an upper bound of the"
                + " live data: after a young collection G1 still counts garbage in old regions it has not reclaimed yet), then the heap live at"
                + " the end of the stage (after a full collection, with the stage's table, cache or model still referenced)."
                + " Training: one model on every record, ").append(r.setup().describe()).append(".\n\n");
        s.append("| scale | records | embedding | training | prediction | training / embedding | peak RSS: embedding | training | prediction |\n"
                + "|---|---|---|---|---|---|---|---|---|\n");
        for (int k : r.scales()) {
            double e = r.median("embed", k, Stage::seconds), t = r.median("train", k, Stage::seconds), p = r.median("predict", k, Stage::seconds);
            s.append(String.format(Locale.ROOT, "| %d× | %,d | %.2f s | %.2f s | %.3f s | %.1f %% | %s | %s | %s |%n", k, r.records(k), e, t, p,
                    100 * t / e, memory(r, "embed", k), memory(r, "train", k), memory(r, "predict", k)));
        }
        if (r.jvm() != null) {
            s.append(String.format(Locale.ROOT, "%nAn idle child JVM peaks at %.0f MiB resident%s.%n", r.jvm().peakRssKiB() / 1024.0,
                    r.jvm().heapLiveEndBytes() < 0 ? "" : String.format(Locale.ROOT, ", %.0f MiB of live heap", r.jvm().heapLiveEndBytes() / 1048576.0)));
        }
        if (r.scales().size() >= 2) {
            s.append("\n| stage | fit: seconds = a + b · records | R² | time ratio to ").append(r.scales().get(0)).append("× (records ratio)")
                    .append(" | peak RSS ratio | live heap at the end, per added record |\n|---|---|---|---|---|---|\n");
            int k0 = r.scales().get(0);
            for (String stage : STAGES) {
                double[] x = r.scales().stream().mapToDouble(r::records).toArray();
                double[] y = r.scales().stream().mapToDouble(k -> r.median(stage, k, Stage::seconds)).toArray();
                Stats.Line line = Stats.fit(x, y);
                StringBuilder ratios = new StringBuilder(), mem = new StringBuilder();
                for (int k : r.scales().subList(1, r.scales().size())) {
                    ratios.append(String.format(Locale.ROOT, "%s%d×: %.2f (%.0f)", ratios.length() == 0 ? "" : "; ", k,
                            r.median(stage, k, Stage::seconds) / r.median(stage, k0, Stage::seconds), (double) r.records(k) / r.records(k0)));
                    mem.append(String.format(Locale.ROOT, "%s%d×: %.2f", mem.length() == 0 ? "" : "; ", k,
                            r.median(stage, k, st -> st.peakRssKiB()) / r.median(stage, k0, st -> st.peakRssKiB())));
                }
                int kn = r.scales().get(r.scales().size() - 1);
                double endFirst = r.median(stage, k0, Stage::heapLiveEndBytes), endLast = r.median(stage, kn, Stage::heapLiveEndBytes);
                String perRecord = endFirst < 0 || endLast < 0 ? "-" : String.format(Locale.ROOT, "%.1f KiB",
                        (endLast - endFirst) / 1024.0 / (r.records(kn) - r.records(k0)));
                s.append(String.format(Locale.ROOT, "| %s | %.3g s %s %.3g ms × records | %.4f | %s | %s | %s |%n", stage, line.intercept(),
                        line.slope() < 0 ? "−" : "+", Math.abs(line.slope()) * 1000, line.r2(), ratios, mem, perRecord));
            }
        }
        return s.toString();
    }

    private static String memory(Result r, String stage, int k) {
        double rss = r.median(stage, k, st -> st.peakRssKiB()) / 1024.0;
        double live = r.median(stage, k, Stage::heapAfterGcBytes);
        double end = r.median(stage, k, Stage::heapLiveEndBytes);
        return String.format(Locale.ROOT, "%.0f MiB (%s; %s)", rss, live < 0 ? "-" : String.format(Locale.ROOT, "%.0f MiB", live / 1048576.0),
                end < 0 ? "-" : String.format(Locale.ROOT, "%.0f MiB", end / 1048576.0));
    }
}
