package org.enecg.signal.quality;

import java.util.Locale;

/**
 * How far a record can be trusted, in increasing order of trouble. {@link #POOR} means the record cannot support
 * an answer (the prediction path refuses it unless told otherwise); {@link #ACCEPTABLE} means answers are given but
 * something is off (flagged).
 */
public enum QualityGrade {
    GOOD, ACCEPTABLE, POOR;

    /** The lower-case word written in CSV and JSON ({@code good}, {@code acceptable}, {@code poor}). */
    public String label() { return name().toLowerCase(Locale.ROOT); }

    /** The worse of two grades. */
    public QualityGrade worst(QualityGrade other) { return other.ordinal() > ordinal() ? other : this; }

    @Override public String toString() { return label(); }
}
