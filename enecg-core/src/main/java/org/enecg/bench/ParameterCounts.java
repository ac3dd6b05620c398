package org.enecg.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.enecg.data.Task;
import org.enecg.expert.Expert;
import org.enecg.expert.builtin.BuiltinExperts;
import org.enecg.expert.builtin.DLinearExpert;
import org.enecg.expert.builtin.DLinearFile;
import org.enecg.expert.builtin.DLinearModel;
import org.enecg.expert.builtin.MiniRocketFile;
import org.enecg.expert.builtin.RocketExpert;
import org.enecg.expert.onnx.OnnxExpert;
import org.enecg.model.EnEcgModel;
import org.enecg.model.ExpertInfo;
import org.enecg.model.FeatureScaler;
import org.enecg.model.ModelConfig;
import org.enecg.model.TargetScaler;
import org.enecg.nn.Param;
import org.enecg.pipeline.ExpertSet;

/**
 * What EnECG trains against what it keeps frozen: for each model configuration the trainable parameters of the heads
 * and gates, the frozen random bases under their LoRA adapters, and the frozen experts' own parameters (ONNX models:
 * initializer elements, {@link OnnxInitializers}; built-ins: their fitted arrays, MiniRocket's 1,008 biases and
 * DLinear's two weight vectors and biases; rhythm, morphology and spectral are rules with no fitted parameters).
 */
public final class ParameterCounts {
    private ParameterCounts() {}

    /** One model configuration's parameters. */
    public record Model(String name, String config, long trainableHeads, long trainableGates, long frozenHeads, long frozenGates) {
        public long trainable() { return trainableHeads + trainableGates; }

        public long frozenBases() { return frozenHeads + frozenGates; }
    }

    /**
     * @param experts per expert, its frozen parameters
     * @param models  per configuration
     */
    public record Result(Map<String, Long> experts, List<Model> models, List<String> tasks, int gateDim) {
        public long expertTotal() { return experts.values().stream().mapToLong(Long::longValue).sum(); }
    }

    /** Counts for the opened experts and these tasks: the bench's two setups, the paper defaults and the small-data defaults. */
    public static Result of(ExpertSet experts, List<Task> tasks, int gateDim) throws IOException {
        Map<String, Long> frozen = new LinkedHashMap<>();
        for (Expert e : experts.experts()) frozen.put(e.name(), expertParameters(e));
        List<Model> models = new ArrayList<>();
        models.add(model("paper defaults (ModelConfig.paperDefaults())", ModelConfig.paperDefaults(), experts.experts(), tasks, gateDim));
        models.add(model("small-data defaults (ModelConfig.smallData(), the main job's)", ModelConfig.smallData(), experts.experts(), tasks, gateDim));
        models.add(model("bench AUTHORS (the authors' code)", BenchSetup.of(BenchSetup.Model.AUTHORS, 5, 3, 42, 1).model(), experts.experts(), tasks, gateDim));
        return new Result(frozen, models, tasks.stream().map(Task::name).toList(), gateDim);
    }

    /** The frozen parameters of one expert. */
    public static long expertParameters(Expert e) throws IOException {
        if (e instanceof OnnxExpert o) {
            long n = 0;
            for (Path p : o.card().models()) n += OnnxInitializers.count(p).elements();
            return n;
        }
        if (e instanceof RocketExpert) {
            try (InputStream in = resource(RocketExpert.RESOURCE)) {
                return MiniRocketFile.read(in, RocketExpert.RESOURCE).rocket().biases().length;
            }
        }
        if (e instanceof DLinearExpert) {
            try (InputStream in = resource(DLinearExpert.RESOURCE)) {
                DLinearModel m = DLinearFile.read(in, DLinearExpert.RESOURCE).model();
                return m.seasonalWeight().length + m.trendWeight().length + 2L;
            }
        }
        return 0; // rule-based built-ins (rhythm, morphology, spectral) fit nothing
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = BuiltinExperts.class.getResourceAsStream(name);
        if (in == null) throw new IOException("built-in expert resource " + name + " is missing from the class path");
        return in;
    }

    static Model model(String name, ModelConfig c, List<Expert> experts, List<Task> tasks, int signalDim) {
        List<ExpertInfo> infos = new ArrayList<>();
        List<FeatureScaler> scalers = new ArrayList<>();
        int outputs = 0;
        for (Expert e : experts) {
            infos.add(new ExpertInfo(e.name(), e.fingerprint().id(), e.outputSize()));
            scalers.add(FeatureScaler.identity(e.outputSize()));
            outputs += e.outputSize();
        }
        int gateDim = c.gateSource().width(signalDim, outputs);
        List<TargetScaler> targets = tasks.stream().map(t -> TargetScaler.identity()).toList();
        EnEcgModel m = EnEcgModel.builder(c, tasks, infos).gate(gateDim, "").featureScalers(scalers).targetScalers(targets).initSeed(42).build();
        long th = 0, tg = 0, fh = 0, fg = 0;
        for (Param p : m.parameters()) {
            boolean gate = p.name().startsWith("gate");
            if (p.trainable()) {
                if (gate) tg += p.size(); else th += p.size();
            } else {
                if (gate) fg += p.size(); else fh += p.size();
            }
        }
        String config = String.format(Locale.ROOT, "%s, r %d, heads %d, gate %d over %s, output layers %s", c.adaptation(), c.loraRank(),
                c.headHidden(), c.gateHidden(), c.gateSource().describe(gateDim),
                c.outputLayer().name().toLowerCase(Locale.ROOT));
        return new Model(name, config, th, tg, fh, fg);
    }

    public static String format(Result r) {
        StringBuilder s = new StringBuilder("## Trainable and frozen parameters\n\n");
        s.append("Tasks: ").append(String.join(", ", r.tasks())).append(".\n\n| frozen expert | parameters |\n|---|---|\n");
        r.experts().forEach((e, n) -> s.append(String.format(Locale.ROOT, "| %s | %,d |%n", e, n)));
        s.append(String.format(Locale.ROOT, "| **all experts** | **%,d** |%n%n", r.expertTotal()));
        s.append("| model | trainable: heads | gates | **total** | frozen random LoRA bases | trainable / expert parameters |\n|---|---|---|---|---|---|\n");
        for (Model m : r.models()) {
            s.append(String.format(Locale.ROOT, "| %s: %s | %,d | %,d | **%,d** | %,d | %.3f |%n", m.name(), m.config(), m.trainableHeads(),
                    m.trainableGates(), m.trainable(), m.frozenBases(), r.expertTotal() == 0 ? Double.NaN : (double) m.trainable() / r.expertTotal()));
        }
        return s.toString();
    }
}
