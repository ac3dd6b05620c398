package org.enecg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.enecg.model.EnEcgModel;
import org.enecg.model.ModelFile;
import org.enecg.model.TrainingLog;
import org.enecg.data.importer.ImportResult;
import org.enecg.pipeline.ModelExperts;
import org.enecg.pipeline.Pipeline;
import org.enecg.pipeline.PreparedData;
import org.enecg.train.Trainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code enecg train}: one model for all tasks, trained on all of the data, saved to one file. */
@Command(name = "train", mixinStandardHelpOptions = true, showDefaultValues = true,
        header = "Train one EnECG model for all tasks on all of the data and save it.",
        description = {"The model file holds the tasks, the experts (names, how to open them, fingerprints), the gate input,"
                + " feature and target scaling, the configuration, the training log and a checksum; 'enecg predict' uses it.",
                "Records without a task's label are left out of that task only; bad records are reported and skipped. A task"
                + " named with --tasks that has no label is refused; label cells that cannot be read are listed."})
public final class TrainCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DataOption data;
    @Mixin ExpertOptions experts;
    @Mixin SeedOption seed;
    @Mixin TrainingOptions training;

    @Option(names = "--tasks", split = ",", paramLabel = "<task>",
            description = "Tasks: built-in names or name:type:column; default: every built-in task the data has a column for.")
    List<String> tasks = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "<model>", description = "The model file to write (e.g. model.enm).")
    Path out;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        training.check(spec.commandLine());
        experts.check(spec.commandLine());
        PreparedData.Request req = new PreparedData.Request(data.data, tasks, experts.experts, experts.cache(), experts.threads, Cli.home());
        ImportResult imported = Pipeline.dataset(req.data());
        PathRules.Inputs inputs = PathRules.Inputs.of(req.data(), imported.manifest());
        PathRules.outputFolder(spec.commandLine(), "--cache", req.cache(), inputs);
        PathRules.outputFile(spec.commandLine(), "--out", out, inputs.withFolder(req.cache()));
        Cli.log(err, "data: " + req.data() + "; cache: " + req.cache());
        try (PreparedData p = PreparedData.prepare(req, imported, Cli.embedProgress(err))) {
            int n = p.training().table().size();
            Trainer trainer = new Trainer(training.modelConfig(n), training.trainConfig(n, seed.seed));
            Cli.log(err, "training on " + n + " records: " + trainer.trainConfig().describe());
            EnEcgModel model = trainer.train(p.training()).withExpertOrigins(ModelExperts.origins(p.experts()));
            ModelFile.save(model, out);
            TrainingLog log = model.provenance().training();
            stdout.print(Cli.dataSummary(p, true));
            stdout.println("tasks: " + String.join(", ", model.tasks().stream().map(t -> t.name()).toList()));
            stdout.println("experts: " + String.join(", ", model.expertNames()));
            stdout.printf("training: %s; %d epochs, best epoch per task %s%n", log.policy(), log.epochsRun(), java.util.Arrays.toString(log.bestEpochs()));
            stdout.println("model: " + out);
            stdout.flush();
            return 0;
        }
    }
}
