package org.enecg.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.enecg.data.Task;
import org.enecg.model.Prediction;
import org.enecg.model.TaskOutput;

/**
 * Predictions as CSV, one row per record: {@code record_id}; per regression task its value in the label's unit
 * ({@code age}); per classification task the class index ({@code gender}), its name ({@code gender.class}) and
 * each class probability ({@code gender.p.male}, class names as lower-case words joined by {@code _}); then the gate
 * weight of every expert for every task ({@code gate.<task>.<expert>}). Values have six significant digits,
 * probabilities and weights six decimals.
 */
public final class PredictionCsv {
    private PredictionCsv() {}

    /** The header columns for these tasks and experts. */
    public static List<String> header(List<Task> tasks, List<String> experts) {
        List<String> h = new ArrayList<>();
        h.add("record_id");
        for (Task t : tasks) {
            h.add(t.name());
            if (!t.type().isClassification()) continue;
            h.add(t.name() + ".class");
            for (String c : classColumns(t)) h.add(t.name() + ".p." + c);
        }
        for (Task t : tasks) for (String e : experts) h.add("gate." + t.name() + "." + e);
        return h;
    }

    /** The whole file: header and one line per prediction. */
    public static String format(List<Task> tasks, List<String> experts, List<Prediction> predictions) {
        StringBuilder sb = new StringBuilder();
        line(sb, header(tasks, experts));
        return sb.append(lines(tasks, experts, predictions)).toString();
    }

    /** The header line alone. */
    public static String headerLine(List<Task> tasks, List<String> experts) {
        StringBuilder sb = new StringBuilder();
        line(sb, header(tasks, experts));
        return sb.toString();
    }

    /** One line per prediction, no header (a file written a chunk of records at a time). */
    public static String lines(List<Task> tasks, List<String> experts, List<Prediction> predictions) {
        StringBuilder sb = new StringBuilder();
        for (Prediction p : predictions) {
            List<String> cells = new ArrayList<>();
            cells.add(p.recordId());
            for (Task t : tasks) {
                TaskOutput o = p.task(t.name());
                if (!t.type().isClassification()) {
                    cells.add(number(o.value()));
                    continue;
                }
                int k = (int) o.value();
                cells.add(Integer.toString(k));
                cells.add(t.classNames().get(k));
                for (double v : o.probabilities()) cells.add(share(v));
            }
            for (Task t : tasks) {
                TaskOutput o = p.task(t.name());
                for (String e : experts) cells.add(share(o.gateWeights().get(e)));
            }
            line(sb, cells);
        }
        return sb.toString();
    }

    /** Class names as column-name words: lower case, runs of other characters as one {@code _}; index if taken. */
    static List<String> classColumns(Task t) {
        List<String> out = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (int k = 0; k < t.classNames().size(); k++) {
            String c = t.classNames().get(k).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
            if (c.isEmpty() || !used.add(c)) c = Integer.toString(k);
            out.add(c);
        }
        return out;
    }

    /** Six significant digits, plain notation, no trailing zeros. */
    static String number(double v) {
        if (!Double.isFinite(v)) return "";
        String s = new java.math.BigDecimal(v).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    /** A probability or weight: six decimals, no trailing zeros. */
    static String share(double v) {
        if (!Double.isFinite(v)) return "";
        String s = java.math.BigDecimal.valueOf(v).setScale(6, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
        return s.startsWith("-0") && s.replace("-", "").replace("0", "").replace(".", "").isEmpty() ? "0" : s;
    }

    private static void line(StringBuilder sb, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) sb.append(',');
            String c = cells.get(i);
            boolean quote = c.contains(",") || c.contains("\"") || c.contains("\n");
            sb.append(quote ? "\"" + c.replace("\"", "\"\"") + "\"" : c);
        }
        sb.append('\n');
    }
}
