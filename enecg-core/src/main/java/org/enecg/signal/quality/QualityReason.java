package org.enecg.signal.quality;

import java.util.Objects;
import java.util.Optional;

/**
 * One finding about a record: a short machine-readable code ({@code flat}, {@code too_short}, ...; the list is in
 * docs/signal-quality.md), the lead it concerns (empty for the whole record), the grade it implies and a sentence
 * for people.
 *
 * @param code  lower-case code, stable across versions
 * @param lead  the lead's label ({@code II}, {@code V3}) for a per-lead finding, else null
 * @param grade the grade this finding alone gives the record
 * @param text  what was found, with the numbers, in words
 */
public record QualityReason(String code, String lead, QualityGrade grade, String text) {
    public QualityReason {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(text, "text");
        if (!code.matches("[a-z][a-z0-9_]*")) throw new IllegalArgumentException("reason code must be lower-case words joined by _, found '" + code + "'");
    }

    /** A finding about the whole record. */
    public static QualityReason record(String code, QualityGrade grade, String text) { return new QualityReason(code, null, grade, text); }

    /** A finding about one lead. */
    public static QualityReason lead(String code, String lead, QualityGrade grade, String text) {
        return new QualityReason(code, Objects.requireNonNull(lead, "lead"), grade, text);
    }

    public Optional<String> leadLabel() { return Optional.ofNullable(lead); }

    /** {@code code[lead]: text} (or {@code code: text}): the form written in the predictions CSV and printed summaries. */
    @Override public String toString() { return code + (lead != null ? "[" + lead + "]" : "") + ": " + text; }
}
