package org.enecg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.enecg.data.Manifest;
import org.enecg.data.ManifestRow;
import org.enecg.model.ModelJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** enecg stability on a model trained on 10 LUDB records: every task and variant reported, records left out counted. */
class StabilityCommandTest {

    @Test
    void reportsEveryTaskAndVariantAgainstItsTarget(@TempDir Path dir) throws Exception {
        Manifest bundled = Manifest.read(Path.of("data/bundled/manifest.csv"));
        List<ManifestRow> rows = new ArrayList<>();
        for (ManifestRow r : bundled.rows()) {
            if (r.recordId().startsWith("ludb/") && rows.size() < 10) rows.add(r.withPath(bundled.recordPath(r).toAbsolutePath().toString()));
        }
        Path manifest = dir.resolve("m.csv");
        Manifest.of(dir, bundled.labelColumns(), rows).write(manifest);
        Path model = dir.resolve("m.enm");
        CliRun trained = CliRun.of("train", "--data", manifest.toString(), "--tasks", "age,gender", "--experts", "rhythm,spectral",
                "--out", model.toString(), "--cache", dir.resolve("cache").toString(), "--epochs", "2");
        assertEquals(0, trained.exit(), trained.err());

        Path out = dir.resolve("stability");
        CliRun r = CliRun.of("stability", "--model", model.toString(), "--data", manifest.toString(), "--out", out.toString(),
                "--variants", "250hz,500hz,12s,7.3s", "--threads", "2");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("| age | 250hz | 10 |"), r.out());
        assertTrue(r.out().contains("- 500hz: 10 records left out"), "the records' own rate changes nothing: " + r.out());
        assertTrue(r.out().contains("- 12s: 10 records left out"), "a crop longer than the records changes nothing: " + r.out());
        JsonNode j = ModelJson.MAPPER.readTree(Files.readString(out.resolve("stability.json")));
        assertEquals(10, j.get("records").asInt());
        assertEquals(8, j.get("shifts").size(), "2 tasks x 4 variants");
        for (JsonNode s : j.get("shifts")) {
            boolean applied = s.get("variant").asText().equals("250hz") || s.get("variant").asText().equals("7.3s");
            assertEquals(applied ? 10 : 0, s.get("records").asInt(), s.toString());
            if (s.get("task").asText().equals("age") && applied) {
                double mean = s.get("mean_abs_change").asDouble(), max = s.get("max_abs_change").asDouble();
                assertTrue(mean >= 0 && mean <= max && max < 100, s.toString());
                assertEquals(mean <= 1.0, s.get("met").asBoolean(), s.toString());
            }
            if (s.get("task").asText().equals("gender") && applied) {
                assertEquals(s.get("flips").asInt() / 10.0, s.get("flip_rate").asDouble(), 1e-12);
            }
        }
        assertTrue(Files.readString(out.resolve("stability.md")).startsWith("# Prediction stability"));

        CliRun overwrite = CliRun.of("stability", "--model", model.toString(), "--data", manifest.toString(), "--out", manifest.toString());
        assertEquals(2, overwrite.exit(), "--out naming the manifest is refused before any work: " + overwrite.err());
        assertTrue(overwrite.err().contains("it is an input of this command"), overwrite.err());

        CliRun bad = CliRun.of("stability", "--model", model.toString(), "--data", manifest.toString(), "--out", out.toString(),
                "--variants", "fast");
        assertEquals(1, bad.exit());
        assertTrue(bad.err().contains("variant 'fast': write a rate as 400hz or a length as 7.3s"), bad.err());
    }
}
