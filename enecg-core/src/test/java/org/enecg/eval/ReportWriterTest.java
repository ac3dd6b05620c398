package org.enecg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.enecg.data.Task;
import org.enecg.model.ExpertInfo;
import org.enecg.model.ModelConfig;
import org.enecg.model.ModelJson;
import org.enecg.testing.SyntheticData;
import org.enecg.testing.SyntheticData.ExpertSpec;
import org.enecg.train.TrainConfig;
import org.enecg.train.TrainingData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {

    @Test
    void reportJsonHasDesignSection7Layout(@TempDir Path dir) throws Exception {
        TrainingData d = SyntheticData.make(90, List.of(ExpertSpec.informative("ages", 6, "age", 0.4), ExpertSpec.noise("noise", 5)), 8,
                List.of(SyntheticData.AGE, SyntheticData.rhythm(3)), 0.05, 1, 3);
        EvaluationResult r = CrossValidation.run(d, ModelConfig.paperDefaults().withWidths(16, 8), TrainConfig.smallData().withEpochs(30, 5, 0.2),
                EvaluationPlan.of(3).withSubsets(Map.of("half", new java.util.HashSet<>(d.table().recordIds().subList(0, 45)))));
        Path json = ReportWriter.write(r, dir);
        JsonNode root = ModelJson.MAPPER.readTree(json.toFile());
        assertEquals("enecg-report", root.get("format").asText());
        JsonNode age = root.get("tasks").get("age");
        assertEquals("regression", age.get("type").asText());
        assertEquals(r.task("age").records(), age.get("n_records").asInt());
        JsonNode mae = age.get("metrics").get("enecg").get("mae");
        assertEquals(r.task("age").methods().get("enecg").mean("mae"), mae.get("mean").asDouble(), 1e-12);
        assertEquals(r.task("age").methods().get("enecg").std("mae"), mae.get("std").asDouble(), 1e-12);
        assertEquals(3, mae.get("folds").size());
        for (String m : List.of("uniform_average", "constant")) assertTrue(age.get("metrics").has(m), m);
        assertTrue(age.get("metrics").get("expert_alone").has("ages"));
        assertTrue(age.get("gate_weights").has("noise"));
        assertTrue(age.get("subsets").get("half").get("metrics").get("enecg").has("mae"));
        JsonNode rhythm = root.get("tasks").get("report_label");
        assertEquals("multiclass", rhythm.get("type").asText());
        for (String m : List.of("accuracy", "precision", "recall", "f1", "auroc")) assertTrue(rhythm.get("metrics").get("enecg").has(m), m);
        JsonNode prov = root.get("provenance");
        assertEquals(42, prov.get("seed").asLong());
        assertEquals(3, prov.get("folds").asInt());
        assertEquals(d.table().fingerprint(0), prov.get("experts").get(0).get("fingerprint").asText());
        assertEquals("STAGED", prov.get("train_config").get("schedule").asText());
        String html = Files.readString(dir.resolve("report.html"));
        assertTrue(html.contains("<svg") && html.contains("<circle"), "scatter plot");
        assertTrue(html.contains("confusion matrix"));
        assertTrue(html.contains("Gate weights"));
        assertFalse(html.contains("<script"), "self-contained, no scripts");
    }

    /** A hand-built result where EnECG's MAE is worse than the constant predictor's: both reports must say so. */
    @Test
    void aModelThatDoesNotBeatTheConstantPredictorIsFlagged(@TempDir Path dir) throws Exception {
        Task age = SyntheticData.AGE;
        Map<String, MethodScores> methods = new LinkedHashMap<>();
        methods.put(Methods.ENECG, scores(12.0, 13.0, 11.0));
        methods.put(Methods.CONSTANT, scores(9.0, 10.0, 11.0));
        methods.put(Methods.alone("x"), scores(8.0, 9.0, 10.0));
        TaskResult t = new TaskResult(age, 3, methods, Map.of(), Map.of(), Map.of("x", new double[] {1, 1, 1}), List.of("a", "b", "c"),
                new double[] {50, 60, 70}, Map.of(Methods.ENECG, new double[][] {{55}, {58}, {61}}));
        EvaluationResult r = new EvaluationResult(List.of(t), ModelConfig.paperDefaults(), TrainConfig.smallData(), EvaluationPlan.of(3),
                new int[] {1, 1, 1}, List.of(new ExpertInfo("x", "fx", 2)), "g", Map.of(), 0, "dev", "now", "17", "linux", 1);
        assertFalse(t.beatsConstant(Methods.ENECG));
        assertFalse(t.atLeastAsGood(Methods.ENECG, Methods.alone("x")));
        Map<String, MethodScores> tied = new LinkedHashMap<>();
        tied.put(Methods.ENECG, scores(2.997070464651388));
        tied.put(Methods.alone("x"), scores(2.9970704640975914));
        TaskResult near = new TaskResult(age, 1, tied, Map.of(), Map.of(), Map.of(), List.of("a"), new double[] {1}, Map.of());
        assertTrue(near.atLeastAsGood(Methods.ENECG, Methods.alone("x")), "equal within float rounding counts as equal");
        assertEquals(12.0, t.methods().get(Methods.ENECG).mean("mae"), 1e-12);
        assertEquals(Math.sqrt(2.0 / 3), t.methods().get(Methods.ENECG).std("mae"), 1e-12, "population std, as np.std");
        ReportWriter.write(r, dir);
        JsonNode root = ModelJson.MAPPER.readTree(dir.resolve("report.json").toFile());
        assertFalse(root.get("tasks").get("age").get("beats_constant").get("enecg").asBoolean());
        assertFalse(root.get("tasks").get("age").get("enecg_vs_best_single_expert").get("at_least_as_good").asBoolean());
        String html = Files.readString(dir.resolve("report.html"));
        assertTrue(html.contains("EnECG does not beat the constant predictor"));
        assertTrue(html.contains("worse than the best single expert"));
        assertTrue(SummaryTable.format(r).contains("does not beat the constant predictor"));
    }

    private static MethodScores scores(double... mae) {
        List<Map<String, Double>> folds = new java.util.ArrayList<>();
        for (double v : mae) folds.add(Map.of("mae", v, "mse", v * v));
        return new MethodScores(folds);
    }
}
