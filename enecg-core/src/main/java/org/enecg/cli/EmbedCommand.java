package org.enecg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import org.enecg.data.importer.ImportResult;
import org.enecg.expert.Expert;
import org.enecg.expert.GateInput;
import org.enecg.io.wfdb.WfdbReader;
import org.enecg.pipeline.QualityChecks;
import org.enecg.pipeline.QualitySummary;
import org.enecg.signal.quality.QualityRequirements;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin EmbedOptions options;

    @Option(names = "--threads", paramLabel = "<n>", description = "Worker threads (records in parallel).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--no-quality", description = "Do not assess the records' signal quality after embedding (it reads every record again).")
    boolean noQuality;

    static Path home() {
        String h = System.getProperty("enecg.home");
        return h != null ? Path.of(h) : Path.of("");
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        ExpertRegistry registry = ExpertRegistry.standard(home());
        if (options.list()) {
            for (String n : registry.names()) out.println(n + (registry.card(n) != null ? "\t" + registry.card(n) : "\tbuilt-in"));
            out.flush();
            return 0;
        }
        ExpertOptions.check(spec.commandLine(), options.experts, threads);
        List<String> importSkipped = new ArrayList<>();
        List<RecordRef> sources = records(importSkipped);
        PathRules.outputFolder(spec.commandLine(), "--cache", options.cache(), inputs());
        List<String> names = options.expertNames(registry);
        List<Expert> opened = registry.openAll(names, 1);
        List<Expert> all = new ArrayList<>(opened);
        if (options.gate()) all.add(GateInput.paperDefaults());
        try (EmbeddingCache c = EmbeddingCache.open(options.cache())) {
            Thread flushOnInterrupt = new Thread(() -> {
                try {
                    c.flush();
                } catch (IOException | RuntimeException e) {
                    // best effort on Ctrl-C: what was flushed before is safe anyway
                }
            });
            Runtime.getRuntime().addShutdownHook(flushOnInterrupt);
            EmbedSummary s;
            try (ProgressBar bar = options.progress() ? bar(sources.size()) : null) {
                Embedder.Progress p = bar == null ? Embedder.Progress.NONE : (done, total) -> bar.stepTo(done);
                s = new Embedder(c, threads).embed(sources, all, p);
            } finally {
                Runtime.getRuntime().removeShutdownHook(flushOnInterrupt);
            }
            out.printf("experts: %s%n", String.join(", ", names(all)));
            out.printf("cache:   %s%n", options.cache());
            out.print(s.report());
            for (String k : importSkipped) out.println("skipped at import " + k);
            if (!noQuality) {
                QualityRequirements req = QualityChecks.requirements(opened, options.gate() ? GateInput.paperDefaults() : null);
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
        return Files.isRegularFile(Path.of(options.data())) ? PathRules.Inputs.none().withFile(Path.of(options.data())) : PathRules.Inputs.none();
    }

    /** The records --data names: a header list, or the manifest the data resolves to (the project's --data contract). */
    private List<RecordRef> records(List<String> importSkipped) throws IOException {
        Optional<Path> list = options.headerList();
        if (list.isPresent()) return RecordRefs.headerList(list.get(), WfdbReader::read);
        ImportResult r = options.manifest();
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
