package org.enecg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.enecg.cache.ExpertRegistry;
import org.enecg.data.CsvRow;
import org.enecg.data.CsvRows;
import org.enecg.data.Manifest;
import org.enecg.data.ManifestRow;
import org.enecg.model.EnEcgModel;
import org.enecg.model.ModelFile;
import org.enecg.model.ModelJson;
import org.enecg.model.Prediction;
import org.enecg.pipeline.ExpertSet;
import org.enecg.pipeline.Pipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code enecg evaluate}, {@code train} and {@code predict} on real bundled records (12 LUDB, 12 CinC) with two of the
 * pretrained ONNX experts, a record whose file is missing and a record without an age: stdout, stderr and exit codes.
 * Few epochs and narrow heads keep it quick; the numbers are not the point here.
 */
class PipelineCommandsTest {

    static final String EXPERTS = "rhythm-leadii-cinc2020,xceptiontime-ptbxl";
    static final List<String> QUICK = List.of("--epochs", "4", "--head-width", "16", "--adaptation", "lora", "--gate-input", "constant");

    @TempDir static Path shared;
    static Path manifest;
    static Path cache;

    private static CliRun run(List<String> args) { return CliRun.of(args.toArray(String[]::new)); }

    private static List<String> args(String... a) {
        return new ArrayList<>(List.of(a));
    }

    /** 24 bundled records, one more whose file does not exist, and ludb/2 without its age. */
    @BeforeAll
    static void smallManifest() throws Exception {
        Manifest bundled = Manifest.read(Path.of("data/bundled/manifest.csv"));
        List<ManifestRow> rows = new ArrayList<>();
        for (ManifestRow r : bundled.rows()) {
            boolean ludb = r.recordId().startsWith("ludb/") && rows.stream().filter(x -> x.recordId().startsWith("ludb/")).count() < 12;
            boolean georgia = r.recordId().startsWith("cinc/E075") && rows.stream().filter(x -> x.recordId().startsWith("cinc/")).count() < 12;
            if (!ludb && !georgia) continue;
            ManifestRow row = r.withPath(bundled.recordPath(r).toAbsolutePath().toString());
            rows.add(r.recordId().equals("ludb/2") ? row.withLabel("age", "") : row);
        }
        rows.add(new ManifestRow("missing/1", "missing/1", shared.resolve("no/such/record").toString(), 500, 5000, rows.get(0).leads(),
                rows.get(0).labels()));
        manifest = shared.resolve("small.csv");
        Manifest.of(shared, bundled.labelColumns(), rows).write(manifest);
        cache = shared.resolve("cache");
    }

    @Test
    void evaluateWritesTheReportsAndReportsSkippedRecordsAndMissingLabels(@TempDir Path out) throws Exception {
        List<String> a = args("evaluate", "--data", manifest.toString(), "--tasks", "age,gender,rr_interval", "--folds", "3", "--seed", "7",
                "--out", out.toString(), "--experts", EXPERTS, "--cache", cache.toString(), "--ablate", "xceptiontime-ptbxl");
        a.addAll(QUICK);
        CliRun r = run(a);
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("data: " + manifest + ", 25 records, 24 embedded"), r.out());
        assertTrue(r.out().contains("1 skipped"), r.out());
        assertTrue(r.out().contains("skipped " + shared.resolve("no/such/record")), r.out());
        assertTrue(r.out().contains("experts: rhythm-leadii-cinc2020, xceptiontime-ptbxl"), r.out());
        for (String task : List.of("age", "gender", "rr_interval")) assertTrue(r.out().lines().anyMatch(l -> l.startsWith(task + " ")), task);
        assertTrue(r.out().contains("what each expert adds"), r.out());
        assertTrue(r.out().contains("report: " + out.resolve("report.json")), r.out());
        assertTrue(r.err().contains("model 1/"), r.err());
        assertFalse(r.out().contains("model 1/"), "progress goes to stderr only");

        JsonNode root = ModelJson.MAPPER.readTree(out.resolve("report.json").toFile());
        assertEquals(23, root.get("tasks").get("age").get("n_records").asInt(), "no label, no age: left out of that task only");
        assertEquals(24, root.get("tasks").get("gender").get("n_records").asInt());
        assertEquals(12, root.get("tasks").get("rr_interval").get("n_records").asInt(), "rr_interval labels exist for LUDB only");
        assertEquals(7, root.get("provenance").get("seed").asInt());
        assertTrue(root.get("tasks").get("age").get("metrics").get("expert_alone").has("rhythm-leadii-cinc2020"));
        assertTrue(root.get("tasks").get("age").get("metrics").get("ensemble_without").has("xceptiontime-ptbxl"));
        assertTrue(root.get("tasks").get("age").get("gate_weights").has("xceptiontime-ptbxl"));
        assertTrue(root.get("tasks").get("age").get("subsets").has("unseen"), "LUDB records: seen by no expert");
        assertEquals(12, root.get("tasks").get("gender").get("subsets").get("unseen").get("n_records").asInt());
        JsonNode data = root.get("data");
        assertEquals(1, data.get("skipped").size());
        assertTrue(data.get("skipped").get(0).asText().contains("no such file"), data.toString());
        assertEquals(List.of("CinC 2020: CPSC2018", "CinC 2020: CPSC2018-Extra", "CinC 2020: Georgia (G12EC)", "CinC 2020: PTB-XL"),
                ModelJson.MAPPER.convertValue(root.get("experts").get(0).get("training_data"), List.class));
        assertEquals("Georgia", root.get("experts").get(0).get("sources_in_data_it_was_trained_on").get(0).asText());
        assertEquals(12, root.get("training_overlap").get("unseen_records").asInt());
        assertTrue(root.get("contributions").get("xceptiontime-ptbxl").has("gender"));
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("Experts and their training data") && html.contains("Skipped records (1)"));
    }

    @Test
    void errorsAreOneLineWithoutAStackTraceUnlessVerbose(@TempDir Path out) {
        CliRun task = run(args("evaluate", "--data", manifest.toString(), "--tasks", "agee", "--out", out.toString(), "--cache", cache.toString()));
        assertEquals(1, task.exit());
        assertEquals("enecg: unknown task 'agee'; built-in tasks are rr_interval, age, gender, flag, report_label, conduction_abnormality,"
                + " or give name:type:column", task.err().lines().filter(l -> l.startsWith("enecg:")).findFirst().orElse(""), task.err());
        assertFalse(task.err().contains("\tat "), task.err());
        CliRun verbose = run(args("evaluate", "-v", "--data", manifest.toString(), "--tasks", "agee", "--out", out.toString(),
                "--cache", cache.toString()));
        assertEquals(1, verbose.exit());
        assertTrue(verbose.err().contains("\tat org.enecg."), verbose.err());

        CliRun folds = run(args("evaluate", "--data", manifest.toString(), "--folds", "1", "--out", out.toString(), "--experts", EXPERTS,
                "--cache", cache.toString()));
        assertEquals(2, folds.exit(), "an option value no run can use is a usage error");
        assertTrue(folds.err().startsWith("enecg evaluate: --folds must be at least 2, found 1\n"), folds.err());
        CliRun expert = run(args("train", "--data", manifest.toString(), "--experts", "nope", "--out", out.resolve("m.enm").toString(),
                "--cache", cache.toString()));
        assertEquals(2, expert.exit());
        assertTrue(expert.err().contains("enecg train: --experts: unknown expert 'nope'"), expert.err());
        CliRun usage = run(args("predict", "--data", manifest.toString()));
        assertEquals(2, usage.exit(), "missing options are a usage error");
        assertTrue(usage.err().contains("Missing required options: '--model=<model>', '--out=<file.csv>'"), usage.err());
        assertEquals("", usage.out());
    }

    @Test
    void trainThenPredictRoundTripsAndMatchesTheLibrary(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("model.enm");
        List<String> t = args("train", "--data", manifest.toString(), "--tasks", "age,gender,report_label", "--out", model.toString(),
                "--experts", EXPERTS, "--cache", cache.toString());
        t.addAll(QUICK);
        CliRun trained = run(t);
        assertEquals(0, trained.exit(), trained.err());
        assertTrue(trained.out().contains("tasks: age, gender, report_label"), trained.out());
        assertTrue(trained.out().contains("model: " + model), trained.out());

        Path csv = dir.resolve("p.csv");
        CliRun predicted = run(args("predict", "--model", model.toString(), "--data", manifest.toString(), "--out", csv.toString(),
                "--cache", cache.toString()));
        assertEquals(0, predicted.exit(), predicted.err());
        assertTrue(predicted.err().contains("predicted 24 of 25 records: 0 refused for poor quality, 1 unreadable"), predicted.err());
        assertTrue(predicted.err().contains("poor missing/1: unreadable: " + shared.resolve("no/such/record")), predicted.err());
        List<String> lines = Files.readAllLines(csv);
        assertEquals(26, lines.size(), "header and one row per input record, the unreadable one included");
        List<String> header = List.of(lines.get(0).split(","));
        assertEquals(List.of("record_id", "quality", "quality_reasons", "age", "gender", "gender.class", "gender.p.male", "gender.p.female",
                "report_label", "report_label.class"), header.subList(0, 10));
        List<CsvRow> rows = new ArrayList<>();
        CsvRows.forEach(csv, rows::add);
        assertEquals("poor", rows.get(24).get("quality"));
        assertEquals("", rows.get(24).get("age"), "no answer for the unreadable record");
        assertEquals("gate.report_label.xceptiontime-ptbxl", header.get(header.size() - 1));

        EnEcgModel m = ModelFile.load(model);
        List<Prediction> expected;
        try (ExpertSet experts = ExpertSet.open(ExpertRegistry.standard(Path.of("")), List.of(EXPERTS.split(",")), Path.of(""))) {
            expected = m.predict(Pipeline.embed(Manifest.read(manifest), experts, Pipeline.gateInput(), cache, 1, (d, n) -> { }).table());
        }
        for (int i = 0; i < expected.size(); i++) {
            CsvRow cells = rows.get(i);
            Prediction p = expected.get(i);
            assertEquals(p.recordId(), cells.get("record_id"));
            assertTrue(List.of("good", "acceptable").contains(cells.get("quality")), cells.toString());
            assertEquals(p.task("age").value(), Double.parseDouble(cells.get("age")), 1e-5 * Math.abs(p.task("age").value()));
            int gender = (int) p.task("gender").value();
            assertEquals(gender, Integer.parseInt(cells.get("gender")));
            assertEquals(gender == 0 ? "male" : "female", cells.get("gender.class"));
            assertEquals(p.task("gender").probabilities()[1], Double.parseDouble(cells.get("gender.p.female")), 1e-6);
            double sum = 0;
            for (String e : EXPERTS.split(",")) {
                double w = Double.parseDouble(cells.get("gate.age." + e));
                assertEquals(p.task("age").gateWeights().get(e), w, 1e-6);
                sum += w;
            }
            assertEquals(1, sum, 2e-6);
        }

        CliRun toStdout = run(args("predict", "--model", model.toString(), "--data", manifest.toString(), "--out", "-", "--cache", cache.toString()));
        assertEquals(0, toStdout.exit(), toStdout.err());
        assertEquals(String.join("\n", lines) + "\n", toStdout.out(), "stdout gets the same CSV");
    }

    @Test
    void predictRefusesAModelWhoseExpertChangedAndACorruptModel(@TempDir Path dir) throws Exception {
        Path cards = dir.resolve("cards");
        Files.createDirectories(cards);
        Path src = Path.of("models/pretrained/xceptiontime-ptbxl");
        for (String f : List.of("xceptiontime-ptbxl.card.json", "xc_super_pretrained.onnx")) Files.copy(src.resolve(f), cards.resolve(f));
        Path card = cards.resolve("xceptiontime-ptbxl.card.json");
        Path model = dir.resolve("m.enm");
        List<String> t = args("train", "--data", manifest.toString(), "--tasks", "gender", "--out", model.toString(), "--experts",
                "rhythm-leadii-cinc2020," + card, "--cache", cache.toString());
        t.addAll(QUICK);
        assertEquals(0, run(t).exit());
        Path csv = dir.resolve("ok.csv");
        assertEquals(0, run(args("predict", "--model", model.toString(), "--data", manifest.toString(), "--out", csv.toString(),
                "--cache", cache.toString())).exit(), "the card is found again by its path");

        Files.writeString(card, Files.readString(card).replace("\"seconds\": 2.0", "\"seconds\": 1.5"));
        CliRun changed = run(args("predict", "--model", model.toString(), "--data", manifest.toString(), "--out", dir.resolve("p.csv").toString(),
                "--cache", cache.toString()));
        assertEquals(1, changed.exit());
        assertTrue(changed.err().startsWith("enecg: " + model + ": expert 'xceptiontime-ptbxl' ("), changed.err());
        assertTrue(changed.err().contains("xceptiontime-ptbxl.card.json) is not the one the model was trained with: input.filters:"
                + " 'moving_median_baseline(2.0s)' in the model, 'moving_median_baseline(1.5s)' now"), changed.err());
        assertFalse(Files.exists(dir.resolve("p.csv")), "nothing written");

        byte[] bytes = Files.readAllBytes(model);
        bytes[bytes.length / 2] ^= 1;
        Files.write(model, bytes);
        CliRun corrupt = run(args("predict", "--model", model.toString(), "--data", manifest.toString(), "--out", dir.resolve("p.csv").toString(),
                "--cache", cache.toString()));
        assertEquals(1, corrupt.exit());
        assertTrue(corrupt.err().contains(model + ": checksum mismatch"), corrupt.err());
    }
}
