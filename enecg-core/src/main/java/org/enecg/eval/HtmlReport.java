package org.enecg.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.enecg.data.Task;
import org.enecg.model.ExpertInfo;
import org.enecg.model.TrainingLog;

/**
 * The human report: one self-contained HTML file (no scripts, no external files) with a summary table, per task
 * the metrics of every method (mean ± std over folds; a method that does not beat the constant predictor is
 * flagged), EnECG's out-of-fold predictions against the truth (scatter for regressions, confusion matrix for
 * classes), the gate weights per task, subset results, training details and provenance. Plots are inline SVG
 * ({@link Svg}).
 */
public final class HtmlReport {
    private HtmlReport() {}

    public static String of(EvaluationResult r) {
        return of(r, "");
    }

    /**
     * The report with a caller's own sections (an HTML fragment, e.g. the data and the experts' training data) placed
     * before the training details.
     */
    public static String of(EvaluationResult r, String extraSections) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>EnECG evaluation</title><style>")
                .append("body{font-family:sans-serif;max-width:1100px;margin:2em auto;color:#222}table{border-collapse:collapse;margin:0.5em 0}")
                .append("td,th{border:1px solid #ccc;padding:3px 8px;text-align:right}th{background:#f3f3f3}td.l,th.l{text-align:left}")
                .append(".flag{color:#b00;font-weight:bold}.good{color:#070}.note{color:#555;font-size:0.9em}h2{border-bottom:1px solid #ddd}")
                .append("</style></head><body>");
        h.append("<h1>EnECG: ").append(r.plan().folds()).append("-fold cross-validation by subject</h1>");
        h.append("<p class=\"note\">").append(Svg.esc(r.trainConfig().describe())).append(". Folds hold ")
                .append(java.util.Arrays.toString(r.foldSizes())).append(" records; no subject is in two folds. Mean ± population std over folds. ")
                .append("Records without a task's label are left out of that task only.</p>");
        summary(h, r);
        for (TaskResult t : r.tasks()) task(h, t, r);
        gateSection(h, r);
        contributions(h, r);
        h.append(extraSections);
        training(h, r);
        provenance(h, r);
        return h.append("</body></html>").toString();
    }

    private static void summary(StringBuilder h, EvaluationResult r) {
        h.append("<h2>Summary</h2><table><tr><th class=\"l\">task</th><th class=\"l\">metric</th><th>EnECG</th><th>best single expert</th>")
                .append("<th>uniform average</th><th>constant</th><th class=\"l\">verdict</th></tr>");
        for (TaskResult t : r.tasks()) {
            String pm = t.primaryMetric();
            String best = t.bestSingleExpert();
            h.append("<tr><td class=\"l\">").append(Svg.esc(t.task().name())).append("</td><td class=\"l\">").append(pm)
                    .append(t.lowerIsBetter() ? " (lower is better)" : " (higher is better)").append("</td>");
            h.append("<td>").append(cell(t.methods().get(Methods.ENECG), pm)).append("</td>");
            h.append("<td>").append(best == null ? "–" : cell(t.methods().get(best), pm) + " <span class=\"note\">" + Svg.esc(Methods.expertOf(best)) + "</span>").append("</td>");
            h.append("<td>").append(t.methods().containsKey(Methods.UNIFORM) ? cell(t.methods().get(Methods.UNIFORM), pm) : "–").append("</td>");
            h.append("<td>").append(t.methods().containsKey(Methods.CONSTANT) ? cell(t.methods().get(Methods.CONSTANT), pm) : "–").append("</td>");
            h.append("<td class=\"l\">").append(verdict(t)).append("</td></tr>");
        }
        h.append("</table>");
    }

    private static String verdict(TaskResult t) {
        List<String> notes = new ArrayList<>();
        if (!t.beatsConstant(Methods.ENECG)) notes.add("<span class=\"flag\">EnECG does not beat the constant predictor</span>");
        String best = t.bestSingleExpert();
        if (best != null) {
            boolean ok = t.atLeastAsGood(Methods.ENECG, best);
            notes.add(ok ? "<span class=\"good\">at least as good as the best single expert</span>"
                    : "<span class=\"flag\">worse than the best single expert</span>");
        }
        return notes.isEmpty() ? "" : String.join("; ", notes);
    }

    private static void task(StringBuilder h, TaskResult t, EvaluationResult r) {
        Task task = t.task();
        h.append("<h2>").append(Svg.esc(task.name())).append("</h2><p>").append(task.type()).append(task.unit().isEmpty() ? "" : ", " + Svg.esc(task.unit()))
                .append("; ").append(t.records()).append(" records with a label.</p>");
        scoreTable(h, t, t.methods(), true);
        for (Map.Entry<String, Map<String, MethodScores>> s : t.subsets().entrySet()) {
            h.append("<h3>Subset ").append(Svg.esc(s.getKey())).append(" (").append(t.subsetRecords().get(s.getKey())).append(" records)</h3>");
            scoreTable(h, t, s.getValue(), false);
        }
        double[][] enecg = t.predictions().get(Methods.ENECG);
        if (!task.type().isClassification()) {
            double[] p = new double[enecg.length];
            for (int i = 0; i < p.length; i++) p[i] = enecg[i][0];
            h.append("<h3>EnECG out-of-fold predictions</h3>").append(Svg.scatter(t.truth(), p, task.unit()));
        } else {
            int k = task.outputSize();
            int[][] counts = new int[k][k];
            for (int i = 0; i < enecg.length; i++) counts[(int) t.truth()[i]][org.enecg.metrics.Classification.argmax(enecg[i])]++;
            h.append("<h3>EnECG confusion matrix (out of fold; rows: true class)</h3>").append(Svg.confusion(counts, task.classNames()));
        }
    }

    private static void scoreTable(StringBuilder h, TaskResult t, Map<String, MethodScores> methods, boolean flag) {
        List<String> metrics = methods.isEmpty() ? List.of() : methods.values().iterator().next().metrics();
        h.append("<table><tr><th class=\"l\">method</th>");
        for (String m : metrics) h.append("<th>").append(m).append("</th>");
        h.append("<th class=\"l\"></th></tr>");
        for (Map.Entry<String, MethodScores> e : methods.entrySet()) {
            h.append("<tr><td class=\"l\">").append(Svg.esc(e.getKey())).append("</td>");
            for (String m : metrics) h.append("<td>").append(cell(e.getValue(), m)).append("</td>");
            boolean beats = !flag || e.getKey().equals(Methods.CONSTANT) || t.beatsConstant(e.getKey());
            h.append("<td class=\"l\">").append(beats ? "" : "<span class=\"flag\">does not beat the constant predictor</span>").append("</td></tr>");
        }
        h.append("</table>");
    }

    private static String cell(MethodScores s, String metric) {
        if (s == null) return "–";
        return Svg.fmt(s.mean(metric)) + " ± " + Svg.fmt(s.std(metric));
    }

    private static void gateSection(StringBuilder h, EvaluationResult r) {
        List<String> experts = r.experts().stream().map(ExpertInfo::name).toList();
        List<String> tasks = r.tasks().stream().map(t -> t.task().name()).toList();
        double[][] w = new double[tasks.size()][experts.size()];
        h.append("<h2>Gate weights</h2><p class=\"note\">EnECG's mean weight W<sub>i</sub> of each expert per task over the labelled test records, ")
                .append("averaged over folds.</p><table><tr><th class=\"l\">task</th>");
        for (String e : experts) h.append("<th>").append(Svg.esc(e)).append("</th>");
        h.append("</tr>");
        for (int t = 0; t < tasks.size(); t++) {
            h.append("<tr><td class=\"l\">").append(Svg.esc(tasks.get(t))).append("</td>");
            for (int e = 0; e < experts.size(); e++) {
                double[] folds = r.tasks().get(t).gateWeights().get(experts.get(e));
                double s = 0;
                int n = 0;
                for (double v : folds) if (Double.isFinite(v)) { s += v; n++; }
                w[t][e] = n == 0 ? Double.NaN : s / n;
                h.append("<td>").append(Svg.fmt(w[t][e])).append("</td>");
            }
            h.append("</tr>");
        }
        h.append("</table>").append(Svg.groupedBars(tasks, experts, w));
    }

    private static void contributions(StringBuilder h, EvaluationResult r) {
        List<Contributions.Row> rows = Contributions.of(r);
        if (rows.isEmpty()) return;
        h.append("<h2>What each expert adds</h2><p class=\"note\">Primary metric (mean over folds) of the expert alone, the ensemble ")
                .append("without it, and the ensemble with it (EnECG); gain = improvement from having it (positive: better with it).</p>")
                .append("<table><tr><th class=\"l\">expert</th><th class=\"l\">task</th><th class=\"l\">records</th><th>n</th>")
                .append("<th class=\"l\">metric</th><th>alone</th><th>without</th><th>with</th><th>gain</th></tr>");
        for (Contributions.Row w : rows) {
            h.append("<tr><td class=\"l\">").append(Svg.esc(w.expert())).append("</td><td class=\"l\">").append(Svg.esc(w.task()))
                    .append("</td><td class=\"l\">").append(Svg.esc(w.subset() == null ? "all" : w.subset())).append("</td><td>")
                    .append(w.records()).append("</td><td class=\"l\">").append(w.metric()).append("</td><td>").append(Svg.fmt(w.alone()))
                    .append("</td><td>").append(Svg.fmt(w.without())).append("</td><td>").append(Svg.fmt(w.with())).append("</td><td>")
                    .append(Contributions.signed(w.gain())).append("</td></tr>");
        }
        h.append("</table>");
    }

    private static void training(StringBuilder h, EvaluationResult r) {
        h.append("<h2>Training</h2><table><tr><th class=\"l\">model</th><th class=\"l\">fold</th><th class=\"l\">policy</th><th>lr</th><th>epochs</th>")
                .append("<th class=\"l\">best epoch per task</th><th>train / validation records</th><th>ms</th></tr>");
        for (Map.Entry<String, List<TrainingLog>> e : r.trainingLogs().entrySet()) {
            for (int f = 0; f < e.getValue().size(); f++) {
                TrainingLog l = e.getValue().get(f);
                if (l == null) continue;
                h.append("<tr><td class=\"l\">").append(Svg.esc(e.getKey())).append("</td><td class=\"l\">").append(f + 1).append("</td><td class=\"l\">")
                        .append(Svg.esc(l.policy())).append("</td><td>").append(l.learningRate()).append("</td><td>").append(l.epochsRun())
                        .append("</td><td class=\"l\">").append(java.util.Arrays.toString(l.bestEpochs())).append("</td><td>").append(l.trainRecords())
                        .append(" / ").append(l.validationRecords()).append("</td><td>").append(l.millis()).append("</td></tr>");
            }
        }
        h.append("</table>");
    }

    private static void provenance(StringBuilder h, EvaluationResult r) {
        h.append("<h2>Provenance</h2><table>");
        row(h, "enecg version", r.projectVersion());
        row(h, "finished", r.createdAt());
        row(h, "Java / OS", r.javaVersion() + " / " + r.os());
        row(h, "wall time", r.millis() + " ms");
        row(h, "seed", Long.toString(r.trainConfig().seed()));
        row(h, "model", r.modelConfig().toString());
        row(h, "gate input", r.gateInput());
        row(h, "non-finite inputs replaced", Long.toString(r.repairedValues()));
        for (ExpertInfo e : r.experts()) row(h, "expert " + e.name(), e.dim() + " outputs, fingerprint " + e.fingerprint());
        h.append("</table>");
    }

    private static void row(StringBuilder h, String k, String v) {
        h.append("<tr><th class=\"l\">").append(Svg.esc(k)).append("</th><td class=\"l\">").append(Svg.esc(v)).append("</td></tr>");
    }
}
