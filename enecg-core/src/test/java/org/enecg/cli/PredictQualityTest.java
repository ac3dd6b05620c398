package org.enecg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.enecg.data.CsvRow;
import org.enecg.data.CsvRows;
import org.enecg.data.Manifest;
import org.enecg.data.ManifestRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code predict} with the quality columns: a model trained on a few bundled records answers a good record and an
 * acceptable one, refuses the poor fixtures (rows kept, task columns empty, reasons given), and answers them with
 * {@code --allow-poor-quality}, still marked poor. Expert: the built-in rhythm features only, to keep it quick.
 */
class PredictQualityTest {
    static final Path FIXTURES = Path.of("enecg-core/src/test/resources/org/enecg/signal/quality").toAbsolutePath();
    static final List<String> POOR = List.of("flat", "one-second", "lead-ii-invalid", "gain-zero");

    @TempDir static Path dir;
    static Path model;
    static Path data;
    static Path cache;

    /** A model on 12 LUDB records; a manifest of LUDB 2, the acceptable two-lead fixture and the poor fixtures. */
    @BeforeAll
    static void trainAndWriteTheManifest() throws Exception {
        Manifest bundled = Manifest.read(Path.of("data/bundled/manifest.csv"));
        List<ManifestRow> train = new ArrayList<>();
        for (ManifestRow r : bundled.rows()) {
            if (r.recordId().startsWith("ludb/") && train.size() < 12) train.add(r.withPath(bundled.recordPath(r).toAbsolutePath().toString()));
        }
        Path trainCsv = dir.resolve("train.csv");
        Manifest.of(dir, bundled.labelColumns(), train).write(trainCsv);
        cache = dir.resolve("cache");
        model = dir.resolve("m.enm");
        CliRun trained = CliRun.of("train", "--data", trainCsv.toString(), "--tasks", "age", "--experts", "rhythm", "--out", model.toString(),
                "--cache", cache.toString(), "--epochs", "2", "--head-width", "8", "--adaptation", "lora", "--gate-input", "constant");
        assertEquals(0, trained.exit(), trained.err());

        ManifestRow two = bundled.row("ludb/2").orElseThrow();
        List<ManifestRow> rows = new ArrayList<>();
        rows.add(two.withPath(bundled.recordPath(two).toAbsolutePath().toString()));
        Map<String, String> labels = new LinkedHashMap<>(two.labels());
        for (String f : List.of("two-leads-zero-filled", "flat", "one-second", "lead-ii-invalid", "gain-zero")) {
            rows.add(new ManifestRow("fixture/" + f, "fixture/" + f, FIXTURES.resolve(f).toString(), 500, f.equals("one-second") ? 500 : 5000,
                    two.leads(), labels));
        }
        data = dir.resolve("data.csv");
        Manifest.of(dir, bundled.labelColumns(), rows).write(data);
    }

    static List<CsvRow> rows(Path csv) throws Exception {
        List<CsvRow> out = new ArrayList<>();
        CsvRows.forEach(csv, out::add);
        return out;
    }

    @Test
    void poorRecordsAreRefusedButKeepTheirRowsWithTheirReasons() throws Exception {
        Path csv = dir.resolve("p.csv");
        CliRun r = CliRun.of("predict", "--model", model.toString(), "--data", data.toString(), "--out", csv.toString(), "--cache", cache.toString());
        assertEquals(0, r.exit(), r.err());
        List<CsvRow> rows = rows(csv);
        assertEquals(6, rows.size(), "one row per input record");
        assertEquals(List.of("ludb/2", "good"), List.of(rows.get(0).get("record_id"), rows.get(0).get("quality")));
        assertFalse(rows.get(0).get("age").isEmpty());
        assertEquals("acceptable", rows.get(1).get("quality"));
        assertTrue(rows.get(1).get("quality_reasons").startsWith("few_leads: only 2 of the 12 leads"), rows.get(1).get("quality_reasons"));
        assertFalse(rows.get(1).get("age").isEmpty(), "acceptable records are answered");
        for (int i = 2; i < 6; i++) {
            CsvRow row = rows.get(i);
            assertEquals("fixture/" + POOR.get(i - 2), row.get("record_id"));
            assertEquals("poor", row.get("quality"), row.toString());
            assertFalse(row.get("quality_reasons").isEmpty());
            assertEquals("", row.get("age"), "refused: no answer");
            assertEquals("", row.get("gate.age.rhythm"));
        }
        assertTrue(rows.get(2).get("quality_reasons").startsWith("no_usable_lead: "), rows.get(2).toString());
        assertTrue(rows.get(3).get("quality_reasons").startsWith("too_short: 1.00 s recorded, the experts read 10.0 s"), rows.get(3).toString());
        assertTrue(rows.get(4).get("quality_reasons").startsWith("rhythm_lead_unusable[II]: "), rows.get(4).toString());
        assertTrue(rows.get(5).get("quality_reasons").startsWith("uncalibrated: "), rows.get(5).toString());
        assertTrue(r.err().contains("quality: good 1, acceptable 1, poor 4"), r.err());
        assertTrue(r.err().contains("poor fixture/one-second: too_short: "), r.err());
        assertTrue(r.err().contains("predicted 2 of 6 records: 4 refused for poor quality, 0 unreadable"), r.err());
    }

    @Test
    void allowPoorQualityAnswersThemStillFlagged() throws Exception {
        Path csv = dir.resolve("all.csv");
        CliRun r = CliRun.of("predict", "--model", model.toString(), "--data", data.toString(), "--out", csv.toString(), "--cache", cache.toString(),
                "--allow-poor-quality");
        assertEquals(0, r.exit(), r.err());
        List<CsvRow> rows = rows(csv);
        assertEquals(6, rows.size());
        for (int i = 2; i < 6; i++) {
            assertEquals("poor", rows.get(i).get("quality"), rows.get(i).toString());
            assertFalse(rows.get(i).get("age").isEmpty(), "answered anyway: " + rows.get(i));
        }
        assertTrue(r.err().contains("predicted 6 of 6 records: 0 refused for poor quality"), r.err());
    }
}
