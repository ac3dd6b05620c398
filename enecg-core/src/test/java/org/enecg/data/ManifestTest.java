package org.enecg.data;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTest {
    @TempDir Path dir;

    private static ManifestRow row(String id, String subject, String path, Map<String, String> labels) {
        return new ManifestRow(id, subject, path, 500, 5000, List.of("I", "II"), labels);
    }

    @Test
    void roundTripKeepsEveryFieldAndMissingLabels() throws IOException {
        Map<String, String> l1 = new LinkedHashMap<>();
        l1.put("age", "51");
        l1.put("note", "left axis, \"deviation\"\nsecond line");
        Map<String, String> l2 = new LinkedHashMap<>();
        l2.put("age", "");
        l2.put("note", "");
        Manifest m = Manifest.of(dir, List.of(
                row("ludb/1", "ludb/1", "data/1", l1),
                new ManifestRow("x/2", "s2", "data/2", 62.4725, 17, List.of("MLII"), l2)));
        Path f = dir.resolve("m.csv");
        m.write(f);
        Manifest back = Manifest.read(f);
        assertEquals(m.rows(), back.rows());
        assertEquals(List.of("age", "note"), back.labelColumns());
        assertTrue(Double.isNaN(back.rows().get(1).numericLabel("age")));
        assertEquals(51.0, back.rows().get(0).numericLabel("age"));
        assertEquals(dir.resolve("data/1").toAbsolutePath().normalize(), back.recordPath(back.rows().get(0)));
        assertTrue(Files.readString(f).startsWith("record_id,subject_id,path,fs,n_samples,leads,age,note\nludb/1,ludb/1,data/1,500,5000,I II,51,"));
    }

    @Test
    void writingElsewhereRewritesPathsRelativeToTheNewFolder() throws IOException {
        Manifest m = Manifest.of(dir, List.of(row("a", "a", "data/1", Map.of())));
        Path sub = dir.resolve("out/deeper/m.csv");
        m.write(sub);
        Manifest back = Manifest.read(sub);
        assertEquals("../../data/1", back.rows().get(0).path());
        assertEquals(dir.resolve("data/1").toAbsolutePath().normalize(), back.recordPath(back.rows().get(0)));
    }

    @Test
    void absolutePathsAreKeptWorking() throws IOException {
        Path f = dir.resolve("m.csv");
        Files.writeString(f, "record_id,subject_id,path,fs,n_samples,leads\nr1,s1," + dir.resolve("x/1") + ",500,10,I\n");
        Manifest m = Manifest.read(f);
        assertEquals(dir.resolve("x/1").toAbsolutePath(), m.recordPath(m.rows().get(0)));
    }

    @Test
    void missingColumnsAreNamedWithFileAndLine() throws IOException {
        Path f = dir.resolve("bad.csv");
        Files.writeString(f, "record_id,path,fs,leads\nr1,x,500,I\n");
        ManifestException e = assertThrows(ManifestException.class, () -> Manifest.read(f));
        assertTrue(e.getMessage().contains("bad.csv line 1: missing column(s) subject_id, n_samples"), e.getMessage());
    }

    @Test
    void duplicateRecordIdsNameBothLines() throws IOException {
        Path f = dir.resolve("dup.csv");
        Files.writeString(f, "record_id,subject_id,path,fs,n_samples,leads\nr1,s,a,500,1,I\nr2,s,b,500,1,I\nr1,s,c,500,1,I\n");
        ManifestException e = assertThrows(ManifestException.class, () -> Manifest.read(f));
        assertEquals(4, e.line());
        assertTrue(e.getMessage().contains("dup.csv line 4: duplicate record_id 'r1' (first on line 2)"), e.getMessage());
    }

    @Test
    void nonNumericFieldsAreNamed() throws IOException {
        Path f = dir.resolve("n.csv");
        Files.writeString(f, "record_id,subject_id,path,fs,n_samples,leads\nr1,s,a,fast,1,I\n");
        ManifestException e = assertThrows(ManifestException.class, () -> Manifest.read(f));
        assertTrue(e.getMessage().contains("n.csv line 2: record r1: fs is not a number: 'fast'"), e.getMessage());
        Files.writeString(f, "record_id,subject_id,path,fs,n_samples,leads\nr1,s,a,500,2.5,I\n");
        e = assertThrows(ManifestException.class, () -> Manifest.read(f));
        assertTrue(e.getMessage().contains("n_samples must be a whole number"), e.getMessage());
        Files.writeString(f, "record_id,subject_id,path,fs,n_samples,leads\nr1,,a,500,2,I\n");
        e = assertThrows(ManifestException.class, () -> Manifest.read(f));
        assertTrue(e.getMessage().contains("n.csv line 2: record r1: empty subject_id"), e.getMessage());
    }

    @Test
    void inMemoryDuplicatesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Manifest.of(dir, List.of(
                row("a", "s", "p", Map.of()), row("a", "t", "q", Map.of()))));
    }

    @Test
    void writeLeavesNoTemporaryFiles() throws IOException {
        Manifest.of(dir, List.of(row("a", "s", "p", Map.of()))).write(dir.resolve("m.csv"));
        try (var files = Files.list(dir)) {
            assertEquals(List.of("m.csv"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void concatKeepsEachSidesPathsAndUnionOfColumns() {
        Manifest a = Manifest.of(dir.resolve("a"), List.of(row("a1", "s", "r1", Map.of("age", "3"))));
        Manifest b = Manifest.of(dir.resolve("b"), List.of(row("b1", "t", "r1", Map.of("gender", "1"))));
        Manifest c = a.concat(b);
        assertEquals(List.of("age", "gender"), c.labelColumns());
        assertEquals(dir.resolve("a/r1").toAbsolutePath(), c.recordPath(c.rows().get(0)));
        assertEquals(dir.resolve("b/r1").toAbsolutePath(), c.recordPath(c.rows().get(1)));
        assertEquals("", c.rows().get(0).label("gender"));
    }

    @Test
    void windowStartsRoundTripAndAreOnlyWrittenWhenUsed() throws IOException {
        Path f = dir.resolve("w.csv");
        Manifest.of(dir, List.of(row("a", "s", "p", Map.of()))).write(f);
        assertFalse(Files.readString(f).contains("start"));
        Manifest w = Manifest.of(dir, List.of(
                new ManifestRow("100/0", "100", "100", 360, 3600, List.of("II"), Map.of("rr_interval", "800"), 0),
                new ManifestRow("100/1", "100", "100", 360, 3600, List.of("II"), Map.of("rr_interval", "790.5"), 3600)));
        w.write(f);
        assertTrue(Files.readString(f).startsWith("record_id,subject_id,path,fs,n_samples,leads,start,rr_interval\n"));
        assertEquals(w.rows(), Manifest.read(f).rows());
    }

    @Test
    void aRowWithItsStartCellSetIsAWindowAndAnEmptyCellAWholeRecord() throws IOException {
        Path f = dir.resolve("s.csv");
        Files.writeString(f, "record_id,subject_id,path,fs,n_samples,leads,start\nw0,s,r,360,3600,II,0\nwhole,s,q,360,650000,II,\n");
        Manifest m = Manifest.read(f);
        assertTrue(m.row("w0").orElseThrow().window(), "start 0 written: the first window");
        assertFalse(m.row("whole").orElseThrow().window());
        Path g = dir.resolve("s2.csv");
        m.write(g);
        assertTrue(Files.readString(g).endsWith(",0\nwhole,s,q,360,650000,II,\n"), Files.readString(g));
        assertEquals(m.rows(), Manifest.read(g).rows());
    }

    @Test
    void numbersAreWrittenInShortForm() {
        assertEquals("500", Manifest.formatNumber(500.0));
        assertEquals("1322.8", Manifest.formatNumber(1322.8));
        assertEquals("", Manifest.formatNumber(Double.NaN));
    }
}
