package org.enecg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.enecg.data.Manifest;
import org.enecg.data.ManifestRow;
import org.enecg.data.importer.ImportResult;
import org.enecg.expert.GateInput;
import org.enecg.io.Record;
import org.enecg.io.wfdb.WfdbReader;
import org.enecg.model.EnEcgModel;
import org.enecg.model.ModelFile;
import org.enecg.pipeline.ExpertSet;
import org.enecg.pipeline.ModelExperts;
import org.enecg.pipeline.Pipeline;
import org.enecg.pipeline.RecordVariant;
import org.enecg.pipeline.StabilityCheck;
import org.enecg.pipeline.StabilityReport;
import org.enecg.util.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code enecg stability}: how far a saved model's answers move when the same ECGs come at another rate or length. */
@Command(name = "stability", mixinStandardHelpOptions = true, showDefaultValues = true,
        header = "How far a model's answers move when each record is resampled or shortened.",
        description = {"Each record is answered as it is and as each variant: resampled to another rate (anti-aliased "
                + "polyphase) or cut to its first seconds. Per task: the mean and largest absolute change (regression) or the "
                + "share of records whose class flips (classification), against issue 16's targets (age 1 year, rr_interval "
                + "5 ms, gender 3 %). Variants are embedded without the cache. Writes stability.md and stability.json."})
public final class StabilityCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DataOption data;

    @Option(names = "--model", required = true, paramLabel = "<model>", description = "A model file written by 'enecg train'.")
    Path model;

    @Option(names = "--out", required = true, paramLabel = "<dir>", description = "Folder for stability.md and stability.json.")
    Path out;

    @Option(names = "--variants", paramLabel = "<list>", description = "Rates (400hz) and lengths (7.3s), comma-separated.")
    String variants = RecordVariant.DEFAULTS;

    @Option(names = "--threads", paramLabel = "<n>", description = "Worker threads (records embedded in parallel).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        List<RecordVariant> vs = RecordVariant.parseList(variants);
        ImportResult imported = Pipeline.dataset(data.data);
        // outputs checked before any work (PathRules: not an input, writable)
        PathRules.outputFolder(spec.commandLine(), "--out", out, PathRules.Inputs.of(data.data, imported.manifest()).withFile(model));
        EnEcgModel m = ModelFile.load(model);
        GateInput gate = Pipeline.gateInput();
        for (var s : imported.skipped()) Cli.log(err, "skipped " + s);
        if (imported.nothingImported()) throw new IllegalArgumentException(data.data + ": no record could be imported");
        List<Record> records = read(imported.manifest(), err);
        StabilityCheck.Result r;
        try (ExpertSet experts = ModelExperts.reopen(m, org.enecg.cache.ExpertRegistry.standard(Cli.home()), Cli.home(), gate)) {
            r = StabilityCheck.run(m, experts, gate, records, vs, threads);
        }
        for (String s : r.skipped()) Cli.log(err, "skipped " + s);
        String md = StabilityReport.markdown(r, model.toString(), data.data);
        AtomicFiles.writeString(out.resolve("stability.md"), md);
        AtomicFiles.writeString(out.resolve("stability.json"), StabilityReport.json(r, model.toString(), data.data));
        spec.commandLine().getOut().print(md);
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** Every record of the manifest, read whole; one that cannot be read is reported and left out. */
    private static List<Record> read(Manifest manifest, PrintWriter err) {
        List<Record> out = new ArrayList<>();
        java.util.Set<Path> seen = new java.util.HashSet<>();
        for (ManifestRow row : manifest.rows()) {
            Path p = manifest.recordPath(row);
            if (!seen.add(p)) continue;
            try {
                Record r = WfdbReader.read(p);
                out.add(new Record(row.recordId(), r.fs(), r.leads(), r.comments(), r.source()));
            } catch (IOException | RuntimeException e) {
                Cli.log(err, "skipped " + row.recordId() + ": " + e.getMessage());
            }
        }
        return out;
    }
}
