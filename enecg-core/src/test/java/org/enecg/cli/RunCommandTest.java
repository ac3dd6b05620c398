package org.enecg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.enecg.model.ModelJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code enecg run}: the main job's wiring on all 320 bundled records (bundled data, every task, 3 folds, seed 42,
 * each pretrained expert ablated, the unseen subsets), with two fast experts instead of the default eight to keep the
 * suite quick. The full default job runs in CI ({@code .ci/run}).
 */
class RunCommandTest {

    @Test
    void runCrossValidatesTheBundledDataAndWritesTheReport(@TempDir Path tmp) throws Exception {
        CommandLine cl = EnecgCommand.commandLine();
        StringWriter out = new StringWriter(), err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        Path dir = tmp.resolve("report");
        int exit = cl.execute("run", "--experts", "rhythm,rhythm-leadii-cinc2020", "--cache", tmp.resolve("cache").toString(), "--out", dir.toString());
        assertEquals(0, exit, err.toString());
        String o = out.toString();
        // two CinC records hold identical signals: the second may come from the cache the first just filled
        assertTrue(o.startsWith("data: bundled, 320 records, 320 embedded (") && o.lines().findFirst().orElse("").endsWith(" 0 skipped"), o);
        List<String> tasks = List.of("rr_interval", "age", "gender", "report_label", "conduction_abnormality");
        for (String t : tasks) assertTrue(o.lines().anyMatch(l -> l.startsWith(t + " ")), t);
        assertTrue(o.contains("\nunseen (records from databases no expert was trained on)\n"), o);
        assertTrue(o.contains("\nLUDB (unseen source database)\n"), o);
        assertTrue(o.lines().anyMatch(l -> l.startsWith("rhythm-leadii-cinc2020   gender")), "ablation of the pretrained expert: " + o);
        assertTrue(err.toString().contains("model 1/"), "progress on stderr");

        JsonNode root = ModelJson.MAPPER.readTree(dir.resolve("report.json").toFile());
        assertEquals(new ArrayList<>(tasks), iterate(root.get("tasks").fieldNames()));
        assertEquals(42, root.get("provenance").get("seed").asInt());
        assertEquals(3, root.get("provenance").get("folds").asInt());
        assertEquals("rhythm-leadii-cinc2020", root.get("provenance").get("ablations").get(0).asText());
        assertEquals(200, root.get("tasks").get("rr_interval").get("n_records").asInt(), "rr_interval: the LUDB records");
        assertEquals(200, root.get("tasks").get("gender").get("subsets").get("LUDB").get("n_records").asInt());
        assertEquals(250, root.get("tasks").get("gender").get("subsets").get("unseen").get("n_records").asInt());
        assertEquals(3, root.get("training").get("enecg").size());
        assertTrue(Files.size(dir.resolve("report.html")) > 10_000);
    }

    private static List<String> iterate(java.util.Iterator<String> it) {
        List<String> l = new ArrayList<>();
        it.forEachRemaining(l::add);
        return l;
    }
}
