package org.enecg.data;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every row of docs/report-label-mapping.md is a test case, and every entry of the code's mapping tables
 * must appear in the document: the table users read is the table the code runs.
 */
class ReportLabelMappingTableTest {
    static final Path DOC = Path.of("docs/report-label-mapping.md");
    static final Path MAPS = Path.of("data/bundled/cinc2020-2021/label-maps");

    record Row(int line, String source, String input, String finding, String cls) {
        @Override public String toString() { return "line " + line + ": " + source + " | " + input; }
    }

    static List<Row> rows() throws IOException {
        List<Row> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(DOC);
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).trim();
            if (!l.startsWith("|")) continue;
            String[] c = l.substring(1, l.length() - 1).split("\\|", -1);
            if (c.length != 4) continue;
            String src = c[0].trim();
            if (!Set.of("mimic", "snomed", "ludb", "snomed-set", "flag").contains(src)) continue;
            out.add(new Row(i + 1, src, c[1].trim(), c[2].trim(), c[3].trim()));
        }
        return out;
    }

    static Stream<Row> tableRows() throws IOException { return rows().stream(); }

    private static int leadingInt(String s) { return Integer.parseInt(s.split("\\s+")[0]); }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tableRows")
    void codeAgreesWithTheDocumentedRow(Row r) {
        switch (r.source()) {
            case "mimic":
                assertEquals(ReportLabel.ofIndex(leadingInt(r.cls())), MachineReport.classifyStatement(r.input()), r.toString());
                break;
            case "snomed": {
                String code = r.input();
                // snomed rows: input | Challenge name | finding
                assertEquals(r.cls(), SnomedCodes.RHYTHM.get(code) == null ? "—" : SnomedCodes.RHYTHM.get(code).name(), r.toString());
                break;
            }
            case "snomed-set": {
                // "—": no code states the rhythm, so the label is missing (not class 14)
                Optional<ReportLabel> expected = r.cls().equals("—") ? Optional.empty() : Optional.of(ReportLabel.ofIndex(leadingInt(r.cls())));
                assertEquals(expected, SnomedCodes.reportLabel(Arrays.asList(r.input().split(","))), r.toString());
                break;
            }
            case "ludb": {
                int colon = r.input().indexOf(": ");
                String column = r.input().substring(0, colon);
                String statement = r.input().substring(colon + 2);
                Optional<RhythmFinding> f = LudbDiagnoses.finding(column, statement);
                assertEquals(r.finding(), f.map(Enum::name).orElse("—"), r.toString());
                break;
            }
            case "flag":
                assertEquals("conduction_abnormality = 1", r.cls(), r.toString());
                assertTrue(SnomedCodes.conductionAbnormality(List.of(r.input())), r.toString());
                break;
            default: fail("unknown source " + r.source());
        }
    }

    @Test
    void theDocumentHasEveryKindOfRow() throws IOException {
        Map<String, Integer> n = new HashMap<>();
        for (Row r : rows()) n.merge(r.source(), 1, Integer::sum);
        assertTrue(n.getOrDefault("mimic", 0) >= 14, n.toString());
        assertTrue(n.getOrDefault("snomed-set", 0) >= 20, n.toString());
        assertTrue(rows().stream().anyMatch(r -> r.source().equals("snomed-set") && r.cls().equals("—")),
                "at least one set of codes that states no rhythm (a missing label)");
        assertEquals(SnomedCodes.RHYTHM.size(), n.get("snomed"), "one row per SNOMED code in SnomedCodes.RHYTHM");
        assertEquals(SnomedCodes.CONDUCTION.size(), n.get("flag"), "one row per conduction code");
    }

    @Test
    void everyMachineStatementClassIsDocumented() throws IOException {
        Set<ReportLabel> seen = new HashSet<>();
        for (Row r : rows()) if (r.source().equals("mimic")) seen.add(ReportLabel.ofIndex(leadingInt(r.cls())));
        assertEquals(Set.of(ReportLabel.values()), seen, "each of the 15 classes has a MIMIC example row");
    }

    @Test
    void everyLudbStatementOfTheCodeIsDocumented() throws IOException {
        Set<String> documented = new HashSet<>();
        for (Row r : rows()) if (r.source().equals("ludb")) documented.add(LudbDiagnoses.normalise(r.input()));
        List<String> missing = new ArrayList<>();
        LudbDiagnoses.RHYTHM_STATEMENTS.keySet().forEach(k -> { if (!documented.contains("rhythms: " + k)) missing.add(k); });
        LudbDiagnoses.PACING_STATEMENTS.keySet().forEach(k -> { if (!documented.contains("cardiac pacing: " + k)) missing.add(k); });
        LudbDiagnoses.CONDUCTION_STATEMENTS.keySet().forEach(k -> { if (!documented.contains("conduction abnormalities: " + k)) missing.add(k); });
        assertEquals(List.of(), missing);
    }

    /** The names in the document are the Challenge's own: a typo in a code would show up here. */
    @Test
    void snomedRowsNameTheCodeAsTheChallengeLabelMapsDo() throws IOException {
        Map<String, String> abbrev = new HashMap<>();
        for (String f : List.of("dx_mapping_scored.csv", "dx_mapping_unscored.csv")) {
            CsvRows.forEach(MAPS.resolve(f), r -> abbrev.put(r.get("SNOMEDCTCode"), r.get("Abbreviation") + " (" + r.get("Dx") + ")"));
        }
        for (Row r : rows()) {
            if (!r.source().equals("snomed") && !r.source().equals("flag")) continue;
            assertEquals(abbrev.get(r.input()), r.finding(), r.toString());
        }
    }
}
