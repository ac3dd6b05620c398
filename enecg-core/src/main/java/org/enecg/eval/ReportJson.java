package org.enecg.eval;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.enecg.model.ExpertInfo;
import org.enecg.model.ModelJson;
import org.enecg.model.TrainingLog;
import org.enecg.train.TrainConfig;

/**
 * {@code report.json} (DESIGN.md §7): per task its type, number of records and, for EnECG and each baseline,
 * every metric as mean and std over folds (plus the per-fold values); EnECG's gate weight per expert; metrics on
 * named subsets; and the provenance of the run (configs, seed, folds, expert fingerprints, versions). Undefined
 * values (e.g. AUROC with one class in a fold) are {@code null}.
 */
public final class ReportJson {
    public static final int FORMAT_VERSION = 1;

    private ReportJson() {}

    public static ObjectNode of(EvaluationResult r) {
        ObjectNode root = ModelJson.MAPPER.createObjectNode();
        root.put("format", "enecg-report");
        root.put("format_version", FORMAT_VERSION);
        root.set("provenance", provenance(r));
        ObjectNode tasks = root.putObject("tasks");
        for (TaskResult t : r.tasks()) tasks.set(t.task().name(), task(t));
        root.set("training", training(r));
        if (!r.plan().ablations().isEmpty()) root.set("contributions", contributions(r));
        return root;
    }

    /** {@code contributions.<expert>.<task>.{all, <subset>}.{records, metric, alone, without, with, gain}}. */
    private static ObjectNode contributions(EvaluationResult r) {
        ObjectNode o = ModelJson.MAPPER.createObjectNode();
        for (Contributions.Row w : Contributions.of(r)) {
            ObjectNode byTask = o.has(w.expert()) ? (ObjectNode) o.get(w.expert()) : o.putObject(w.expert());
            ObjectNode t = byTask.has(w.task()) ? (ObjectNode) byTask.get(w.task()) : byTask.putObject(w.task());
            ObjectNode x = t.putObject(w.subset() == null ? "all" : w.subset());
            x.put("records", w.records());
            x.put("metric", w.metric());
            number(x, "alone", w.alone());
            number(x, "without", w.without());
            number(x, "with", w.with());
            number(x, "gain", w.gain());
        }
        return o;
    }

    private static ObjectNode provenance(EvaluationResult r) {
        ObjectNode p = ModelJson.MAPPER.createObjectNode();
        p.put("project_version", r.projectVersion());
        p.put("created_at", r.createdAt());
        p.put("java_version", r.javaVersion());
        p.put("os", r.os());
        p.put("wall_ms", r.millis());
        p.put("seed", r.trainConfig().seed());
        p.put("folds", r.plan().folds());
        p.put("split", "by subject: no subject in two folds");
        ArrayNode sizes = p.putArray("fold_sizes");
        for (int s : r.foldSizes()) sizes.add(s);
        p.put("std", "population standard deviation over folds (numpy np.std, ddof=0), as the authors' evaluation");
        p.set("model_config", ModelJson.config(r.modelConfig()));
        p.set("train_config", trainConfig(r.trainConfig()));
        ArrayNode experts = p.putArray("experts");
        for (ExpertInfo e : r.experts()) {
            ObjectNode x = experts.addObject();
            x.put("name", e.name());
            x.put("fingerprint", e.fingerprint());
            x.put("dim", e.dim());
        }
        p.put("gate_input", r.gateInput());
        ArrayNode abl = p.putArray("ablations");
        r.plan().ablations().forEach(abl::add);
        p.put("non_finite_values_replaced", r.repairedValues());
        return p;
    }

    static ObjectNode trainConfig(TrainConfig c) {
        ObjectNode o = ModelJson.MAPPER.createObjectNode();
        o.put("schedule", c.schedule().name());
        o.put("learning_rate", c.learningRate());
        o.put("gate_learning_rate", c.gateLearningRate());
        o.put("gate_patience", c.gatePatience());
        o.put("batch_size", c.batchSize());
        o.put("max_epochs", c.maxEpochs());
        o.put("patience", c.patience());
        o.put("validation_fraction", c.validationFraction());
        o.put("weight_decay", c.weightDecay());
        o.put("seed", c.seed());
        o.put("gate_folds", c.gateFolds());
        if (c.alternativeHead() != null) o.put("alternative_head", c.alternativeHead().toString());
        else o.putNull("alternative_head");
        o.put("class_decision", c.decision().name());
        o.put("optimizer", "AdamW betas (0.9, 0.999), eps 1e-8");
        o.put("description", c.describe());
        return o;
    }

    private static ObjectNode task(TaskResult t) {
        ObjectNode o = ModelJson.MAPPER.createObjectNode();
        o.put("type", t.task().type().toString());
        o.put("unit", t.task().unit());
        ArrayNode classes = o.putArray("classes");
        t.task().classNames().forEach(classes::add);
        o.put("n_records", t.records());
        o.put("primary_metric", t.primaryMetric());
        o.set("metrics", methods(t.methods()));
        ObjectNode beats = o.putObject("beats_constant");
        for (String m : t.methods().keySet()) if (!m.equals(Methods.CONSTANT)) beats.put(m, t.beatsConstant(m));
        String best = t.bestSingleExpert();
        if (best != null) {
            ObjectNode vs = o.putObject("enecg_vs_best_single_expert");
            vs.put("expert", Methods.expertOf(best));
            number(vs, "enecg", t.methods().get(Methods.ENECG).mean(t.primaryMetric()));
            number(vs, "best_single", t.methods().get(best).mean(t.primaryMetric()));
            vs.put("at_least_as_good", t.atLeastAsGood(Methods.ENECG, best));
        }
        ObjectNode gate = o.putObject("gate_weights");
        for (Map.Entry<String, double[]> e : t.gateWeights().entrySet()) gate.set(e.getKey(), stats(e.getValue()));
        ObjectNode subsets = o.putObject("subsets");
        for (Map.Entry<String, Map<String, MethodScores>> s : t.subsets().entrySet()) {
            ObjectNode so = subsets.putObject(s.getKey());
            so.put("n_records", t.subsetRecords().get(s.getKey()));
            so.set("metrics", methods(s.getValue()));
        }
        return o;
    }

    /** Methods grouped: enecg, uniform_average, constant, expert_alone{name}, ensemble_without{name}. */
    private static ObjectNode methods(Map<String, MethodScores> scores) {
        ObjectNode o = ModelJson.MAPPER.createObjectNode();
        for (Map.Entry<String, MethodScores> e : scores.entrySet()) {
            String m = e.getKey();
            ObjectNode target = o;
            String key = m;
            if (Methods.isAlone(m) || Methods.isWithout(m)) {
                String group = Methods.isAlone(m) ? "expert_alone" : "ensemble_without";
                target = o.has(group) ? (ObjectNode) o.get(group) : o.putObject(group);
                key = Methods.expertOf(m);
            }
            ObjectNode mo = target.putObject(key);
            for (String metric : e.getValue().metrics()) mo.set(metric, stats(e.getValue().values(metric)));
        }
        return o;
    }

    private static ObjectNode stats(double[] perFold) {
        ObjectNode s = ModelJson.MAPPER.createObjectNode();
        MethodScores one = fromValues(perFold);
        number(s, "mean", one.mean("v"));
        number(s, "std", one.std("v"));
        ArrayNode f = s.putArray("folds");
        for (double v : perFold) {
            if (Double.isFinite(v)) f.add(v);
            else f.addNull();
        }
        return s;
    }

    private static MethodScores fromValues(double[] v) {
        List<Map<String, Double>> folds = new java.util.ArrayList<>();
        for (double x : v) folds.add(Map.of("v", x));
        return new MethodScores(folds);
    }

    private static ObjectNode training(EvaluationResult r) {
        ObjectNode o = ModelJson.MAPPER.createObjectNode();
        for (Map.Entry<String, List<TrainingLog>> e : r.trainingLogs().entrySet()) {
            ArrayNode folds = o.putArray(e.getKey());
            for (TrainingLog l : e.getValue()) {
                if (l == null) {
                    folds.addNull();
                    continue;
                }
                ObjectNode f = folds.addObject();
                f.put("policy", l.policy());
                f.put("learning_rate", l.learningRate());
                f.put("epochs_run", l.epochsRun());
                ObjectNode best = f.putObject("best_epochs");
                for (int t = 0; t < r.tasks().size() && t < l.bestEpochs().length; t++) best.put(r.tasks().get(t).task().name(), l.bestEpochs()[t]);
                // the inner-validation loss of the kept epoch: what settings may be compared on without looking at test folds
                ObjectNode val = f.putObject("best_validation_loss");
                for (int t = 0; t < r.tasks().size() && t < l.bestEpochs().length && t < l.validationLoss().length; t++) {
                    double[] curve = l.validationLoss()[t];
                    int kept = l.bestEpochs()[t];
                    number(val, r.tasks().get(t).task().name(), kept >= 1 && kept <= curve.length ? curve[kept - 1] : Double.NaN);
                }
                f.put("train_records", l.trainRecords());
                f.put("validation_records", l.validationRecords());
                f.put("millis", l.millis());
            }
        }
        return o;
    }

    static void number(ObjectNode o, String key, double v) {
        if (Double.isFinite(v)) o.put(key, v);
        else o.putNull(key);
    }
}
