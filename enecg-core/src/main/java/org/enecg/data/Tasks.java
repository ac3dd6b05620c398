package org.enecg.data;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The task registry: the paper's five tasks (DESIGN.md section 5), the bundled data's stand-in for the
 * potassium flag, and {@code name:type:column} for any other manifest column.
 */
public final class Tasks {
    /** Mean RR interval in milliseconds. */
    public static final Task RR_INTERVAL = Task.regression("rr_interval", "rr_interval", "ms");
    /** Age in years. */
    public static final Task AGE = Task.regression("age", "age", "years");
    /** 0 male, 1 female. */
    public static final Task GENDER = Task.binary("gender", "gender", "male", "female");
    /** Potassium abnormal (MIMIC-IV lab flag): 0 normal, 1 abnormal. */
    public static final Task FLAG = Task.binary("flag", "flag", "normal", "abnormal");
    /** The 15 machine-report classes of {@link ReportLabel}. */
    public static final Task REPORT_LABEL = Task.multiclass("report_label", "report_label", ReportLabel.classNames());
    /**
     * Any AV, bundle branch, fascicular, intraventricular or sinoatrial block (0 no, 1 yes): the binary
     * clinical task of the bundled data, where no potassium values exist (docs/datasets.md says why this one).
     */
    public static final Task CONDUCTION_ABNORMALITY =
            Task.binary("conduction_abnormality", "conduction_abnormality", "no", "yes");

    private static final List<Task> PAPER = List.of(RR_INTERVAL, AGE, GENDER, FLAG, REPORT_LABEL);
    private static final List<Task> BUILT_IN = List.of(RR_INTERVAL, AGE, GENDER, FLAG, REPORT_LABEL, CONDUCTION_ABNORMALITY);

    private Tasks() {}

    /** The paper's five tasks, in its order. */
    public static List<Task> paper() { return PAPER; }

    /** Every task known by name. */
    public static List<Task> builtIn() { return BUILT_IN; }

    public static Optional<Task> named(String name) {
        for (Task t : BUILT_IN) if (t.name().equals(name)) return Optional.of(t);
        return Optional.empty();
    }

    /** The built-in tasks whose label column the manifest has: what {@code --tasks} means when not given. */
    public static List<Task> defaultsFor(Manifest manifest) {
        List<Task> out = new ArrayList<>();
        for (Task t : BUILT_IN) if (manifest.hasColumn(t.column())) out.add(t);
        return out;
    }

    /** Parses a comma-separated list of task specs (see {@link #parse}). */
    public static List<Task> parseList(String specs, Manifest manifest) {
        List<Task> out = new ArrayList<>();
        for (String s : specs.split(",")) {
            if (!s.isBlank()) out.add(parse(s.trim(), manifest));
        }
        if (out.isEmpty()) throw new IllegalArgumentException("no task given in '" + specs + "'");
        return out;
    }

    /**
     * A built-in task by name ({@code age}), or {@code name:type:column} for any column of the manifest, type
     * {@code regression}, {@code binary} or {@code multiclass}. For a multiclass column the classes are the
     * distinct non-empty values found, sorted (numerically when all are numbers); for a binary column the
     * values must be {@code 0}/{@code 1} or exactly two distinct values, the first in sorted order being class 0.
     */
    public static Task parse(String spec, Manifest manifest) {
        String[] parts = spec.split(":", -1);
        if (parts.length == 1) {
            Task t = named(spec).orElseThrow(() -> new IllegalArgumentException("unknown task '" + spec
                    + "'; built-in tasks are " + names() + ", or give name:type:column"));
            requireColumn(t, manifest);
            return t;
        }
        if (parts.length != 3 || parts[0].isBlank() || parts[2].isBlank()) {
            throw new IllegalArgumentException("task '" + spec + "' must be a built-in name or name:type:column");
        }
        String name = parts[0].trim();
        TaskType type = TaskType.parse(parts[1]);
        String column = parts[2].trim();
        if (!manifest.hasColumn(column)) {
            throw new IllegalArgumentException("task " + name + ": the manifest has no column '" + column
                    + "'; its label columns are " + manifest.labelColumns());
        }
        switch (type) {
            case REGRESSION:
                for (ManifestRow r : manifest.rows()) r.numericLabel(column); // fails naming the record
                return Task.regression(name, column, "");
            case BINARY: {
                List<String> values = distinctValues(manifest, column);
                if (values.size() > 2) {
                    throw new IllegalArgumentException("task " + name + ": binary column " + column + " has "
                            + values.size() + " distinct values " + preview(values));
                }
                if (values.isEmpty() || isZeroOne(values)) return Task.binary(name, column, "0", "1");
                if (values.size() == 1) {
                    throw new IllegalArgumentException("task " + name + ": column " + column + " has one value only: " + values);
                }
                return Task.binary(name, column, values.get(0), values.get(1));
            }
            default: {
                List<String> values = distinctValues(manifest, column);
                if (values.size() < 2) {
                    throw new IllegalArgumentException("task " + name + ": multiclass column " + column
                            + " needs at least 2 distinct values, found " + values);
                }
                return Task.multiclass(name, column, values);
            }
        }
    }

    private static void requireColumn(Task t, Manifest m) {
        if (!m.hasColumn(t.column())) {
            throw new IllegalArgumentException("task " + t.name() + " needs column '" + t.column()
                    + "', which the manifest lacks; its label columns are " + m.labelColumns());
        }
    }

    /** Distinct non-empty values of a column, numerically sorted when all are numbers, else as text. */
    static List<String> distinctValues(Manifest m, String column) {
        TreeSet<String> text = new TreeSet<>();
        for (ManifestRow r : m.rows()) {
            String v = r.label(column);
            if (!v.isEmpty()) text.add(v);
        }
        List<String> out = new ArrayList<>(text);
        if (out.stream().allMatch(Tasks::isNumber)) out.sort(Comparator.comparing(BigDecimal::new));
        return out;
    }

    private static boolean isZeroOne(List<String> values) {
        for (String v : values) if (!isNumber(v) || (new BigDecimal(v).compareTo(BigDecimal.ZERO) != 0
                && new BigDecimal(v).compareTo(BigDecimal.ONE) != 0)) return false;
        return true;
    }

    static boolean isNumber(String s) {
        try {
            new BigDecimal(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String preview(List<String> v) {
        return v.size() <= 6 ? v.toString() : v.subList(0, 6) + " ...";
    }

    private static String names() {
        List<String> n = new ArrayList<>();
        for (Task t : BUILT_IN) n.add(t.name());
        return String.join(", ", n).toLowerCase(Locale.ROOT);
    }
}
