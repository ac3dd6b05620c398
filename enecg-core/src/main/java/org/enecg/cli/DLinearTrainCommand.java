package org.enecg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.enecg.expert.builtin.DLinearFile;
import org.enecg.expert.builtin.DLinearFit;
import org.enecg.io.Record;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code enecg dlinear-train}: fits the DLinear expert's weights on a dataset's ECGs (next-sample forecasting). */
@Command(name = "dlinear-train", mixinStandardHelpOptions = true, showDefaultValues = true,
        header = "Train the DLinear expert's weights on next-sample forecasting (ridge least squares, closed form).",
        description = {"Every lead of every record, at 100 Hz and z-scored with the record's statistics (the expert's own "
                + "input), is a series; each sample with 500 before it is a target. Writes the weights file (JSON, atomically) "
                + "with how it was made. The bundled weights came from: enecg dlinear-train --data bundled --sources CPSC2018,CPSC2018-Extra,Georgia,PTB-XL --out "
                + "enecg-core/src/main/resources/org/enecg/expert/builtin/dlinear.json"})
public final class DLinearTrainCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin FitDataOptions fitData;

    @Option(names = "--out", required = true, paramLabel = "<file>", description = "weights file to write (JSON)")
    Path out;

    @Option(names = "--lambda", paramLabel = "<lambda>", description = "ridge strength per target, on both maps")
    double lambda = DLinearFit.LAMBDA;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        TrainingRecords.FitRecords fit = TrainingRecords.read(fitData.data, fitData.sources, err, spec.commandLine(), out);
        List<Record> records = fit.records();
        Map<String, String> prov = TrainingRecords.provenance("dlinear-train", fitData.data, fitData.sources, fit, "--lambda", Double.toString(lambda), "--out", out.toString());
        long t0 = System.nanoTime();
        DLinearFile f = DLinearFit.fit(records, lambda, prov);
        f.write(out);
        o.printf("DLinear weights: %s%n  %s%n  %s targets from %s%n  fitted in %.1f s%n", out, f.provenance().get("records") + " records",
                f.provenance().get("targets"), f.provenance().get("series"), (System.nanoTime() - t0) / 1e9);
        o.flush();
        return 0;
    }
}
