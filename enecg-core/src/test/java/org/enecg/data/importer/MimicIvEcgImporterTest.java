package org.enecg.data.importer;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.enecg.data.ManifestRow;
import org.enecg.io.LeadName;
import org.enecg.io.Record;
import org.enecg.io.wfdb.WfdbReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The MIMIC-IV-ECG importer on the fixture (see its README: MIMIC's layout and columns, LUDB signals). */
class MimicIvEcgImporterTest {
    static final Path FIXTURE = MimicTablesTest.FIXTURE;

    private static ImportResult importFixture(double windowHours) throws IOException {
        return new MimicIvEcgImporter(new WfdbSource(), FIXTURE.resolve("hosp/patients.csv"),
                FIXTURE.resolve("hosp/labevents.csv"), windowHours).importFrom(FIXTURE);
    }

    private static ManifestRow row(ImportResult r, String id) { return r.manifest().row(id).orElseThrow(); }

    @Test
    void importsEveryStudyWithItsLabels() throws IOException {
        ImportResult r = importFixture(12);
        assertEquals(5, r.manifest().size());
        assertEquals(List.of(), r.skipped());
        ManifestRow s1 = row(r, "40000001");
        assertEquals("10000001", s1.subjectId());
        assertEquals("files/p1000/p10000001/s40000001/40000001", s1.path());
        assertEquals(List.of("I", "II", "III", "aVR", "aVF", "aVL", "V1", "V2", "V3", "V4", "V5", "V6"), s1.leads());
        assertEquals(500.0, s1.fs());
        assertEquals(5000, s1.nSamples());
        assertEquals("1323", s1.label("rr_interval"));
        assertEquals("1", s1.label("report_label"));      // "Sinus bradycardia"
        assertEquals("51", s1.label("age"));
        assertEquals("51", s1.label("age_at_ecg"));
        assertEquals("1", s1.label("gender"));            // F
        assertEquals("1", s1.label("flag"));              // 5.9 abnormal, 2 h before (the normal one is 5 h after)
        assertEquals("5.9", s1.label("potassium"));
        assertEquals("-38", s1.label("qrs_axis"));
        ManifestRow s2 = row(r, "40000002");
        assertEquals("10000001", s2.subjectId());
        assertEquals("0", s2.label("report_label"));
        assertEquals("52", s2.label("age_at_ecg"), "anchor_age 51 in 2180, ECG in 2181");
        assertEquals("", s2.label("flag"), "only a result 3 days later");
        ManifestRow s3 = row(r, "40000003");
        assertEquals("", s3.label("report_label"), "no machine report");
        assertEquals("", s3.label("rr_interval"));
        assertEquals("0", s3.label("flag"), "whole-blood potassium 4.0, not flagged");
        assertEquals("0", s3.label("gender"));
        ManifestRow s4 = row(r, "40000004");
        assertEquals("3", s4.label("report_label"));
        assertEquals("", s4.label("p_onset"), "29999 = not measured");
        assertEquals("", s4.label("p_axis"));
        ManifestRow s5 = row(r, "40000005");
        assertEquals("5", s5.label("report_label"));     // "Sinus rhythm with 1st degree A-V block"
        assertEquals("", s5.label("age"), "subject not in patients.csv");
        assertTrue(r.notes().stream().anyMatch(n -> n.message().contains("1 value(s) of p_onset are 29999")), r.notes().toString());
        assertTrue(r.notes().stream().anyMatch(n -> n.message().contains("subject 10010004 not in patients.csv")), r.notes().toString());
    }

    @Test
    void theLabWindowDecidesWhichResultCounts() throws IOException {
        assertEquals("", row(importFixture(1), "40000001").label("flag"), "nearest result is 2 h away");
        assertEquals("1", row(importFixture(2), "40000001").label("flag"));
        assertEquals("1", row(importFixture(24 * 4), "40000002").label("flag"), "the 3-days-later result is inside 4 days");
    }

    @Test
    void withoutHospTablesAgeGenderAndFlagStayEmpty() throws IOException {
        ImportResult r = new MimicIvEcgImporter(new WfdbSource()).importFrom(FIXTURE);
        assertEquals(5, r.manifest().size());
        for (ManifestRow row : r.manifest().rows()) {
            assertEquals("", row.label("age"));
            assertEquals("", row.label("flag"));
        }
    }

    @Test
    void fixtureSignalsAreTheLudbRecordsRescaled() throws IOException {
        Record mimic = WfdbReader.read(FIXTURE.resolve("files/p1000/p10000001/s40000001/40000001"));
        Record ludb = WfdbReader.read(Path.of("data/bundled/ludb/data/1"));
        for (LeadName l : LeadName.values()) {
            float[] a = mimic.lead(l).orElseThrow().samples(), b = ludb.lead(l).orElseThrow().samples();
            for (int i = 0; i < a.length; i++) {
                assertEquals(b[i], a[i], 0.5 / 200 + 1e-4, l + " sample " + i); // rounding to 200 units/mV
            }
        }
    }

    @Test
    void headerOnlyReadingGivesTheSameManifest() throws IOException {
        ImportResult full = importFixture(12);
        ImportResult headers = new MimicIvEcgImporter(new WfdbSource(false), FIXTURE.resolve("hosp/patients.csv"),
                FIXTURE.resolve("hosp/labevents.csv"), 12).importFrom(FIXTURE);
        assertEquals(full.manifest().rows(), headers.manifest().rows());
    }

    @Test
    void aMissingRecordIsSkippedAndTheRestImported(@TempDir Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(FIXTURE)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path t = dir.resolve(FIXTURE.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t); else Files.copy(p, t);
            }
        }
        Files.delete(dir.resolve("files/p1000/p10000002/s40000003/40000003.dat"));
        ImportResult r = new MimicIvEcgImporter(new WfdbSource()).importFrom(dir);
        assertEquals(4, r.manifest().size());
        assertEquals(1, r.skipped().size());
        assertTrue(r.skipped().get(0).toString().contains("40000003.dat"), r.skipped().toString());
    }
}
