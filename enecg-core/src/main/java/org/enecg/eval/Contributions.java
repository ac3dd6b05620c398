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

    /**
     * A plain-text table for a terminal (empty without ablations): one line per expert and task, with the expert
     * alone, the ensemble without and with it on all records, and the gain on all records and on each subset.
     */
    public static String format(EvaluationResult r) {
        List<Row> rows = of(r);
        if (rows.isEmpty()) return "";
        List<String> subsets = new ArrayList<>(r.plan().subsets().keySet());
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-24s %-24s %-5s %9s %9s %9s %9s", "expert", "task", "metric", "alone", "without", "with", "gain"));
        for (String s : subsets) sb.append(String.format(Locale.ROOT, " %12s", abbreviate("gain " + s, 12)));
        sb.append('\n');
        for (Row w : rows) {
            if (w.subset() != null) continue;
            sb.append(String.format(Locale.ROOT, "%-24s %-24s %-5s %9s %9s %9s %9s", w.expert(), w.task(), w.metric(), Svg.fmt(w.alone()),
                    Svg.fmt(w.without()), Svg.fmt(w.with()), signed(w.gain())));
            for (String s : subsets) {
                Row sub = null;
                for (Row x : rows) if (x.expert().equals(w.expert()) && x.task().equals(w.task()) && s.equals(x.subset())) sub = x;
                sb.append(String.format(Locale.ROOT, " %12s", sub == null ? "–" : signed(sub.gain())));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String abbreviate(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n);
    }

    /** A gain with its sign; a value that rounds to zero is "0" (no "-0.0000"). */
    static String signed(double v) {
        if (!Double.isFinite(v)) return "–";
        String f = Svg.fmt(v);
        if (f.matches("-?0\\.0*")) return "0";
        return (v > 0 ? "+" : "") + f;
    }
}
