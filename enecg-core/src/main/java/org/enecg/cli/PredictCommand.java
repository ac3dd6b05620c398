package org.enecg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.enecg.cache.ExpertRegistry;
import org.enecg.cache.RecordRef;
import org.enecg.cache.RecordRefs;
import org.enecg.data.importer.ImportResult;
import org.enecg.expert.GateInput;
import org.enecg.io.wfdb.WfdbReader;
import org.enecg.model.EnEcgModel;
import org.enecg.model.ModelFile;
import org.enecg.model.Prediction;
import org.enecg.pipeline.ExpertSet;
import org.enecg.pipeline.ModelExperts;
import org.enecg.pipeline.Pipeline;
import org.enecg.pipeline.PredictionCsv;
import org.enecg.pipeline.Predictor;
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
                "CSV, one row per record: record_id; per regression task its value in the label's unit; per classification"
                + " task the class index, <task>.class (its name) and <task>.p.<class> (probabilities); gate.<task>.<expert>"
                + " (the weight of each expert). Bad records are reported on stderr and skipped."})
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

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        EnEcgModel m = ModelFile.load(model);
        GateInput gate = Pipeline.gateInput();
        ImportResult imported = Pipeline.dataset(data.data);
        for (var s : imported.skipped()) Cli.log(err, "skipped " + s);
        if (imported.nothingImported()) throw new IllegalArgumentException(data.data + ": no record could be imported");
        Path c = cache != null ? cache : Pipeline.defaultCache(Cli.home());
        List<Prediction> predictions;
        int skipped;
        try (ExpertSet experts = ModelExperts.reopen(m, ExpertRegistry.standard(Cli.home()), Cli.home(), gate)) {
            List<RecordRef> records = RecordRefs.of(imported.manifest(), WfdbReader::read);
            Predictor.Predicted p = Pipeline.withCache(c, cache -> Predictor.predict(m, experts, gate, records, cache, threads,
                    Cli.embedProgress(err)));
            for (var s : p.summary().skipped()) Cli.log(err, "skipped " + s.record() + ": " + s.reason());
            skipped = imported.skipped().size() + p.summary().skipped().size();
            if (p.predictions().isEmpty()) throw new IllegalArgumentException(data.data + ": none of the records could be embedded");
            predictions = p.predictions();
        }
        String csv = PredictionCsv.format(m.tasks(), m.expertNames(), predictions);
        if (out.equals("-")) {
            spec.commandLine().getOut().print(csv);
            spec.commandLine().getOut().flush();
        } else {
            AtomicFiles.writeString(Path.of(out), csv);
        }
        Cli.log(err, String.format("predicted %d records (%d skipped)%s", predictions.size(), skipped, out.equals("-") ? "" : ": " + out));
        return 0;
    }
}
