package org.enecg.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.enecg.signal.quality.QualityGrade;
import org.enecg.signal.quality.RecordQuality;

/**
 * The quality of a batch for people: records per grade, records per reason code, and every poor record with its
 * reasons (as batches list skipped records).
 *
 * @param grades records per grade, every grade present (0 when none)
 * @param codes  records per reason code (a record counts once per code), sorted by code
 * @param poor   the poor records, in batch order
 */
public record QualitySummary(Map<QualityGrade, Integer> grades, Map<String, Integer> codes, List<RecordQuality> poor) {
    public QualitySummary {
        grades = Collections.unmodifiableMap(new EnumMap<>(grades));
        codes = Collections.unmodifiableMap(new TreeMap<>(codes));
        poor = List.copyOf(poor);
    }

    public static QualitySummary of(List<RecordQuality> qualities) {
        Map<QualityGrade, Integer> g = new EnumMap<>(QualityGrade.class);
        for (QualityGrade k : QualityGrade.values()) g.put(k, 0);
        Map<String, Integer> c = new TreeMap<>();
        List<RecordQuality> poor = new ArrayList<>();
        for (RecordQuality q : qualities) {
            g.merge(q.grade(), 1, Integer::sum);
            for (String code : q.codes()) c.merge(code, 1, Integer::sum);
            if (q.grade() == QualityGrade.POOR) poor.add(q);
        }
        return new QualitySummary(g, c, poor);
    }

    /** {@code quality: good 280, acceptable 38, poor 2} */
    public String countsLine() {
        return "quality: good " + grades.get(QualityGrade.GOOD) + ", acceptable " + grades.get(QualityGrade.ACCEPTABLE)
                + ", poor " + grades.get(QualityGrade.POOR);
    }

    /** The counts, the records per reason code, then one line per poor record: {@code poor <id>: <reasons>}. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add(countsLine());
        if (!codes.isEmpty()) {
            StringBuilder b = new StringBuilder("quality reasons (records):");
            codes.forEach((k, v) -> b.append(' ').append(k).append(' ').append(v).append(','));
            b.setLength(b.length() - 1);
            out.add(b.toString());
        }
        for (RecordQuality q : poor) out.add("poor " + q.recordId() + ": " + q.reasonsText());
        return out;
    }
}
