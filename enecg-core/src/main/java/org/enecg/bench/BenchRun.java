package org.enecg.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.enecg.cache.ExpertRegistry;
import org.enecg.expert.GateInput;
import org.enecg.pipeline.ExpertSet;
import org.enecg.pipeline.Pipeline;

/**
 * {@code enecg bench} without the command line: opens the experts once, runs the parts asked for and returns the
 * report (Markdown: the machine, the date, the commit and the load first, then one section per part).
 */
public final class BenchRun {
    private BenchRun() {}

    /** The parts of the benchmark. */
    public enum Part {
        /** (a) against (b): {@link Comparison}. */
        COMPARE,
        /** Trainable against frozen parameters: {@link ParameterCounts}. */
        PARAMS,
        /** One record's prediction latency and batch throughput: {@link Latency}. */
        LATENCY,
        /** Embedding, training and prediction at several data sizes, each in a child JVM: {@link Scaling}. */
        SCALING
    }

    /**
     * @param data           {@code --data}
     * @param tasks          task specs (empty: every built-in task the data has)
     * @param records        records spread over the data (0: all)
     * @param experts        expert names or card paths (empty: the default set)
     * @param setup          heads, gates, training, folds, threads
     * @param modelChoice    which of {@link BenchSetup.Model} the setup is (for the child JVMs)
     * @param repeats        runs of (a), of the throughput and of each scaling stage
     * @param extent         how much of (b) to run
     * @param parts          what to run
     * @param scales         data sizes for {@link Part#SCALING}, as multiples of the data
     * @param latencyRepeats single-record predictions timed (after as many warm-up ones)
     * @param work           scratch folder (caches, tables, models)
     * @param home           the installation
     */
    public record Options(String data, List<String> tasks, int records, List<String> experts, BenchSetup setup, BenchSetup.Model modelChoice,
                          int repeats, PaperProcedure.Extent extent, Set<Part> parts, List<Integer> scales, int latencyRepeats,
                          Path work, Path home) {
        public Options {
            tasks = List.copyOf(tasks);
            experts = List.copyOf(experts);
            parts = parts.isEmpty() ? Set.of() : EnumSet.copyOf(parts);
            scales = List.copyOf(scales);
            if (repeats < 1) throw new IllegalArgumentException("repeats must be at least 1, found " + repeats);
            if (latencyRepeats < 1) throw new IllegalArgumentException("latency repeats must be at least 1, found " + latencyRepeats);
            for (int s : scales) if (s < 1) throw new IllegalArgumentException("scales must be at least 1, found " + s);
        }
    }

    public static String run(Options o, Consumer<String> log) throws IOException, InterruptedException {
        StringBuilder out = new StringBuilder();
        String started = java.time.ZonedDateTime.now().withNano(0).toString();
        BenchData data = BenchData.load(o.data(), o.tasks(), o.records(), o.setup().folds(), o.setup().seed());
        GateInput gate = Pipeline.gateInput();
        StringBuilder body = new StringBuilder();
        try (LoadSampler load = new LoadSampler(5);
             ExpertSet experts = ExpertSet.open(ExpertRegistry.standard(o.home()), o.experts(), o.home())) {
            log.accept("data: " + data.name() + ", " + data.size() + " records; experts: " + String.join(", ", experts.names()));
            if (o.parts().contains(Part.COMPARE)) {
                Comparison.Result r = Comparison.run(data, experts.experts(), gate, o.setup(), o.repeats(), o.extent(), o.work(), log);
                body.append(Comparison.format(r)).append('\n');
            }
            if (o.parts().contains(Part.PARAMS)) {
                body.append(ParameterCounts.format(ParameterCounts.of(experts, data.tasks(), gate.outputSize()))).append('\n');
            }
            if (o.parts().contains(Part.LATENCY)) {
                Latency.Result r = Latency.run(data, experts.experts(), gate, o.setup(), o.repeats(), o.latencyRepeats(), o.work(), log);
                body.append(Latency.format(r)).append('\n');
            }
            if (o.parts().contains(Part.SCALING)) {
                Scaling.Result r = Scaling.run(o, log);
                body.append(Scaling.format(r)).append('\n');
            }
            load.close();
            out.append("# enecg bench\n\n");
            out.append("- date: ").append(started).append('\n');
            out.append("- commit: ").append(Machine.commit(o.home())).append('\n');
            out.append("- machine: ").append(Machine.describe()).append('\n');
            out.append("- JVM max heap: ").append(String.format(Locale.ROOT, "%.1f GiB", Runtime.getRuntime().maxMemory() / 1073741824.0)).append('\n');
            out.append("- load average during the run: ").append(load.summary()).append('\n');
            out.append("- parts: ").append(o.parts().stream().map(p -> p.name().toLowerCase(Locale.ROOT)).toList()).append("\n\n");
            out.append(body);
        }
        return out.toString();
    }
}
