package org.enecg.eval;

import java.util.Locale;
import java.util.Map;

/** A plain-text table of the headline numbers, for a terminal. */
public final class SummaryTable {
    private SummaryTable() {}

    /** All records. */
    public static String format(EvaluationResult r) {
        return format(r, null);
    }

    /**
     * The records of one subset ({@link EvaluationPlan#subsets()}), or all records when {@code subset} is null. A task
     * with no labelled record in the subset is left out.
     */
    public static String format(EvaluationResult r, String subset) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-24s %5s %-9s %-19s %-30s %-19s %-19s%n", "task", "n", "metric", "EnECG", "best single expert",
                "uniform avg", "constant"));
        for (TaskResult t : r.tasks()) {
            Map<String, MethodScores> methods = subset == null ? t.methods() : t.subsets().get(subset);
            int n = subset == null ? t.records() : t.subsetRecords().getOrDefault(subset, 0);
            if (methods == null || n == 0) continue;
            String pm = t.primaryMetric();
            String best = best(t, methods);
            boolean beats = beats(t, methods);
            sb.append(String.format(Locale.ROOT, "%-24s %5d %-9s %-19s %-30s %-19s %-19s%s%n", t.task().name(), n, pm, cell(methods.get(Methods.ENECG), pm),
                    best == null ? "-" : cell(methods.get(best), pm) + " " + Methods.expertOf(best),
                    cell(methods.get(Methods.UNIFORM), pm), cell(methods.get(Methods.CONSTANT), pm),
                    beats ? "" : "  ! does not beat the constant predictor"));
        }
        return sb.toString();
    }

    /** The expert-alone method with the best mean primary metric among {@code methods}, or null. */
    static String best(TaskResult t, Map<String, MethodScores> methods) {
        String best = null;
        for (Map.Entry<String, MethodScores> e : methods.entrySet()) {
            if (!Methods.isAlone(e.getKey())) continue;
            double v = e.getValue().mean(t.primaryMetric());
            if (Double.isNaN(v)) continue;
            if (best == null || better(t, v, methods.get(best).mean(t.primaryMetric()))) best = e.getKey();
        }
        return best;
    }

    private static boolean beats(TaskResult t, Map<String, MethodScores> methods) {
        MethodScores c = methods.get(Methods.CONSTANT);
        MethodScores m = methods.get(Methods.ENECG);
        if (c == null || m == null) return true;
        return better(t, m.mean(t.primaryMetric()), c.mean(t.primaryMetric()));
    }

    private static boolean better(TaskResult t, double a, double b) {
        return t.lowerIsBetter() ? a < b : a > b;
    }

    private static String cell(MethodScores s, String m) {
        return s == null ? "-" : Svg.fmt(s.mean(m)) + " ± " + Svg.fmt(s.std(m));
    }
}
