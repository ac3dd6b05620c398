package org.enecg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.enecg.expert.builtin.DLinearExpert;
import org.enecg.expert.builtin.DLinearFile;
import org.enecg.expert.builtin.MiniRocketFile;
import org.enecg.expert.builtin.RocketExpert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code enecg dlinear-train} and {@code enecg rocket-fit} on a small manifest with one unreadable record. */
class FitCommandsTest {

    @TempDir Path tmp;

    private static CliRun run(String... args) { return CliRun.of(args); }

    private Path manifest() throws IOException {
        Path ludb = Path.of("data/bundled/ludb/data").toAbsolutePath();
        Path m = tmp.resolve("manifest.csv");
        Files.write(m, List.of("record_id,subject_id,path,fs,n_samples,leads",
                "a,a," + ludb.resolve("1") + ",500,5000,I II",
                "b,b," + ludb.resolve("2") + ",500,5000,I II",
                "gone,gone," + tmp.resolve("nothing") + ",500,5000,I II"));
        return m;
    }

    @Test
    void dlinearTrainWritesWeightsTheExpertLoads() throws IOException {
        Path out = tmp.resolve("w.json");
        CliRun r = run("dlinear-train", "--data", manifest().toString(), "--out", out.toString(), "--lambda", "0.05");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("skipped " + tmp.resolve("nothing")), r.err());
        assertTrue(r.err().contains("2 records read, 1 skipped"), r.err());
        assertTrue(r.out().contains("12000 targets from 24 leads"), r.out()); // 2 records x 12 leads x (1000 - 500)
        DLinearFile f;
        try (InputStream in = Files.newInputStream(out)) {
            f = DLinearFile.read(in, out.toString());
        }
        assertEquals(0.05, f.lambda());
        assertEquals("2", f.provenance().get("records"));
        assertTrue(f.provenance().get("command").contains("--lambda 0.05"), f.provenance().toString());
        try (InputStream in = Files.newInputStream(out)) {
            assertNotEquals(new DLinearExpert().fingerprint().id(), DLinearExpert.of(in, out.toString()).fingerprint().id());
        }
    }

    @Test
    void rocketFitWritesParametersTheExpertLoads() throws IOException {
        Path out = tmp.resolve("r.json");
        CliRun r = run("rocket-fit", "--data", manifest().toString(), "--out", out.toString(), "--seed", "7");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("1008 features, 2 records, 2 windows"), r.out());
        MiniRocketFile f;
        try (InputStream in = Files.newInputStream(out)) {
            f = MiniRocketFile.read(in, out.toString());
        }
        assertEquals(7, f.seed());
        try (InputStream in = Files.newInputStream(out)) {
            assertNotEquals(new RocketExpert().fingerprint().id(), RocketExpert.of(in, out.toString()).fingerprint().id());
        }
    }

    @Test
    void sourcesKeepOnlyTheNamedDatabasesAndTheFileRecordsThem() throws IOException {
        Path m = tmp.resolve("mixed.csv");
        Path bundled = Path.of("data/bundled").toAbsolutePath();
        Files.write(m, List.of("record_id,subject_id,path,fs,n_samples,leads",
                "a,a," + bundled.resolve("ludb/data/1") + ",500,5000,I II",
                "g,g," + bundled.resolve("cinc2020-2021/torch_ecg-cinc2021/E07500") + ",500,5000,I II"));
        Path out = tmp.resolve("r.json");
        CliRun r = run("rocket-fit", "--data", m.toString(), "--sources", "Georgia", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("1 manifest rows from other sources left out"), r.err());
        assertTrue(r.out().contains("1 records"), r.out());
        MiniRocketFile f;
        try (InputStream in = Files.newInputStream(out)) {
            f = MiniRocketFile.read(in, out.toString());
        }
        assertEquals("Georgia", f.provenance().get("training_data"));
        assertTrue(f.provenance().get("command").contains("--sources Georgia"), f.provenance().toString());
        try (InputStream in = Files.newInputStream(out)) {
            assertEquals(List.of("Georgia"), RocketExpert.of(in, out.toString()).trainingData());
        }
        Path all = tmp.resolve("w.json");
        assertEquals(0, run("dlinear-train", "--data", m.toString(), "--out", all.toString()).exit());
        try (InputStream in = Files.newInputStream(all)) {
            assertEquals(List.of("Georgia", "LUDB"), DLinearExpert.of(in, all.toString()).trainingData(),
                    "without --sources every database fitted on is named");
        }
        CliRun bad = run("rocket-fit", "--data", m.toString(), "--sources", "Hospital X", "--out", tmp.resolve("x.json").toString());
        assertEquals(1, bad.exit());
        assertTrue(bad.err().contains("'Hospital X' is no known source database"), bad.err());
    }

    @Test
    void aParameterFileWithoutFittingDataNamesItAsUnrecorded() throws IOException {
        Path out = tmp.resolve("w.json");
        assertEquals(0, run("dlinear-train", "--data", manifest().toString(), "--out", out.toString()).exit());
        String text = Files.readString(out).replaceAll("\\s*\"training_data\" : \"[^\"]*\",", "");
        assertTrue(!text.contains("training_data"), text);
        try (InputStream in = new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
            assertEquals(List.of("unrecorded fitting data (" + manifest() + ")"), DLinearExpert.of(in, "old.json").trainingData());
        }
    }

    @Test
    void nothingToTrainOnIsAnError() throws IOException {
        Path m = tmp.resolve("empty.csv");
        Files.write(m, List.of("record_id,subject_id,path,fs,n_samples,leads", "gone,gone," + tmp.resolve("nothing") + ",500,5000,I"));
        CliRun r = run("dlinear-train", "--data", m.toString(), "--out", tmp.resolve("x.json").toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("nothing to train on"), r.err());
        assertTrue(!Files.exists(tmp.resolve("x.json")));
    }
}
