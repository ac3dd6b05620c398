package org.enecg.data;

import java.util.List;

/**
 * Turns a task's manifest column into numbers: the regression value, or the class index. A class cell is
 * either one of the task's class names (columns given as {@code name:multiclass:column}) or the class index
 * itself (built-in tasks, whose manifests hold {@code 0..K-1}). Empty cells are missing labels (NaN).
 */
public final class TaskLabels {
    private TaskLabels() {}

    /** One value per manifest row, NaN where the label is missing; a bad cell is an error naming the record. */
    public static double[] of(Task task, Manifest manifest) {
        List<ManifestRow> rows = manifest.rows();
        double[] out = new double[rows.size()];
        for (int i = 0; i < out.length; i++) out[i] = value(task, rows.get(i));
        return out;
    }

    /**
     * Every task's labels, one value per manifest row (task name → values, in task order). A cell that cannot be read
     * (a class that is not one of the task's) leaves that record out of that task only: NaN, and a note naming it.
     */
    public static java.util.Map<String, double[]> lenient(List<Task> tasks, Manifest manifest, java.util.function.Consumer<String> notes) {
        java.util.Map<String, double[]> byTask = new java.util.LinkedHashMap<>();
        for (Task t : tasks) {
            double[] v = new double[manifest.size()];
            for (int i = 0; i < v.length; i++) {
                try {
                    v[i] = value(t, manifest.rows().get(i));
                } catch (IllegalArgumentException e) {
                    v[i] = Double.NaN;
                    notes.accept(e.getMessage() + "; left out of task " + t.name());
                }
            }
            byTask.put(t.name(), v);
        }
        return byTask;
    }

    public static double value(Task task, ManifestRow row) {
        String cell = row.label(task.column());
        if (cell.isEmpty()) return Double.NaN;
        if (task.type() == TaskType.REGRESSION) return row.numericLabel(task.column());
        int byName = task.classNames().indexOf(cell);
        if (byName >= 0) return byName;
        try {
            double d = Double.parseDouble(cell);
            if (d == Math.rint(d) && d >= 0 && d < task.classNames().size()) return d;
        } catch (NumberFormatException e) {
            // fall through to the error
        }
        throw new IllegalArgumentException("record " + row.recordId() + ": " + task.column() + " = '" + cell
                + "' is not a class of task " + task.name() + " (0.." + (task.classNames().size() - 1)
                + " or one of " + task.classNames() + ")");
    }
}
