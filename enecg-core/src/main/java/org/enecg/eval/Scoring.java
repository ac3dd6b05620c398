package org.enecg.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.enecg.cache.EmbeddingRows;
import org.enecg.data.Task;
import org.enecg.model.EnEcgModel;
import org.enecg.model.ModelConfig;
import org.enecg.model.ModelOutputs;
import org.enecg.model.TrainingLog;
import org.enecg.train.TrainConfig;
import org.enecg.train.TrainingData;

/** Turns the models' out-of-fold outputs into per-task, per-method, per-fold metrics. */
final class Scoring {
    private Scoring() {}

    static EvaluationResult score(TrainingData data, ModelConfig mc, TrainConfig tc, EvaluationPlan plan, List<SubjectKFold.Fold> folds,
                                  List<Map<String, EnEcgModel>> models, List<Map<String, ModelOutputs>> outputs, long millis) {
        List<String> experts = data.table().expertNames();
        List<String> methods = new ArrayList<>();
        methods.add(Methods.ENECG);
        if (plan.baselines()) {
            methods.add(Methods.UNIFORM);
            methods.add(Methods.CONSTANT);
            for (String e : experts) methods.add(Methods.alone(e));
        }
        for (String x : plan.ablations()) methods.add(Methods.without(x));
        List<TaskResult> results = new ArrayList<>();
        for (int t = 0; t < data.tasks().size(); t++) results.add(task(data, t, methods, plan, folds, outputs));
        Map<String, List<TrainingLog>> logs = new LinkedHashMap<>();
        for (String m : methods) {
            if (m.equals(Methods.UNIFORM) || m.equals(Methods.CONSTANT)) continue;
            List<TrainingLog> perFold = new ArrayList<>();
            for (Map<String, EnEcgModel> byMethod : models) {
                EnEcgModel model = byMethod.get(m);
                perFold.add(model == null || model.provenance() == null ? null : model.provenance().training());
            }
            logs.put(m, perFold);
        }
        int[] sizes = folds.stream().mapToInt(f -> f.testRows().length).toArray();
        return new EvaluationResult(results, mc, tc, plan, sizes, CrossValidation.expertInfos(data.table()), data.gateInput(), logs,
                nonFinite(data.table()), CrossValidation.version(), CrossValidation.now(), System.getProperty("java.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.arch"), millis);
    }

    private static TaskResult task(TrainingData data, int t, List<String> methods, EvaluationPlan plan, List<SubjectKFold.Fold> folds,
                                   List<Map<String, ModelOutputs>> outputs) {
        Task task = data.tasks().get(t);
        double[] y = data.labels().of(task.name());
        List<String> ids = data.table().recordIds();
        int n = ids.size();
        List<String> experts = data.table().expertNames();
        double[][][] oof = new double[methods.size()][n][];
        Map<String, List<Map<String, Double>>> perMethod = new LinkedHashMap<>();
        for (String m : methods) perMethod.put(m, new ArrayList<>());
        Map<String, Map<String, List<Map<String, Double>>>> perSubset = new LinkedHashMap<>();
        for (String s : plan.subsets().keySet()) {
            Map<String, List<Map<String, Double>>> bm = new LinkedHashMap<>();
            for (String m : methods) bm.put(m, new ArrayList<>());
            perSubset.put(s, bm);
        }
        Map<String, double[]> gate = new LinkedHashMap<>();
        for (String e : experts) gate.put(e, new double[folds.size()]);
        for (SubjectKFold.Fold fold : folds) {
            int[] test = fold.testRows();
            List<Integer> labelled = new ArrayList<>();
            for (int i = 0; i < test.length; i++) if (!Double.isNaN(y[test[i]])) labelled.add(i);
            Map<String, ModelOutputs> out = outputs.get(fold.index());
            ModelOutputs enecg = out.get(Methods.ENECG);
            for (int e = 0; e < experts.size(); e++) {
                double s = 0;
                for (int i : labelled) s += enecg.gateWeights()[t][i][e];
                gate.get(experts.get(e))[fold.index()] = labelled.isEmpty() ? Double.NaN : s / labelled.size();
            }
            for (int mi = 0; mi < methods.size(); mi++) {
                String m = methods.get(mi);
                double[][] pred = predictions(m, task, t, y, fold, test.length, out, experts);
                for (int i : labelled) oof[mi][test[i]] = pred[i];
                perMethod.get(m).add(metrics(task, y, test, labelled, pred));
                for (Map.Entry<String, Set<String>> sub : plan.subsets().entrySet()) {
                    List<Integer> inSub = new ArrayList<>();
                    for (int i : labelled) if (sub.getValue().contains(ids.get(test[i]))) inSub.add(i);
                    perSubset.get(sub.getKey()).get(m).add(metrics(task, y, test, inSub, pred));
                }
            }
        }
        List<String> labelledIds = new ArrayList<>();
        List<Double> truth = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            if (!Double.isNaN(y[r])) {
                labelledIds.add(ids.get(r));
                truth.add(y[r]);
            }
        }
        Map<String, double[][]> predictions = new LinkedHashMap<>();
        for (int mi = 0; mi < methods.size(); mi++) {
            double[][] p = new double[labelledIds.size()][];
            int j = 0;
            for (int r = 0; r < n; r++) if (!Double.isNaN(y[r])) p[j++] = oof[mi][r];
            predictions.put(methods.get(mi), p);
        }
        Map<String, MethodScores> scores = new LinkedHashMap<>();
        perMethod.forEach((m, f) -> scores.put(m, new MethodScores(f)));
        Map<String, Integer> subsetRecords = new LinkedHashMap<>();
        Map<String, Map<String, MethodScores>> subsets = new LinkedHashMap<>();
        for (Map.Entry<String, Set<String>> sub : plan.subsets().entrySet()) {
            int count = 0;
            for (String id : labelledIds) if (sub.getValue().contains(id)) count++;
            subsetRecords.put(sub.getKey(), count);
            Map<String, MethodScores> bm = new LinkedHashMap<>();
            perSubset.get(sub.getKey()).forEach((m, f) -> bm.put(m, new MethodScores(f)));
            subsets.put(sub.getKey(), bm);
        }
        return new TaskResult(task, labelledIds.size(), scores, subsetRecords, subsets, gate, labelledIds,
                truth.stream().mapToDouble(Double::doubleValue).toArray(), predictions);
    }

    /** Per test record of the fold, the method's output for task {@code t}. */
    private static double[][] predictions(String method, Task task, int t, double[] y, SubjectKFold.Fold fold, int nTest,
                                          Map<String, ModelOutputs> out, List<String> experts) {
        if (method.equals(Methods.CONSTANT)) {
            double[] c = ConstantPredictor.fit(task, y, fold.trainRows()).output();
            double[][] p = new double[nTest][];
            for (int i = 0; i < nTest; i++) p[i] = c.clone();
            return p;
        }
        if (method.equals(Methods.UNIFORM)) {
            double[][] p = new double[nTest][];
            for (int i = 0; i < nTest; i++) {
                int width = task.outputSize();
                double[] acc = new double[width];
                for (String e : experts) {
                    double[] v = out.get(Methods.alone(e)).values()[t][i];
                    for (int c = 0; c < width; c++) acc[c] += task.type().isClassification() ? Math.log(Math.max(v[c], Double.MIN_NORMAL)) : v[c];
                }
                for (int c = 0; c < width; c++) acc[c] /= experts.size();
                p[i] = task.type().isClassification() ? softmax(acc) : acc;
            }
            return p;
        }
        return out.get(method).values()[t];
    }

    private static Map<String, Double> metrics(Task task, double[] y, int[] test, List<Integer> rows, double[][] pred) {
        if (!task.type().isClassification()) {
            double[] truth = new double[rows.size()];
            double[] p = new double[rows.size()];
            for (int j = 0; j < rows.size(); j++) {
                truth[j] = y[test[rows.get(j)]];
                p[j] = pred[rows.get(j)][0];
            }
            return RegressionMetrics.of(truth, p);
        }
        int[] truth = new int[rows.size()];
        double[][] p = new double[rows.size()][];
        for (int j = 0; j < rows.size(); j++) {
            truth[j] = (int) y[test[rows.get(j)]];
            p[j] = pred[rows.get(j)];
        }
        if (rows.isEmpty()) {
            Map<String, Double> m = new LinkedHashMap<>();
            for (String k : List.of("accuracy", "precision", "recall", "f1", "auroc")) m.put(k, Double.NaN);
            return m;
        }
        return ClassificationMetrics.of(truth, p);
    }

    /** softmax of (mean log-probabilities) = softmax of the mean logits: logits and log-probabilities differ by a per-row constant. */
    private static double[] softmax(double[] z) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) max = Math.max(max, v);
        double s = 0;
        double[] p = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            p[i] = Math.exp(z[i] - max);
            s += p[i];
        }
        for (int i = 0; i < z.length; i++) p[i] /= s;
        return p;
    }

    private static long nonFinite(EmbeddingRows table) {
        long n = 0;
        for (int e = 0; e < table.nExperts(); e++) for (int r = 0; r < table.size(); r++) for (float v : table.row(e, r)) if (!Float.isFinite(v)) n++;
        for (int r = 0; r < table.size(); r++) for (float v : table.gateInput(r)) if (!Float.isFinite(v)) n++;
        return n;
    }
}
