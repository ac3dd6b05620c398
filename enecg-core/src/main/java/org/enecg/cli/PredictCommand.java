package org.enecg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.enecg.cache.EmbeddingRows;
import org.enecg.cache.Embedder;
import org.enecg.cache.ExpertRegistry;
import org.enecg.data.importer.ImportResult;
import org.enecg.expert.GateInput;
import org.enecg.model.EnEcgModel;
import org.enecg.model.ModelFile;
import org.enecg.model.Prediction;
import org.enecg.pipeline.ExpertSet;
import org.enecg.pipeline.ModelExperts;
import org.enecg.pipeline.Pipeline;
import org.enecg.pipeline.PredictionCsv;
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

    /** Records predicted at once: the heap holds their predictions and gate inputs, whatever the dataset's size. */
    private static final int PREDICT_CHUNK = 4096;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        EnEcgModel m = ModelFile.load(model);
        GateInput gate = Pipeline.gateInput();
        ImportResult imported = Pipeline.dataset(data.data);
        for (var s : imported.skipped()) Cli.log(err, "skipped " + s);
        if (imported.nothingImported()) throw new IllegalArgumentException(data.data + ": no record could be imported");
        Path c = cache != null ? cache : Pipeline.defaultCache(Cli.home());
        EmbeddingRows rows;
        int skipped;
        try (ExpertSet experts = ModelExperts.reopen(m, ExpertRegistry.standard(Cli.home()), Cli.home(), gate)) {
            Embedder.TableResult t = Pipeline.embed(imported.manifest(), experts, gate, c, threads, Cli.embedProgress(err));
            for (var s : t.summary().skipped()) Cli.log(err, "skipped " + s.record() + ": " + s.reason());
            skipped = imported.skipped().size() + t.summary().skipped().size();
            rows = t.rows();
            if (rows.size() == 0) throw new IllegalArgumentException(data.data + ": none of the records could be embedded");
        }
        // a chunk of records at a time: rows stream from the cache, lines go out as they are made
        AtomicFiles.Body csv = o -> {
            java.io.Writer w = new java.io.OutputStreamWriter(o, java.nio.charset.StandardCharsets.UTF_8);
            w.write(PredictionCsv.headerLine(m.tasks(), m.expertNames()));
            for (int start = 0; start < rows.size(); start += PREDICT_CHUNK) {
                int[] chunk = new int[Math.min(PREDICT_CHUNK, rows.size() - start)];
                for (int i = 0; i < chunk.length; i++) chunk[i] = start + i;
                w.write(PredictionCsv.lines(m.tasks(), m.expertNames(), m.predict(rows.select(chunk))));
            }
            w.flush();
        };
        if (out.equals("-")) {
            java.io.OutputStream stdout = new java.io.OutputStream() {
                @Override public void write(int b) { spec.commandLine().getOut().write(b); }
                @Override public void write(byte[] b, int off, int len) {
                    spec.commandLine().getOut().print(new String(b, off, len, java.nio.charset.StandardCharsets.UTF_8));
                }
            };
            csv.writeTo(stdout);
            spec.commandLine().getOut().flush();
        } else {
            AtomicFiles.write(Path.of(out), csv);
        }
        Cli.log(err, String.format("predicted %d records (%d skipped)%s", rows.size(), skipped, out.equals("-") ? "" : ": " + out));
        return 0;
    }
}
