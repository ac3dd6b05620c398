package org.enecg.data.importer;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.enecg.data.ManifestRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The authors' JSON-lines layout, pointing (with their machine's paths) at the MIMIC-shaped fixture. */
class JsonLinesImporterTest {
    @TempDir Path dir;

    @Test
    void readsLabelsDrops29999AndReportsBadLines() throws IOException {
        String base = "/local/scratch/yxu81/mimic-iv-ecg/files/p1000/p10000001/";
        Path f = dir.resolve("rr_interval.jsonl");
        Files.writeString(f, String.join("\n",
                "{\"subject_id\": 10000001, \"ecg_path\": \"" + base + "s40000001/40000001\", \"rr_interval\": 1323, \"age\": 51, \"gender\": 1, \"flag\": 1, \"report_label\": 1}",
                "{\"subject_id\": 10000001, \"ecg_path\": \"" + base + "s40000002/40000002\", \"rr_interval\": 29999, \"gender\": \"F\", \"report_label\": 0}",
                "{\"subject_id\": 10000001, \"ecg_path\": ",
                "{\"subject_id\": 10000009, \"ecg_path\": \"" + base + "s49999999/49999999\", \"age\": 40}",
                "{\"subject_id\": 10000001, \"ecg_path\": \"" + base + "s40000001/40000001\", \"age\": 51}",
                "{\"ecg_path\": \"" + base + "s40000002/40000002\"}",
                ""));
        ImportResult r = new JsonLinesImporter(new WfdbSource(), MimicTablesTest.FIXTURE.toAbsolutePath()).importFrom(f);
        assertEquals(2, r.manifest().size());
        ManifestRow a = r.manifest().row("40000001").orElseThrow();
        assertEquals("10000001", a.subjectId());
        assertEquals("1323", a.label("rr_interval"));
        assertEquals("1", a.label("flag"));
        assertEquals(500.0, a.fs());
        ManifestRow b = r.manifest().row("40000002").orElseThrow();
        assertEquals("", b.label("rr_interval"), "29999 dropped as the authors do");
        assertEquals("1", b.label("gender"), "F");
        assertEquals(4, r.skipped().size(), r.skipped().toString());
        assertTrue(r.skipped().get(0).toString().contains("line 3: not valid JSON"), r.skipped().toString());
        assertTrue(r.skipped().get(1).toString().contains("line 4") && r.skipped().get(1).message().contains("record not found"));
        assertTrue(r.skipped().get(2).toString().contains("line 5") && r.skipped().get(2).message().contains("duplicate record name"));
        assertTrue(r.skipped().get(3).toString().contains("line 6") && r.skipped().get(3).message().contains("needs subject_id and ecg_path"));
        assertTrue(r.notes().stream().anyMatch(n -> n.message().contains("1 value(s) of rr_interval are 29999")), r.notes().toString());
    }

    @Test
    void anEmptyFileImportsNothing() throws IOException {
        Path f = Files.writeString(dir.resolve("e.jsonl"), "");
        ImportResult r = new JsonLinesImporter(new WfdbSource(), null).importFrom(f);
        assertTrue(r.nothingImported());
        assertTrue(r.skipped().get(0).message().contains("empty file"));
    }
}
