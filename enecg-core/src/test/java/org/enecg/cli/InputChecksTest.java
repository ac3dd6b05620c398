package org.enecg.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.enecg.data.Manifest;
import org.enecg.data.ManifestRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line's input and output rules (issue 13, "Inputs and outputs"): manifest rows checked against their
 * headers, empty paths refused, outputs that name an input refused before any work, unwritable outputs reported with
 * the reason before any work, exit codes 2 (usage) and 1 (failure). Records are copies of LUDB 1 and 2 in a temporary
 * folder, so a failing test cannot damage the bundled data.
 */
class InputChecksTest {
    static final List<String> LEADS = List.of("I", "II", "III", "aVR", "aVL", "aVF", "V1", "V2", "V3", "V4", "V5", "V6");

    @TempDir Path dir;
    Path records;

    @BeforeEach
    void copyRecords() throws IOException {
        records = Files.createDirectories(dir.resolve("records"));
        for (String n : List.of("1", "2")) {
            for (String e : List.of(".hea", ".dat")) Files.copy(Path.of("data/bundled/ludb/data", n + e), records.resolve(n + e));
        }
    }

    private ManifestRow row(String id, String record, double fs, int n, List<String> leads) {
        return new ManifestRow(id, id, records.resolve(record).toString(), fs, n, leads, Map.of("age", "50"));
    }

    private Path manifest(String name, ManifestRow... rows) throws IOException {
        Path f = dir.resolve(name);
        Manifest.of(dir, List.of("age"), List.of(rows)).write(f);
        return f;
    }

    private CliRun embed(Path manifest, Path cache) {
        return CliRun.of("embed", "--data", manifest.toString(), "--experts", "rhythm", "--cache", cache.toString(), "--no-progress", "--no-gate");
    }

    @Test
    void embedChecksEveryRowAgainstItsHeaderAndListsEachMismatch() throws IOException {
        List<String> swapped = new ArrayList<>(LEADS);
        swapped.set(0, "II");
        swapped.set(1, "I");
        Path m = manifest("m.csv", row("ok", "1", 500, 5000, LEADS), row("short", "2", 500, 2500, LEADS),
                row("rate", "2", 250, 5000, LEADS), row("order", "2", 500, 5000, swapped));
        CliRun r = embed(m, dir.resolve("cache"));
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("records: 4, embedded 1 (0 from cache, 1 computed), skipped 3"), r.out());
        assertTrue(r.out().contains("manifest row short does not match its header: n_samples is 2500 in the manifest, 5000 in the header"), r.out());
        assertTrue(r.out().contains("manifest row rate does not match its header: fs is 250 Hz in the manifest, 500 Hz in the header"), r.out());
        assertTrue(r.out().contains("manifest row order does not match its header: leads are II I III"), r.out());
    }

    @Test
    void aCachedRecordIsCheckedToo() throws IOException {
        Path cache = dir.resolve("cache");
        assertEquals(0, embed(manifest("good.csv", row("r", "1", 500, 5000, LEADS)), cache).exit());
        CliRun again = embed(manifest("bad.csv", row("r", "1", 500, 2500, LEADS)), cache);
        assertEquals(1, again.exit(), "nothing embedded is a failure");
        assertTrue(again.out().contains("n_samples is 2500 in the manifest, 5000 in the header"), again.out());
        assertTrue(again.err().contains("enecg embed: nothing was embedded (1 record(s) given, 1 skipped)"), again.err());
    }

    @Test
    void emptyPathsAreUsageErrors() throws IOException {
        Path m = manifest("m.csv", row("ok", "1", 500, 5000, LEADS));
        CliRun data = CliRun.of("embed", "--data", "", "--cache", dir.resolve("c").toString());
        assertEquals(2, data.exit());
        assertTrue(data.err().startsWith("enecg embed: --data: empty value; give a path"), data.err());
        CliRun cache = CliRun.of("embed", "--data", m.toString(), "--cache", "");
        assertEquals(2, cache.exit());
        assertTrue(cache.err().startsWith("enecg embed: --cache: empty value"), cache.err());
        assertEquals(2, CliRun.of("train", "--data", m.toString(), "--out", " ").exit());
        assertEquals(2, CliRun.of("signals", "").exit());
        assertFalse(Files.exists(dir.resolve("c")));
    }

    @Test
    void optionValuesNoRunCouldUseAreUsageErrorsBeforeAnyWork() throws IOException {
        String m = manifest("m.csv", row("ok", "1", 500, 5000, LEADS)).toString();
        String c = dir.resolve("c").toString(), out = dir.resolve("out").toString();
        List<List<String>> cases = List.of(
                List.of("train", "--data", m, "--cache", c, "--out", out, "--epochs", "0"),
                List.of("evaluate", "--data", m, "--cache", c, "--out", out, "--folds", "1"),
                List.of("embed", "--data", m, "--cache", c, "--experts", "nosuch"),
                List.of("predict", "--model", m, "--data", m, "--cache", c, "--out", "-", "--threads", "0"));
        List<String> says = List.of("--epochs must be at least 1, found 0", "--folds must be at least 2, found 1",
                "--experts: unknown expert 'nosuch'", "--threads must be at least 1, found 0");
        for (int i = 0; i < cases.size(); i++) {
            CliRun r = CliRun.of(cases.get(i).toArray(String[]::new));
            assertEquals(2, r.exit(), cases.get(i) + ": " + r.err());
            assertTrue(r.err().startsWith("enecg " + cases.get(i).get(0) + ": " + says.get(i)), r.err());
        }
        assertFalse(Files.exists(dir.resolve("c")), "nothing was embedded");
    }

    @Test
    void anUnwritableCacheSaysWhyBeforeAnyWork() throws IOException {
        Path m = manifest("m.csv", row("ok", "1", 500, 5000, LEADS));
        Path file = Files.writeString(dir.resolve("plain-file"), "x");
        CliRun r = embed(m, file.resolve("cache"));
        assertEquals(1, r.exit());
        assertTrue(r.err().startsWith("enecg: --cache " + file.resolve("cache") + ": cannot create the folder"), r.err());
        assertTrue(r.out().isEmpty(), "nothing embedded: " + r.out());
    }

    @Test
    void predictRefusesOutputsThatAreItsInputs() throws IOException {
        Path m = manifest("m.csv", row("ok", "1", 500, 5000, LEADS));
        Path model = Files.writeString(dir.resolve("model.enm"), "not read: the outputs are checked first");
        Path cache = dir.resolve("cache");
        for (Path out : List.of(m, model, records.resolve("1.hea"), records.resolve("1.dat"), records.resolve("1.csv"), cache.resolve("p.csv"))) {
            byte[] before = Files.exists(out) ? Files.readAllBytes(out) : null;
            CliRun r = CliRun.of("predict", "--model", model.toString(), "--data", m.toString(), "--cache", cache.toString(), "--out", out.toString());
            assertEquals(2, r.exit(), out + ": " + r.err());
            assertTrue(r.err().startsWith("enecg predict: --out " + out + ": refused, "), r.err());
            if (before != null) assertArrayEquals(before, Files.readAllBytes(out));
        }
    }

    @Test
    void trainChecksItsOutputBeforeTraining() throws IOException {
        Path m = manifest("m.csv", row("ok", "1", 500, 5000, LEADS));
        byte[] before = Files.readAllBytes(m);
        CliRun onManifest = CliRun.of("train", "--data", m.toString(), "--experts", "rhythm", "--cache", dir.resolve("c").toString(), "--out", m.toString());
        assertEquals(2, onManifest.exit());
        assertTrue(onManifest.err().startsWith("enecg train: --out " + m + ": refused, it is an input of this command"), onManifest.err());
        assertArrayEquals(before, Files.readAllBytes(m));
        Path file = Files.writeString(dir.resolve("plain-file"), "x");
        CliRun unwritable = CliRun.of("train", "--data", m.toString(), "--experts", "rhythm", "--cache", dir.resolve("c").toString(),
                "--out", file.resolve("model.enm").toString());
        assertEquals(1, unwritable.exit());
        assertTrue(unwritable.err().contains("cannot create the folder " + file), unwritable.err());
        assertFalse(unwritable.err().contains("embedded"), "no embedding before the check: " + unwritable.err());
    }

    @Test
    void trainRefusesARequestedTaskWithoutLabels() throws IOException {
        Path f = dir.resolve("nolabels.csv");
        Files.writeString(f, "record_id,subject_id,path,fs,n_samples,leads,age,gender\n"
                + "a,a," + records.resolve("1") + ",500,5000," + String.join(" ", LEADS) + ",,1\n"
                + "b,b," + records.resolve("2") + ",500,5000," + String.join(" ", LEADS) + ",,0\n");
        CliRun r = CliRun.of("train", "--data", f.toString(), "--tasks", "age", "--experts", "rhythm", "--cache", dir.resolve("c").toString(),
                "--out", dir.resolve("m.enm").toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("task age has no labels in " + f + ": column age is empty in all 2 records"), r.err());
        assertFalse(r.err().contains("embedded"), "refused before embedding: " + r.err());
    }

    @Test
    void trainListsTheLabelCellsItCouldNotRead() throws IOException {
        Manifest bundled = Manifest.read(Path.of("data/bundled/manifest.csv"));
        List<ManifestRow> rows = new ArrayList<>();
        for (ManifestRow r : bundled.rows().subList(0, 12)) rows.add(r.withPath(bundled.recordPath(r).toString()));
        rows.set(3, rows.get(3).withLabel("age", "abc"));
        rows.set(5, rows.get(5).withLabel("gender", "X"));
        Path m = dir.resolve("labels.csv");
        Manifest.of(dir, bundled.labelColumns(), rows).write(m);
        CliRun r = CliRun.of("train", "--data", m.toString(), "--tasks", "age,gender", "--experts", "rhythm", "--cache",
                dir.resolve("c").toString(), "--out", dir.resolve("m.enm").toString(), "--epochs", "2", "--head-width", "8");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("labels left out: 2:\n"), r.out());
        assertTrue(r.out().contains("record " + rows.get(3).recordId() + ": label age is not a number: 'abc'; left out of task age"), r.out());
        assertTrue(r.out().contains("record " + rows.get(5).recordId() + ": gender = 'X' is not a class of task gender"), r.out());
    }

    @Test
    void importRefusesToWriteOverARecordFile() throws IOException {
        byte[] before = Files.readAllBytes(records.resolve("1.hea"));
        CliRun r = CliRun.of("import", records.toString(), "--out", records.resolve("1.hea").toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("refused, it is a file of record " + records.resolve("1")), r.err());
        assertArrayEquals(before, Files.readAllBytes(records.resolve("1.hea")));
    }

    @Test
    void signalsPastTheEndOfATruncatedFileFailsUnlessLenient() {
        String rec = "enecg-core/src/test/resources/org/enecg/io/wfdb/bad/truncated";
        CliRun strict = CliRun.of("signals", rec, "--start", "900");
        assertEquals(1, strict.exit());
        assertTrue(strict.out().isEmpty(), "no rows printed: " + strict.out());
        assertTrue(strict.err().contains("truncated.dat") && strict.err().contains("the file is truncated"), strict.err());
        CliRun lenient = CliRun.of("signals", rec, "--start", "900", "--lenient");
        assertEquals(0, lenient.exit(), lenient.err());
        assertTrue(lenient.out().contains("\n900,NaN,NaN,NaN\n"), lenient.out());
        assertTrue(lenient.err().contains("warning: "), lenient.err());
    }
}
