package org.enecg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.enecg.eval.ConfigChoice;
import org.enecg.eval.Contributions;
import org.enecg.eval.EvaluationResult;
import org.enecg.eval.SummaryTable;
import org.enecg.data.importer.ImportResult;
import org.enecg.pipeline.Evaluation;
import org.enecg.pipeline.Pipeline;
import org.enecg.pipeline.PreparedData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code enecg evaluate}: subject-wise cross-validation of EnECG and its baselines, with reports. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, showDefaultValues = true,
        header = "Cross-validate EnECG and its baselines by subject and write report.json and report.html.",
        description = {"Every method is trained and tested in the same folds: EnECG, each expert alone, the uniform average"
                + " of the experts, the constant predictor, and with --ablate the ensemble without each named expert. Metrics"
                + " are also given on the records no expert can have seen in training (from the model cards' training data).",
                "Records without a task's label are left out of that task only; bad records are reported and skipped.",
                "The summary table goes to stdout, progress to stderr."})
public final class EvaluateCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DataOption data;
    @Mixin ExpertOptions experts;
    @Mixin SeedOption seed;
    @Mixin TrainingOptions training;

    @Option(names = "--tasks", split = ",", paramLabel = "<task>",
            description = "Tasks: built-in names (rr_interval, age, gender, flag, report_label, conduction_abnormality) or"
                    + " name:type:column; default: every built-in task the data has a column for.")
    List<String> tasks = new ArrayList<>();

    @Option(names = "--folds", paramLabel = "<k>", description = "Folds, split by subject.")
    int folds = 3;

    @Option(names = "--out", required = true, paramLabel = "<dir>", description = "Folder for report.json and report.html.")
    Path out;

    @Option(names = "--ablate", split = ",", paramLabel = "<expert>",
            description = "Also evaluate the ensemble without each of these experts (what each adds).")
    List<String> ablate = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        if (folds < 2) throw new ParameterException(spec.commandLine(), "--folds must be at least 2, found " + folds);
        training.check(spec.commandLine());
        experts.check(spec.commandLine());
        PreparedData.Request req = new PreparedData.Request(data.data, tasks, experts.experts, experts.cache(), experts.threads, Cli.home());
        return evaluate(spec, req, folds, ablate, seed.seed, training, out, false);
    }

    /**
     * The evaluation every front end runs (also {@code enecg run}): prepare, cross-validate, write, print.
     *
     * @param ablateCards also ablate every expert opened from a model card
     */
    static int evaluate(CommandSpec spec, PreparedData.Request req, int folds, List<String> ablate, long seed, TrainingOptions training,
                        Path out, boolean ablateCards) throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        long t0 = System.nanoTime();
        ImportResult imported = Pipeline.dataset(req.data());
        PathRules.Inputs inputs = PathRules.Inputs.of(req.data(), imported.manifest());
        PathRules.outputFolder(spec.commandLine(), "--cache", req.cache(), inputs);
        PathRules.outputFolder(spec.commandLine(), "--out", out, inputs.withFolder(req.cache()));
        Cli.log(err, "data: " + req.data() + "; cache: " + req.cache());
        try (PreparedData p = PreparedData.prepare(req, imported, Cli.embedProgress(err))) {
            List<String> abl = new ArrayList<>(ablate);
            if (ablateCards) for (String c : p.experts().cardExperts()) if (!abl.contains(c)) abl.add(c);
            int n = p.training().table().size();
            Evaluation.Settings s = new Evaluation.Settings(folds, abl, new ConfigChoice(training::modelConfig, k -> training.trainConfig(k, seed)), req.threads());
            double embedSeconds = (System.nanoTime() - t0) / 1e9;
            Cli.log(err, String.format(java.util.Locale.ROOT, "embedded in %.1f s; cross-validating %d tasks on %d records, %d folds",
                    embedSeconds, p.training().tasks().size(), n, folds));
            int models = folds * (p.experts().names().size() + 1 + abl.size());
            EvaluationResult r = Evaluation.run(p, s, Cli.modelProgress(err, models));
            Path json = Evaluation.write(r, p, out);
            stdout.print(summary(p, r));
            stdout.printf(java.util.Locale.ROOT, "report: %s (and %s)%n", json, json.resolveSibling("report.html"));
            stdout.printf(java.util.Locale.ROOT, "time: %.1f s (embedding %.1f s, cross-validation %.1f s)%n", (System.nanoTime() - t0) / 1e9,
                    embedSeconds, r.millis() / 1e3);
            stdout.flush();
            return 0;
        }
    }

    /** What the terminal shows: the data, the summary on all records and on each subset, and each ablated expert's share. */
    static String summary(PreparedData p, EvaluationResult r) {
        StringBuilder sb = new StringBuilder(Cli.dataSummary(p, false));
        sb.append("experts: ").append(String.join(", ", p.experts().names())).append('\n');
        sb.append('\n').append("all records").append('\n').append(SummaryTable.format(r));
        for (String subset : r.plan().subsets().keySet()) {
            sb.append('\n').append(subset).append(subset.equals(org.enecg.pipeline.TrainingOverlap.UNSEEN)
                    ? " (records from databases no expert was trained on)" : " (unseen source database)").append('\n');
            sb.append(SummaryTable.format(r, subset));
        }
        String c = Contributions.format(r);
        if (!c.isEmpty()) sb.append('\n').append("what each expert adds (primary metric; gain > 0: better with it)").append('\n').append(c);
        return sb.toString();
    }
}
