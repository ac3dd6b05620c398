package org.enecg.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.enecg.data.Task;
import org.enecg.expert.Expert;
import org.enecg.expert.GateInput;

/**
 * Issue 6's comparison in one process: procedure (a) ({@link CachedProcedure}) repeated, then procedure (b)
 * ({@link PaperProcedure}) once, in full or on its sample and extrapolated ({@link PaperCost}), on the same opened
 * experts, records, folds and heads; the ratio is (b)'s time over the median of (a)'s. (a) runs first, so the JIT
 * compiler and ONNX Runtime are warm when (b) starts, which favours (b).
 */
public final class Comparison {
    private Comparison() {}

    /**
     * @param cached      each run of (a)
     * @param paper       the run of (b)
     * @param measured    (b) as it ran
     * @param extrapolated (b)'s whole loop from its fold-1 sample (in a full run: a check of the extrapolation)
     */
    public record Result(BenchData data, List<String> experts, BenchSetup setup, List<CachedProcedure.Result> cached,
                         PaperProcedure.Result paper, PaperCost measured, PaperCost extrapolated) {
        public double cachedMedianSeconds() {
            return Stats.median(cached.stream().mapToDouble(CachedProcedure.Result::totalSeconds).toArray());
        }

        /** (b)'s whole loop: measured in a full run, extrapolated from the sample otherwise. */
        public double paperSeconds() {
            return paper.extent() == PaperProcedure.Extent.FULL ? measured.totalSeconds() : extrapolated.totalSeconds();
        }

        public double ratio() { return paperSeconds() / cachedMedianSeconds(); }
    }

    public static Result run(BenchData data, List<? extends Expert> experts, GateInput gate, BenchSetup setup, int repeats,
                             PaperProcedure.Extent extent, Path work, Consumer<String> log) throws IOException, InterruptedException {
        if (repeats < 1) throw new IllegalArgumentException("repeats must be at least 1, found " + repeats);
        List<CachedProcedure.Result> cached = new ArrayList<>();
        for (int i = 0; i < repeats; i++) {
            Path cache = WorkDir.fresh(work, "cache");
            try {
                CachedProcedure.Result r = CachedProcedure.run(data, experts, gate, cache, setup);
                cached.add(r);
                log.accept(String.format(Locale.ROOT, "(a) run %d/%d: %.1f s (embedding %.1f, training %.1f, prediction %.2f)", i + 1, repeats,
                        r.totalSeconds(), r.embedSeconds(), r.trainSeconds(), r.predictSeconds()));
            } finally {
                WorkDir.delete(cache);
            }
        }
        log.accept("(b) " + (extent == PaperProcedure.Extent.FULL ? "every task, fold and epoch" : "each task's fold-1 sample") + " ...");
        PaperProcedure.Result paper = PaperProcedure.run(data, experts, gate, setup, extent);
        PaperCost measured = PaperCost.measured(paper);
        PaperCost extrapolated = PaperCost.extrapolated(paper, setup.epochs(), setup.training().batchSize());
        log.accept(String.format(Locale.ROOT, "(b): %.1f s measured", measured.totalSeconds()));
        return new Result(data, experts.stream().map(Expert::name).toList(), setup, cached, paper, measured, extrapolated);
    }

    /** The comparison as Markdown: setup, (a)'s runs, (b)'s cost by part, the ratio, and the test metrics of both. */
    public static String format(Result r) {
        StringBuilder s = new StringBuilder();
        s.append("## (a) this project against (b) the paper's procedure\n\n");
        s.append("Data: ").append(r.data().name()).append(", ").append(r.data().size()).append(" records; tasks: ")
                .append(String.join(", ", r.data().tasks().stream().map(Task::name).toList())).append("; experts: ")
                .append(String.join(", ", r.experts())).append(".\n");
        s.append("Heads, gates and training (both): ").append(r.setup().describe()).append(".\n\n");
        s.append("| (a) run | embedding (cold cache) | training | prediction | total |\n|---|---|---|---|---|\n");
        for (int i = 0; i < r.cached().size(); i++) {
            CachedProcedure.Result c = r.cached().get(i);
            s.append(String.format(Locale.ROOT, "| %d | %.2f s | %.2f s | %.3f s | %.2f s |%n", i + 1, c.embedSeconds(), c.trainSeconds(),
                    c.predictSeconds(), c.totalSeconds()));
        }
        s.append(String.format(Locale.ROOT, "| **median** | %.2f s | %.2f s | %.3f s | **%.2f s** |%n%n",
                median(r, CachedProcedure.Result::embedSeconds), median(r, CachedProcedure.Result::trainSeconds),
                median(r, CachedProcedure.Result::predictSeconds), r.cachedMedianSeconds()));
        boolean full = r.paper().extent() == PaperProcedure.Extent.FULL;
        s.append("| (b) part | ").append(full ? "measured (whole loop) | extrapolated from the fold-1 sample |" : "measured (fold-1 sample) | extrapolated (whole loop) |")
                .append("\n|---|---|---|\n");
        row(s, "read and prepare records once", r.measured().loadSeconds(), r.extrapolated().loadSeconds());
        row(s, "experts' forward passes", r.measured().expertSeconds(), r.extrapolated().expertSeconds());
        row(s, "training steps (heads and gates)", r.measured().stepSeconds(), r.extrapolated().stepSeconds());
        row(s, "test-fold inference", r.measured().evalSeconds(), r.extrapolated().evalSeconds());
        row(s, "building models (and feature statistics)", r.measured().setupSeconds(), r.extrapolated().setupSeconds());
        s.append(String.format(Locale.ROOT, "| **total** | **%.1f s** | **%.1f s** |%n", r.measured().totalSeconds(), r.extrapolated().totalSeconds()));
        s.append(String.format(Locale.ROOT, "| records through the experts | %,d | %,d |%n%n", r.measured().forwards(), r.extrapolated().forwards()));
        if (full) {
            s.append(String.format(Locale.ROOT, "Extrapolation check: the fold-1 sample predicted %.1f s for the whole loop, which measured %.1f s (%+.1f %%).%n%n",
                    r.extrapolated().totalSeconds(), r.measured().totalSeconds(),
                    100 * (r.extrapolated().totalSeconds() / r.measured().totalSeconds() - 1)));
        }
        s.append(String.format(Locale.ROOT, "**Ratio (b) / (a): %.1f×** ((b) %s %.1f s, (a) median %.2f s of %d run(s); target at least 10×).%n%n",
                r.ratio(), full ? "measured" : "extrapolated", r.paperSeconds(), r.cachedMedianSeconds(), r.cached().size()));
        s.append("| task | test metric (mean over folds) | (a) | (b)").append(full ? "" : ", fold 1 after its one sampled epoch").append(" |\n|---|---|---|---|\n");
        for (Task t : r.data().tasks()) {
            String metric = t.type().isClassification() ? "accuracy" : "MAE " + t.unit();
            s.append(String.format(Locale.ROOT, "| %s | %s | %.4g | %.4g |%n", t.name(), metric, r.cached().get(0).scores().get(t.name()),
                    r.paper().scores().get(t.name())));
        }
        return s.toString();
    }

    private static void row(StringBuilder s, String name, double measured, double extrapolated) {
        s.append(String.format(Locale.ROOT, "| %s | %.2f s | %.2f s |%n", name, measured, extrapolated));
    }

    private static double median(Result r, java.util.function.ToDoubleFunction<CachedProcedure.Result> f) {
        return Stats.median(r.cached().stream().mapToDouble(f).toArray());
    }
}
