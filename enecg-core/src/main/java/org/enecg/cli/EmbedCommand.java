package org.enecg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.enecg.cache.EmbedSummary;
import org.enecg.cache.Embedder;
import org.enecg.cache.EmbeddingCache;
import org.enecg.cache.ExpertRegistry;
import org.enecg.cache.RecordRef;
import org.enecg.cache.RecordRefs;
import org.enecg.data.importer.Datasets;
import org.enecg.data.importer.ImportResult;
import org.enecg.data.importer.WfdbSource;
import org.enecg.expert.Expert;
import org.enecg.expert.GateInput;
import org.enecg.io.wfdb.WfdbReader;
import org.enecg.pipeline.QualityChecks;
import org.enecg.pipeline.QualitySummary;
import org.enecg.signal.quality.QualityRequirements;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code enecg embed}: fills the embedding cache for a dataset and a list of experts. */
@Command(name = "embed", mixinStandardHelpOptions = true, showDefaultValues = true,
        header = "Run frozen experts over a dataset once and keep their outputs in the embedding cache.",
        description = {"Each expert's output for each record is computed once and kept in --cache; records already there"
                + " are not computed again (an interrupted run resumes). Bad records are reported and skipped.",
                "Then the signal quality of every record against what these experts need (records per grade and reason,"
                + " each poor record with its reasons; docs/signal-quality.md).",
                "Progress goes to stderr, the summary to stdout."})
public final class EmbedCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "<data>",
            description = "'bundled', a manifest (.csv, or a folder holding manifest.csv), a dataset folder that"
                    + " 'enecg import' recognises (imported on the fly, headers only), or a .txt/.list file of header"
                    + " paths (one per line, relative to the file).")
    String data;

    @Option(names = "--experts", split = ",", paramLabel = "<expert>",
            description = "Experts by name (see --list) or model-card path; default: the default set.")
    List<String> experts = new ArrayList<>();

    @Option(names = "--cache", required = true, paramLabel = "<dir>", description = "The embedding cache folder.")
    Path cache;

    @Option(names = "--threads", paramLabel = "<n>", description = "Worker threads (records in parallel).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--no-gate", description = "Do not cache the gate input (lead II, 10 s at 500 Hz, record z-score).")
    boolean noGate;

    @Option(names = "--no-progress", description = "No progress bar.")
    boolean noProgress;

    @Option(names = "--no-quality", description = "Do not assess the records' signal quality after embedding (it reads every record again).")
    boolean noQuality;

    @Option(names = "--list", description = "List the experts this installation knows and exit.")
    boolean list;

    static Path home() {
        String h = System.getProperty("enecg.home");
        return h != null ? Path.of(h) : Path.of("");
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        ExpertRegistry registry = ExpertRegistry.standard(home());
        if (list) {
            for (String n : registry.names()) out.println(n + (registry.card(n) != null ? "\t" + registry.card(n) : "\tbuilt-in"));
            out.flush();
            return 0;
        }
        ExpertOptions.check(spec.commandLine(), experts, threads);
        List<String> importSkipped = new ArrayList<>();
        List<RecordRef> sources = records(importSkipped);
        PathRules.outputFolder(spec.commandLine(), "--cache", cache, inputs());
        List<String> names = experts.isEmpty() ? registry.defaultNames() : experts;
        List<Expert> opened = registry.openAll(names, 1);
        List<Expert> all = new ArrayList<>(opened);
        if (!noGate) all.add(GateInput.paperDefaults());
        try (EmbeddingCache c = EmbeddingCache.open(cache)) {
            Thread flushOnInterrupt = new Thread(() -> {
                try {
                    c.flush();
                } catch (IOException | RuntimeException e) {
                    // best effort on Ctrl-C: what was flushed before is safe anyway
                }
            });
            Runtime.getRuntime().addShutdownHook(flushOnInterrupt);
            EmbedSummary s;
            try (ProgressBar bar = noProgress ? null : bar(sources.size())) {
                Embedder.Progress p = bar == null ? Embedder.Progress.NONE : (done, total) -> bar.stepTo(done);
                s = new Embedder(c, threads).embed(sources, all, p);
            } finally {
                Runtime.getRuntime().removeShutdownHook(flushOnInterrupt);
            }
            out.printf("experts: %s%n", String.join(", ", names(all)));
            out.printf("cache:   %s%n", cache);
            out.print(s.report());
            for (String k : importSkipped) out.println("skipped at import " + k);
            if (!noQuality) {
                QualityRequirements req = QualityChecks.requirements(opened, noGate ? null : GateInput.paperDefaults());
                for (String line : QualitySummary.of(QualityChecks.assess(sources, req, threads)).lines()) out.println(line);
            }
            out.flush();
            if (s.ok() == 0) {
                spec.commandLine().getErr().println("enecg embed: nothing was embedded (" + s.records() + " record(s) given, "
                        + (s.skipped().size() + importSkipped.size()) + " skipped)");
                return 1;
            }
            return 0;
        } finally {
            for (Expert e : opened) e.close();
        }
    }

    /** What the cache must not overwrite: the --data file (a manifest or a header list). */
    private PathRules.Inputs inputs() {
        return Files.isRegularFile(Path.of(data)) ? PathRules.Inputs.none().withFile(Path.of(data)) : PathRules.Inputs.none();
    }

    /** The records --data names: a header list, or the manifest the data resolves to (the project's --data contract). */
    private List<RecordRef> records(List<String> importSkipped) throws IOException {
        Path p = Path.of(data);
        String name = p.getFileName() == null ? "" : p.getFileName().toString();
        if (Files.isRegularFile(p) && (name.endsWith(".txt") || name.endsWith(".list"))) {
            return RecordRefs.headerList(p, WfdbReader::read);
        }
        ImportResult r = Datasets.importFor(data, new WfdbSource(false));
        for (var k : r.skipped()) importSkipped.add(k.toString());
        return RecordRefs.of(r.manifest(), WfdbReader::read);
    }

    private ProgressBar bar(int n) {
        return new ProgressBarBuilder().setTaskName("embed").setInitialMax(n).setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).setUpdateIntervalMillis(250).showSpeed()
                .setUnit(" rec", 1).build();
    }

    private static List<String> names(List<Expert> experts) {
        List<String> n = new ArrayList<>();
        for (Expert e : experts) n.add(e.name() + " (" + e.fingerprint().id() + ")");
        return n;
    }
}
