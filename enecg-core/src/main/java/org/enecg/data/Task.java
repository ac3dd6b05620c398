package org.enecg.data;

import java.util.List;
import java.util.Objects;

/**
 * A prediction task: a name, a type, the manifest column holding its label, and for classification the
 * class names (index = class label). Labels in a manifest are numbers: a regression value in {@link #unit()},
 * or a class index. A missing label is an empty cell, read as NaN, and leaves that record out of this task only.
 *
 * @param name       task name used in reports and on the command line, e.g. {@code age}
 * @param type       regression, binary or multiclass
 * @param column     manifest column with the label
 * @param classNames class names for classification tasks (binary: two), empty for regression
 * @param unit       unit of a regression label (e.g. {@code ms}, {@code years}); empty otherwise
 */
public record Task(String name, TaskType type, String column, List<String> classNames, String unit) {

    public Task {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(column, "column");
        classNames = List.copyOf(classNames);
        unit = unit == null ? "" : unit;
        if (type == TaskType.BINARY && classNames.size() != 2) {
            throw new IllegalArgumentException("task " + name + ": a binary task needs 2 class names, found " + classNames.size());
        }
        if (type == TaskType.MULTICLASS && classNames.size() < 2) {
            throw new IllegalArgumentException("task " + name + ": a multiclass task needs at least 2 classes, found " + classNames.size());
        }
        if (type == TaskType.REGRESSION && !classNames.isEmpty()) {
            throw new IllegalArgumentException("task " + name + ": a regression task has no classes");
        }
    }

    /** Number of outputs of a head: 1 for regression, the number of classes otherwise. */
    public int outputSize() { return type == TaskType.REGRESSION ? 1 : classNames.size(); }

    public static Task regression(String name, String column, String unit) {
        return new Task(name, TaskType.REGRESSION, column, List.of(), unit);
    }

    public static Task binary(String name, String column, String negative, String positive) {
        return new Task(name, TaskType.BINARY, column, List.of(negative, positive), "");
    }

    public static Task multiclass(String name, String column, List<String> classes) {
        return new Task(name, TaskType.MULTICLASS, column, classes, "");
    }
}
