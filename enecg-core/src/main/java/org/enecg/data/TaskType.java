package org.enecg.data;

import java.util.Locale;

/** How a task's label is predicted and scored. */
public enum TaskType {
    /** A real number (MSE loss; MAE and MSE reported in the label's own unit). */
    REGRESSION,
    /** Two classes, 0 and 1 (cross-entropy; accuracy, macro precision/recall/F1, AUROC). */
    BINARY,
    /** K classes, 0..K-1 (cross-entropy; the same metrics, macro-averaged). */
    MULTICLASS;

    public boolean isClassification() { return this != REGRESSION; }

    /** Parses {@code regression}, {@code binary}, {@code multiclass} (any case; {@code reg}, {@code bin} too). */
    public static TaskType parse(String s) {
        switch (s.trim().toLowerCase(Locale.ROOT)) {
            case "regression": case "reg": return REGRESSION;
            case "binary": case "bin": return BINARY;
            case "multiclass": case "classification": case "class": return MULTICLASS;
            default: throw new IllegalArgumentException(
                    "unknown task type '" + s + "'; expected regression, binary or multiclass");
        }
    }

    @Override public String toString() { return name().toLowerCase(Locale.ROOT); }
}
