package org.enecg.data.importer;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.enecg.data.BatchResult.Skipped;
import org.enecg.data.ManifestRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Header-comment labels of real records, and each kind of bad input: reported and skipped, never fatal. */
class WfdbTreeImporterTest {
    static final Path LUDB = Path.of("data/bundled/ludb/data");
    static final Path CINC = Path.of("data/bundled/cinc2020-2021");
    @TempDir Path dir;

    private Path copy(Path srcDir, String name, String to, String... exts) throws IOException {
        Path d = Files.createDirectories(dir.resolve(to));
        for (String e : exts) Files.copy(srcDir.resolve(name + e), d.resolve(name + e));
        return d;
    }

    private ImportResult importTree() throws IOException { return new WfdbTreeImporter(new WfdbSource()).importFrom(dir); }

    @Test
    void ludbAndCincSpellingsOfHeaderLabels() throws IOException {
        copy(LUDB, "1", "a", ".hea", ".dat");
        copy(CINC.resolve("tuijalei-smoke/CPSC_CPSC-Extra"), "A0001", "b", ".hea", ".mat");
        copy(CINC.resolve("torch_ecg-cinc2021"), "E07500", "c", ".hea", ".mat");
        ImportResult r = importTree();
        assertEquals(List.of(), r.skipped());
        ManifestRow l1 = r.manifest().row("1").orElseThrow();
        assertEquals("a/1", l1.path());
        assertEquals("51", l1.label("age"));                        // #<age>: 51
        assertEquals("1", l1.label("gender"));                      // #<sex>: F
        assertEquals("Sinus bradycardia.", l1.label("rhythm"));     // #Rhythm: Sinus bradycardia.
        assertEquals("left axis deviation.", l1.label("electric_axis_of_the_heart"));
        assertEquals("", l1.label("report_label"), "no #Dx: no class from free text");
        ManifestRow a1 = r.manifest().row("A0001").orElseThrow();
        assertEquals("74", a1.label("age"));                        // #Age: 74
        assertEquals("0", a1.label("gender"));                      // #Sex: Male
        assertEquals("59118001", a1.label("dx"));
        assertEquals("", a1.label("report_label"), "RBBB only: no rhythm stated, the label is missing");
        assertEquals("Unknown", a1.label("rx"));                     // any # Key: value
        ManifestRow e = r.manifest().row("E07500").orElseThrow();
        assertEquals("78", e.label("age"));                         // # Age: 78
        assertEquals("1", e.label("report_label"));                 // # Dx: 67741000119109,426177001 (LAE, SB)
    }

    @Test
    void subjectIdComesFromAHeaderCommentNamingThePatientAndTheFallbackIsCounted() throws IOException {
        String[] comments = {"# Patient ID: p-17", "#subject_id=p-17", "#  SUBJECT :  s9", "# <subject>: 4 <age>: 60", "# Subject: unknown",
            "# nothing about the patient here"};
        for (int i = 0; i < comments.length; i++) { // record x<i> in folder r<i>, signals in 1.dat beside it
            Path d = copy(LUDB, "1", "r" + i, ".hea", ".dat");
            String header = Files.readString(d.resolve("1.hea")).replaceFirst("^1 ", "x" + i + " ");
            Files.writeString(d.resolve("x" + i + ".hea"), header + comments[i] + "\n");
            Files.delete(d.resolve("1.hea"));
        }
        ImportResult r = importTree();
        assertEquals(List.of(), r.skipped());
        List<String> subjects = r.manifest().rows().stream().map(ManifestRow::subjectId).toList();
        assertEquals(List.of("p-17", "p-17", "s9", "4", "x4", "x5"), subjects);
        assertFalse(r.manifest().labelColumns().contains("patient_id") || r.manifest().labelColumns().contains("subject"),
                "the subject is subject_id, not a label: " + r.manifest().labelColumns());
        assertEquals(new Skipped(dir.toString(), WfdbTreeImporter.subjectNote(4, 2)), r.notes().get(0));
        assertTrue(r.notes().get(0).toString().contains("4 record(s) from a header comment naming the patient or subject, 2 record(s)"
                + " without one use their record id"), r.notes().get(0).toString());
    }

    @Test
    void truncatedSignalFileIsSkippedNamingIt() throws IOException {
        copy(LUDB, "1", "a", ".hea", ".dat");
        Path d = copy(LUDB, "2", "a", ".hea", ".dat");
        byte[] dat = Files.readAllBytes(d.resolve("2.dat"));
        Files.write(d.resolve("2.dat"), java.util.Arrays.copyOf(dat, dat.length / 2));
        ImportResult r = importTree();
        assertEquals(1, r.manifest().size());
        assertSkipped(r, "2.hea", "2.dat");
    }

    @Test
    void headerOnlyReadingDoesNotSeeATruncatedSignalFile() throws IOException {
        Path d = copy(LUDB, "2", "a", ".hea", ".dat");
        byte[] dat = Files.readAllBytes(d.resolve("2.dat"));
        Files.write(d.resolve("2.dat"), java.util.Arrays.copyOf(dat, dat.length / 2));
        ImportResult r = new WfdbTreeImporter(new WfdbSource(false)).importFrom(dir);
        assertEquals(1, r.manifest().size(), "the documented price of --no-verify");
        assertEquals(5000, r.manifest().rows().get(0).nSamples());
    }

    @Test
    void missingSignalFileIsSkippedNamingIt() throws IOException {
        copy(LUDB, "1", "a", ".hea", ".dat");
        copy(LUDB, "2", "a", ".hea");
        ImportResult r = importTree();
        assertEquals(1, r.manifest().size());
        assertSkipped(r, "2.hea", "2.dat");
    }

    @Test
    void nonNumericHeaderFieldIsSkippedNamingTheValue() throws IOException {
        copy(LUDB, "1", "a", ".hea", ".dat");
        Path d = copy(LUDB, "2", "a", ".hea", ".dat");
        Files.writeString(d.resolve("2.hea"), Files.readString(d.resolve("2.hea")).replaceFirst("2 12 500 5000", "2 12 fast 5000"));
        ImportResult r = importTree();
        assertEquals(1, r.manifest().size());
        assertSkipped(r, "2.hea", "fast");
    }

    @Test
    void duplicateRecordNamesKeepTheFirstAndReportTheSecond() throws IOException {
        copy(LUDB, "1", "a", ".hea", ".dat");
        copy(LUDB, "1", "b", ".hea", ".dat");
        ImportResult r = importTree();
        assertEquals(1, r.manifest().size());
        assertEquals("a/1", r.manifest().rows().get(0).path());
        assertSkipped(r, "b/1.hea", "duplicate record name '1'");
    }

    @Test
    void unreadableMatFileIsSkippedNamingIt() throws IOException {
        Path d = copy(CINC.resolve("tuijalei-smoke/CPSC_CPSC-Extra"), "A0001", "c", ".hea", ".mat");
        copy(CINC.resolve("tuijalei-smoke/CPSC_CPSC-Extra"), "A0002", "c", ".hea", ".mat");
        Files.write(d.resolve("A0001.mat"), "this is not a MATLAB file at all".getBytes());
        ImportResult r = new CincImporter(new WfdbSource()).importFrom(dir);
        assertEquals(1, r.manifest().size());
        assertSkipped(r, "A0001.hea", "A0001.mat");
    }

    @Test
    void emptyFolderImportsNothingAndSaysSo() throws IOException {
        ImportResult r = importTree();
        assertTrue(r.nothingImported());
        assertEquals(1, r.skipped().size());
        assertTrue(r.skipped().get(0).message().contains("no WFDB header (.hea) files"), r.skipped().toString());
    }

    @Test
    void unreadableAgeIsANoteAndTheRecordStays() throws IOException {
        Path d = copy(LUDB, "1", "a", ".hea", ".dat");
        Files.writeString(d.resolve("1.hea"), Files.readString(d.resolve("1.hea")).replace("#<age>: 51", "#<age>: fifty-one"));
        ImportResult r = importTree();
        assertEquals(1, r.manifest().size());
        assertEquals("", r.manifest().rows().get(0).label("age"));
        assertEquals(2, r.notes().size(), "the subject-id line, then the age: " + r.notes());
        assertTrue(r.notes().get(1).toString().contains("1.hea") && r.notes().get(1).toString().contains("'fifty-one'"), r.notes().toString());
    }

    static void assertSkipped(ImportResult r, String pathEnd, String inMessage) {
        assertEquals(1, r.skipped().size(), r.skipped().toString());
        Skipped s = r.skipped().get(0);
        assertTrue(s.path().endsWith(pathEnd), s.toString());
        assertTrue(s.message().contains(inMessage), s.toString());
    }
}
