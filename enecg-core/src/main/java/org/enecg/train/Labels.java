package org.enecg.train;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.enecg.data.Task;

/**
 * Labels of every task, aligned with the rows of an embedding table: one {@code double[]} per task name, NaN
 * where a record has no label (it is then left out of that task only). Regression labels are in the task's
 * unit; classification labels are class indices 0..K-1.
 */
public final class Labels {
    private final Map<String, double[]> byTask;

    public Labels(Map<String, double[]> byTask) {
        Map<String, double[]> copy = new LinkedHashMap<>();
        byTask.forEach((k, v) -> copy.put(k, v.clone()));
        this.byTask = Collections.unmodifiableMap(copy);
    }

    /**
     * Labels given per row of another list (e.g. a manifest, from {@code TaskLabels.of}) re-ordered to a table's
     * rows by record id; a table record missing from the source gets NaN (no label).
     *
     * @param tableIds  record ids in table order
     * @param sourceIds record ids in source order (unique)
     * @param bySource  task name → one label per source row
     */
    public static Labels aligned(List<String> tableIds, List<String> sourceIds, Map<String, double[]> bySource) {
        Map<String, Integer> at = new java.util.HashMap<>();
        for (int i = 0; i < sourceIds.size(); i++) {
            if (at.put(sourceIds.get(i), i) != null) throw new IllegalArgumentException("record id " + sourceIds.get(i) + " appears twice in the labels");
        }
        Map<String, double[]> out = new LinkedHashMap<>();
        bySource.forEach((task, values) -> {
            if (values.length != sourceIds.size()) {
                throw new IllegalArgumentException("task '" + task + "': " + values.length + " labels for " + sourceIds.size() + " records");
            }
            double[] v = new double[tableIds.size()];
            for (int r = 0; r < v.length; r++) {
                Integer i = at.get(tableIds.get(r));
                v[r] = i == null ? Double.NaN : values[i];
            }
            out.put(task, v);
        });
        return new Labels(out);
    }

    /** The labels of a task (a copy). */
    public double[] of(String task) {
        double[] v = byTask.get(task);
        if (v == null) throw new IllegalArgumentException("no labels for task '" + task + "'; have " + byTask.keySet());
        return v.clone();
    }

    public boolean has(String task) { return byTask.containsKey(task); }

    /**
     * Checks that every task has one label per row and that each label fits its task.
     *
     * @param recordIds the table's record ids, to name the record in errors
     */
    public void validate(List<Task> tasks, List<String> recordIds) {
        for (Task t : tasks) {
            double[] v = byTask.get(t.name());
            if (v == null) throw new IllegalArgumentException("no labels for task '" + t.name() + "'; have " + byTask.keySet());
            if (v.length != recordIds.size()) {
                throw new IllegalArgumentException("task '" + t.name() + "': " + v.length + " labels for " + recordIds.size() + " records");
            }
            for (int r = 0; r < v.length; r++) {
                double y = v[r];
                if (Double.isNaN(y)) continue;
                if (Double.isInfinite(y)) {
                    throw new IllegalArgumentException("task '" + t.name() + "', record " + recordIds.get(r) + ": label is infinite");
                }
                if (t.type().isClassification() && (y != Math.rint(y) || y < 0 || y >= t.outputSize())) {
                    throw new IllegalArgumentException("task '" + t.name() + "', record " + recordIds.get(r) + ": label " + y
                            + " is not a class index 0.." + (t.outputSize() - 1));
                }
            }
        }
    }

    /** Number of non-NaN labels of a task among the given rows. */
    public int count(String task, int[] rows) {
        double[] v = byTask.get(task);
        int n = 0;
        for (int r : rows) if (!Double.isNaN(v[r])) n++;
        return n;
    }
}
