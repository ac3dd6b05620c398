package org.enecg.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What each left-out expert ({@link EvaluationPlan#ablations()}) adds to the ensemble, per task, on all records and
 * on each subset: the expert alone, the ensemble without it, the ensemble with it (EnECG), and the gain of having it
 * (positive = better with it), all on the task's primary metric (mean over folds).
 */
public final class Contributions {
    private Contributions() {}

    /**
     * One expert on one task, on all records ({@code subset} null) or one subset.
     *
     * @param gain improvement of the primary metric with the expert: {@code without - with} for MAE,
     *             {@code with - without} for F1; NaN when undefined
     */
    public record Row(String expert, String task, String subset, int records, String metric, double alone, double without,
                      double with, double gain) {}

    /** Every (ablated expert, task, all records and each subset) row, expert-major. */
    public static List<Row> of(EvaluationResult r) {
        List<Row> rows = new ArrayList<>();
        for (String x : r.plan().ablations()) {
            for (TaskResult t : r.tasks()) {
                rows.add(row(x, t, null, t.records(), t.methods()));
                for (Map.Entry<String, Map<String, MethodScores>> s : t.subsets().entrySet()) {
                    rows.add(row(x, t, s.getKey(), t.subsetRecords().get(s.getKey()), s.getValue()));
                }
            }
        }
        return rows;
    }

    private static Row row(String x, TaskResult t, String subset, int records, Map<String, MethodScores> methods) {
        String m = t.primaryMetric();
        double alone = mean(methods.get(Methods.alone(x)), m);
        double without = mean(methods.get(Methods.without(x)), m);
        double with = mean(methods.get(Methods.ENECG), m);
        double gain = t.lowerIsBetter() ? without - with : with - without;
        return new Row(x, t.task().name(), subset, records, m, alone, without, with, gain);
    }

    private static double mean(MethodScores s, String metric) {
        return s == null ? Double.NaN : s.mean(metric);
    }

    /** A plain-text table for a terminal (empty without ablations). */
    public static String format(EvaluationResult r) {
        List<Row> rows = of(r);
        if (rows.isEmpty()) return "";
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-24s %-24s %-10s %6s %-5s %9s %9s %9s %9s%n", "expert", "task", "records", "n", "metric",
                "alone", "without", "with", "gain"));
        for (Row w : rows) {
            sb.append(String.format(Locale.ROOT, "%-24s %-24s %-10s %6d %-5s %9s %9s %9s %9s%n", w.expert(), w.task(),
                    w.subset() == null ? "all" : w.subset(), w.records(), w.metric(), Svg.fmt(w.alone()), Svg.fmt(w.without()),
                    Svg.fmt(w.with()), signed(w.gain())));
        }
        return sb.toString();
    }

    static String signed(double v) {
        if (!Double.isFinite(v)) return "–";
        return (v > 0 ? "+" : "") + Svg.fmt(v);
    }
}
