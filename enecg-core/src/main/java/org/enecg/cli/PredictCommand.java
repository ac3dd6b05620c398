package org.enecg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.enecg.cache.ExpertRegistry;
import org.enecg.data.importer.ImportResult;
import org.enecg.expert.GateInput;
import org.enecg.model.EnEcgModel;
import org.enecg.model.ModelFile;
import org.enecg.pipeline.ExpertSet;
import org.enecg.pipeline.ModelExperts;
import org.enecg.pipeline.Pipeline;
import org.enecg.pipeline.PredictionCsv;
import org.enecg.pipeline.PredictionRun;
import org.enecg.signal.quality.RecordQuality;
import org.enecg.util.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code enecg predict}: a saved model's answers for every record of a dataset, with the gate weights. */
@Command(name = "predict", mixinStandardHelpOptions = true, showDefaultValues = true,
        header = "Predict every task of a saved model for each record, with each expert's gate weight.",
        description = {"The experts named in the model file are opened again and must be the same (same fingerprint: model"
                + " files, input spec, parameters); otherwise the error names the expert and what differs.",
                "CSV, one row per record: record_id; quality (good, acceptable or poor) and quality_reasons; per regression"
                + " task its value in the label's unit; per classification task the class index, <task>.class (its name) and"
                + " <task>.p.<class> (probabilities); gate.<task>.<expert> (the weight of each expert).",
                "Every record's signal quality is assessed first (docs/signal-quality.md). A poor record (no usable ECG,"
                + " too short, lead II unusable, no beats, too noisy, wrong units, unreadable) is refused: its row keeps"
                + " quality=poor and its reasons with empty task columns, unless --allow-poor-quality. The summary on"
                + " stderr counts each grade and lists every poor record with its reasons."})
public final class PredictCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DataOption data;

    @Option(names = "--model", required = true, paramLabel = "<model>", description = "A model file written by 'enecg train'.")
    Path model;

    @Option(names = "--out", required = true, paramLabel = "<file.csv>", description = "The CSV file to write (written atomically); '-' for stdout.")
    String out;

    @Option(names = "--cache", paramLabel = "<dir>", description = "The embedding cache folder (default: runs/cache in the installation).")
    Path cache;

    @Option(names = "--threads", paramLabel = "<n>", description = "Worker threads (records embedded in parallel).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--allow-poor-quality", description = "Answer poor-quality records too (still marked quality=poor with their reasons).")
    boolean allowPoorQuality;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        ExpertOptions.check(spec.commandLine(), List.of(), threads);
        ImportResult imported = Pipeline.dataset(data.data);
        Path c = cache != null ? cache : Pipeline.defaultCache(Cli.home());
        PathRules.Inputs inputs = PathRules.Inputs.of(data.data, imported.manifest()).withFile(model);
        PathRules.outputFolder(spec.commandLine(), "--cache", c, inputs);
        if (!out.equals("-")) PathRules.outputFile(spec.commandLine(), "--out", Path.of(out), inputs.withFolder(c));
        EnEcgModel m = ModelFile.load(model);
        GateInput gate = Pipeline.gateInput();
        for (var s : imported.skipped()) Cli.log(err, "skipped " + s);
        if (imported.nothingImported()) throw new IllegalArgumentException(data.data + ": no record could be imported");
        PredictionRun run;
        try (ExpertSet experts = ModelExperts.reopen(m, ExpertRegistry.standard(Cli.home()), Cli.home(), gate)) {
            run = PredictionRun.predict(m, imported.manifest(), experts, gate, c, threads, allowPoorQuality, Cli.embedProgress(err));
        }
        if (run.quality().codes().getOrDefault(RecordQuality.UNREADABLE, 0) == run.answers().size()) {
            throw new IllegalArgumentException(data.data + ": none of the records could be read or embedded; first problem: "
                    + run.answers().get(0).quality().reasonsText());
        }
        String csv = PredictionCsv.format(m.tasks(), m.expertNames(), run.answers());
        if (out.equals("-")) {
            spec.commandLine().getOut().print(csv);
            spec.commandLine().getOut().flush();
        } else {
            AtomicFiles.writeString(Path.of(out), csv);
        }
        for (String line : run.quality().lines()) Cli.log(err, line);
        int unreadable = run.quality().codes().getOrDefault(RecordQuality.UNREADABLE, 0);
        Cli.log(err, String.format("predicted %d of %d records: %d refused for poor quality, %d unreadable, %d skipped at import%s",
                run.answered(), run.answers().size(), run.unanswered() - unreadable, unreadable, imported.skipped().size(),
                out.equals("-") ? "" : ": " + out));
        return 0;
    }
}
