package org.enecg.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.enecg.bench.BenchRun;
import org.enecg.bench.BenchSetup;
import org.enecg.bench.PaperProcedure;
import org.enecg.util.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code enecg bench}: performance evidence (issue 6). */
@Command(name = "bench", mixinStandardHelpOptions = true, showDefaultValues = true,
        header = "Measure EnECG against the paper's own training procedure, and where the time goes.",
        description = {"compare: (a) this project (experts once per record into a fresh cache, then heads and gates trained on the cached"
                + " outputs for every task and fold) against (b) the authors' procedure (records prepared once in memory, every expert run"
                + " again on every batch of every epoch of every fold, one task at a time), same experts, data, folds, heads and optimiser;"
                + " prints the ratio. With --paper sample, (b) runs each task's first fold for one epoch plus its evaluation and is"
                + " extrapolated by the loop's exact counts; --paper full runs all of it.",
                "params: trainable against frozen parameters. latency: batch throughput and one record's prediction latency.",
                "scaling: time and peak memory of embedding, training and prediction at --scales times the data, each in a child JVM.",
                "The report (Markdown) goes to stdout and to --out; progress to stderr. Details: docs/benchmarks/bench.md."})
public final class BenchCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin SeedOption seed;

    @Option(names = "--data", paramLabel = "<data>", description = "Dataset: 'bundled', a manifest, or a dataset folder.")
    String data = "bundled";

    @Option(names = "--records", paramLabel = "<n>", description = "Use n records spread evenly over the data (0: all).")
    int records = 0;

    @Option(names = "--tasks", split = ",", paramLabel = "<task>", description = "Tasks (issue 6: four).")
    List<String> tasks = new ArrayList<>(List.of("rr_interval", "age", "gender", "report_label"));

    @Option(names = "--experts", split = ",", paramLabel = "<expert>",
            description = "Experts by name or model-card path; default: the default set (built-ins and the pretrained ONNX models).")
    List<String> experts = new ArrayList<>();

    @Option(names = "--model", paramLabel = "<model>",
            description = "Heads and gates of both procedures: AUTHORS (the authors' code: LoRA only, output layers frozen, raw expert outputs)"
                    + " or PAPER (this project's paper defaults: output layers train, expert outputs standardised).")
    BenchSetup.Model model = BenchSetup.Model.AUTHORS;

    @Option(names = "--epochs", paramLabel = "<n>", description = "Epochs per fold, fixed (no early stopping).")
    int epochs = 5;

    @Option(names = "--folds", paramLabel = "<k>", description = "Folds, split by subject.")
    int folds = 3;

    @Option(names = "--threads", paramLabel = "<n>", description = "Threads that run the experts (both procedures).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--repeats", paramLabel = "<n>", description = "Runs of (a), of the batch throughput and of each scaling stage.")
    int repeats = 3;

    @Option(names = "--paper", paramLabel = "<extent>", description = "How much of (b) to run: SAMPLE (extrapolated) or FULL.")
    PaperProcedure.Extent paper = PaperProcedure.Extent.SAMPLE;

    @Option(names = "--parts", split = ",", paramLabel = "<part>", description = "What to run: COMPARE, PARAMS, LATENCY, SCALING.")
    List<BenchRun.Part> parts = new ArrayList<>(List.of(BenchRun.Part.COMPARE, BenchRun.Part.PARAMS, BenchRun.Part.LATENCY));

    @Option(names = "--scales", split = ",", paramLabel = "<k>", description = "Data sizes for SCALING, as multiples of the data.")
    List<Integer> scales = new ArrayList<>(List.of(1, 4, 16));

    @Option(names = "--latency-repeats", paramLabel = "<n>", description = "Single-record predictions timed (after as many warm-up ones).")
    int latencyRepeats = 50;

    @Option(names = "--work", paramLabel = "<dir>", description = "Scratch folder for caches, tables and models (default: target/bench in the installation).")
    Path work;

    @Option(names = "--out", paramLabel = "<file>", description = "Also write the report to this file.")
    Path out;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Path home = Cli.home();
        PathRules.Inputs inputs = PathRules.Inputs.of(data, org.enecg.data.importer.Datasets.load(data,
                new org.enecg.data.importer.WfdbSource(false)));
        Path workDir = work != null ? work : home.resolve("target/bench");
        PathRules.outputFolder(spec.commandLine(), "--work", workDir, inputs);
        if (out != null) PathRules.outputFile(spec.commandLine(), "--out", out, inputs);
        BenchSetup setup = BenchSetup.of(model, epochs, folds, seed.seed, threads);
        BenchRun.Options o = new BenchRun.Options(data, tasks, records, experts, setup, model, repeats, paper,
                parts.isEmpty() ? EnumSet.noneOf(BenchRun.Part.class) : EnumSet.copyOf(parts), scales, latencyRepeats,
                workDir, home);
        String report = BenchRun.run(o, line -> Cli.log(err, line));
        if (out != null) AtomicFiles.write(out, report.getBytes(StandardCharsets.UTF_8));
        spec.commandLine().getOut().print(report);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
