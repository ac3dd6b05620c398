package org.enecg.eval;

import java.util.Locale;

/** A plain-text table of the headline numbers, for a terminal. */
public final class SummaryTable {
    private SummaryTable() {}

    public static String format(EvaluationResult r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-16s %-9s %-19s %-30s %-19s %-19s%n", "task", "metric", "EnECG", "best single expert", "uniform avg",
                "constant"));
        for (TaskResult t : r.tasks()) {
            String pm = t.primaryMetric();
            String best = t.bestSingleExpert();
            sb.append(String.format(Locale.ROOT, "%-16s %-9s %-19s %-30s %-19s %-19s%s%n", t.task().name(), pm, cell(t.methods().get(Methods.ENECG), pm),
                    best == null ? "-" : cell(t.methods().get(best), pm) + " " + Methods.expertOf(best),
                    cell(t.methods().get(Methods.UNIFORM), pm), cell(t.methods().get(Methods.CONSTANT), pm),
                    t.beatsConstant(Methods.ENECG) ? "" : "  ! does not beat the constant predictor"));
        }
        return sb.toString();
    }

    private static String cell(MethodScores s, String m) {
        return s == null ? "-" : Svg.fmt(s.mean(m)) + " ± " + Svg.fmt(s.std(m));
    }
}
