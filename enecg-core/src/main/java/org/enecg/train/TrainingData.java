package org.enecg.train;

import java.util.List;
import java.util.Objects;
import org.enecg.cache.EmbeddingRows;
import org.enecg.data.Task;

/**
 * What training and cross-validation read: the embedding table, the labels and subject of each row, the tasks,
 * and a description of the gate input (stored in the model file; e.g. JSON naming leads, samples and
 * preprocessing).
 *
 * @param table     expert outputs and gate input per record (in memory or read from the cache's files)
 * @param labels    labels per task, aligned with the table's rows
 * @param subjects  subject id per row; null or blank means the record is its own subject
 * @param tasks     the tasks to learn
 * @param gateInput description of the gate input
 */
public record TrainingData(EmbeddingRows table, Labels labels, List<String> subjects, List<Task> tasks, String gateInput) {
    public TrainingData {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(subjects, "subjects");
        tasks = List.copyOf(tasks);
        Objects.requireNonNull(gateInput, "gateInput");
        if (tasks.isEmpty()) throw new IllegalArgumentException("no tasks to learn");
        if (subjects.size() != table.size()) {
            throw new IllegalArgumentException(subjects.size() + " subject ids for " + table.size() + " records");
        }
        if (table.nExperts() == 0) throw new IllegalArgumentException("the table has no experts");
        java.util.Set<String> names = new java.util.HashSet<>();
        for (Task t : tasks) if (!names.add(t.name())) throw new IllegalArgumentException("task '" + t.name() + "' given twice");
        labels.validate(tasks, table.recordIds());
        subjects = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(subjects));
    }

    /**
     * The table's rows with labels and subjects given per row of another list (a manifest, a benchmark's records),
     * matched by record id: a table record missing from the source has no labels and is its own subject.
     *
     * @param sourceIds      record ids in source order (unique)
     * @param labelsBySource task name → one label per source row
     * @param subjects       one subject id per source row
     */
    public static TrainingData aligned(EmbeddingRows table, List<String> sourceIds, java.util.Map<String, double[]> labelsBySource,
                                       List<String> subjects, List<Task> tasks, String gateInput) {
        Labels labels = Labels.aligned(table.recordIds(), sourceIds, labelsBySource);
        java.util.Map<String, String> subjectOf = new java.util.HashMap<>();
        for (int i = 0; i < sourceIds.size(); i++) subjectOf.put(sourceIds.get(i), subjects.get(i));
        List<String> s = new java.util.ArrayList<>(table.size());
        for (String id : table.recordIds()) s.add(subjectOf.get(id));
        return new TrainingData(table, labels, s, tasks, gateInput);
    }

    /** The same data seen through only the named experts (in that order). */
    public TrainingData withExperts(List<String> experts) {
        return new TrainingData(table.withExperts(experts), labels, subjects, tasks, gateInput);
    }

    /** The subject of a row: its id, or {@code record:<record id>} when it has none. */
    public String subjectOf(int row) {
        String s = subjects.get(row);
        return s == null || s.isBlank() ? "record:" + table.recordIds().get(row) : s;
    }
}
