package org.enecg.signal.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The quality of one record: its grade, every finding that led to it, and what was measured (absent when the record
 * could not be read at all). Immutable; the prediction path, the commands and the HTTP answers all carry this value.
 *
 * @param recordId the record
 * @param grade    the worst grade of its reasons; {@link QualityGrade#GOOD} when there are none
 * @param reasons  findings, record-level ones first, then per lead in file order
 * @param measures what was measured, or null for a record that could not be read
 */
public record RecordQuality(String recordId, QualityGrade grade, List<QualityReason> reasons, RecordMeasures measures) {
    /** The code of the reason given to a record that could not be read or embedded. */
    public static final String UNREADABLE = "unreadable";

    public RecordQuality {
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(grade, "grade");
        reasons = List.copyOf(reasons);
        QualityGrade worst = QualityGrade.GOOD;
        for (QualityReason r : reasons) worst = worst.worst(r.grade());
        if (worst != grade) throw new IllegalArgumentException("grade " + grade + " is not the worst of its reasons (" + worst + ")");
    }

    /** The grade its reasons give. */
    public static RecordQuality of(String recordId, List<QualityReason> reasons, RecordMeasures measures) {
        QualityGrade g = QualityGrade.GOOD;
        for (QualityReason r : reasons) g = g.worst(r.grade());
        return new RecordQuality(recordId, g, reasons, measures);
    }

    /** A record that could not be read (or embedded): poor, with the problem as its reason. */
    public static RecordQuality unreadable(String recordId, String problem) {
        return of(recordId, List.of(QualityReason.record(UNREADABLE, QualityGrade.POOR, problem)), null);
    }

    /** This record with one more finding (e.g. from the embedding run), graded again. */
    public RecordQuality with(QualityReason extra) {
        List<QualityReason> all = new ArrayList<>(reasons);
        all.add(extra);
        return of(recordId, all, measures);
    }

    public Optional<RecordMeasures> measured() { return Optional.ofNullable(measures); }

    /** Whether the record can support an answer: not {@link QualityGrade#POOR}. */
    public boolean answerable() { return grade != QualityGrade.POOR; }

    /** The distinct codes of its reasons, in order. */
    public List<String> codes() {
        List<String> c = new ArrayList<>();
        for (QualityReason r : reasons) if (!c.contains(r.code())) c.add(r.code());
        return c;
    }

    /** Every reason as {@code code[lead]: text}, joined by {@code " | "} (the predictions CSV's {@code quality_reasons}). */
    public String reasonsText() {
        List<String> s = new ArrayList<>();
        for (QualityReason r : reasons) s.add(r.toString());
        return String.join(" | ", s);
    }
}
