package org.enecg.data.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.enecg.data.CsvRow;
import org.enecg.data.CsvRows;
import org.enecg.data.LudbDiagnoses;

/**
 * LUDB's {@code ludb.csv}: one row per record with {@code ID, Sex, Age} and diagnosis columns whose cells hold
 * one statement per line (read with a real CSV parser: cells contain quoted newlines).
 */
public final class LudbTable {
    static final List<String> REQUIRED = List.of("ID", "Sex", "Age", LudbDiagnoses.RHYTHMS);
    static final List<String> DIAGNOSIS_COLUMNS = List.of(LudbDiagnoses.RHYTHMS, "Electric axis of the heart",
            LudbDiagnoses.CONDUCTION, LudbDiagnoses.EXTRASYSTOLIES, "Hypertrophies", LudbDiagnoses.PACING,
            LudbDiagnoses.ISCHEMIA, "Non-specific repolarization abnormalities", "Other states");

    /** One row: the record id, sex and age as written, and each diagnosis column's statements. */
    public record Entry(String id, int line, String sex, String age, Map<String, List<String>> diagnoses) {
        public List<String> statements(String column) { return diagnoses.getOrDefault(column, List.of()); }
    }

    private LudbTable() {}

    public static List<Entry> read(Path csv) throws IOException {
        List<Entry> out = new ArrayList<>();
        try (CsvRows rows = CsvRows.open(csv)) {
            rows.require(REQUIRED);
            while (rows.hasNext()) {
                CsvRow r = rows.next();
                Map<String, List<String>> dx = new LinkedHashMap<>();
                for (String c : DIAGNOSIS_COLUMNS) {
                    List<String> statements = new ArrayList<>();
                    for (String s : r.get(c).split("\\R")) if (!s.isBlank()) statements.add(s.strip());
                    dx.put(c, List.copyOf(statements));
                }
                out.add(new Entry(r.get("ID"), r.line(), r.get("Sex"), r.get("Age"), dx));
            }
        }
        return out;
    }
}
