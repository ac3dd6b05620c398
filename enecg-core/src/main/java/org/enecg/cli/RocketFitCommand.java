package org.enecg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.enecg.expert.builtin.MiniRocketFile;
import org.enecg.expert.builtin.RocketExpert;
import org.enecg.expert.builtin.RocketFit;
import org.enecg.io.Record;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code enecg rocket-fit}: fits the MiniRocket expert's biases on a dataset's ECGs. */
@Command(name = "rocket-fit", mixinStandardHelpOptions = true, showDefaultValues = true,
        header = "Fit the random-kernel (MiniRocket) expert's parameters on a dataset's ECGs (no labels used).",
        description = {"The structure (dilations, channel subsets) comes from the seed; each bias is a quantile of one "
                + "kernel's output on a window drawn (seeded) from the data, as MiniRocket's fit does. Writes the "
                + "parameter file (JSON, atomically). The bundled parameters came from: enecg rocket-fit --data bundled --sources CPSC2018,CPSC2018-Extra,Georgia,PTB-XL "
                + "--out enecg-core/src/main/resources/org/enecg/expert/builtin/minirocket.json"})
public final class RocketFitCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin FitDataOptions fitData;

    @Option(names = "--out", required = true, paramLabel = "<file>", description = "parameter file to write (JSON)")
    Path out;

    @Option(names = "--seed", paramLabel = "<seed>", description = "seed of the structure and of the example draws")
    long seed = RocketExpert.SEED;

    @Option(names = "--features", paramLabel = "<n>", description = "number of features (a multiple of 84)")
    int features = RocketExpert.FEATURES;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        TrainingRecords.FitRecords fit = TrainingRecords.read(fitData.data, fitData.sources, err, spec.commandLine(), out);
        List<Record> records = fit.records();
        Map<String, String> prov = TrainingRecords.provenance("rocket-fit", fitData.data, fitData.sources, fit, "--seed", Long.toString(seed),
                "--features", Integer.toString(features), "--out", out.toString());
        long t0 = System.nanoTime();
        MiniRocketFile f = RocketFit.fit(records, seed, features, prov);
        f.write(out);
        o.printf("MiniRocket parameters: %s%n  %d features, %s records, %s%n  fitted in %.1f s%n", out, f.rocket().features(),
                f.provenance().get("records"), f.provenance().get("examples"), (System.nanoTime() - t0) / 1e9);
        o.flush();
        return 0;
    }
}
