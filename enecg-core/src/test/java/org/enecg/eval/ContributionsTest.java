package org.enecg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
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
import org.enecg.train.TrainConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What each left-out expert adds, on all records and on a subset, by hand-built results with known answers. */
class ContributionsTest {

    @Test
    void gainIsPositiveWhenTheEnsembleIsBetterWithTheExpert(@TempDir Path dir) throws Exception {
        Task age = SyntheticData.AGE;
        Task sex = org.enecg.data.Tasks.GENDER;
        Map<String, MethodScores> ageAll = new LinkedHashMap<>();
        ageAll.put(Methods.ENECG, mae(10, 12));                  // 11
        ageAll.put(Methods.alone("x"), mae(13, 13));             // 13
        ageAll.put(Methods.without("x"), mae(14, 16));           // 15: x helps by 4 years
        Map<String, MethodScores> ageSub = new LinkedHashMap<>();
        ageSub.put(Methods.ENECG, mae(9, 9));
        ageSub.put(Methods.alone("x"), mae(8, 8));
        ageSub.put(Methods.without("x"), mae(8, 8));             // on the subset x costs 1 year
        Map<String, MethodScores> sexAll = new LinkedHashMap<>();
        sexAll.put(Methods.ENECG, f1(0.6, 0.6));
        sexAll.put(Methods.alone("x"), f1(0.5, 0.5));
        sexAll.put(Methods.without("x"), f1(0.7, 0.7));          // x costs 0.1 of F1
        TaskResult a = new TaskResult(age, 30, ageAll, Map.of("unseen", 20), Map.of("unseen", ageSub), Map.of("x", new double[] {1, 1}), List.of(), new double[0], Map.of(Methods.ENECG, new double[0][]));
        TaskResult s = new TaskResult(sex, 31, sexAll, Map.of(), Map.of(), Map.of("x", new double[] {1, 1}), List.of(), new double[0], Map.of(Methods.ENECG, new double[0][]));
        EvaluationResult r = new EvaluationResult(List.of(a, s), ModelConfig.projectDefaults(), TrainConfig.smallData(),
                EvaluationPlan.of(2).withAblations(List.of("x")), new int[] {15, 16}, List.of(new ExpertInfo("x", "fx", 2)), "g", Map.of(), 0,
                "dev", "now", "17", "linux", 1);

        List<Contributions.Row> rows = Contributions.of(r);
        assertEquals(3, rows.size());
        Contributions.Row all = rows.get(0);
        assertEquals(null, all.subset());
        assertEquals(30, all.records());
        assertEquals(13, all.alone(), 1e-12);
        assertEquals(15, all.without(), 1e-12);
        assertEquals(11, all.with(), 1e-12);
        assertEquals(4, all.gain(), 1e-12, "MAE: without - with");
        assertEquals("unseen", rows.get(1).subset());
        assertEquals(-1, rows.get(1).gain(), 1e-12);
        assertEquals(-0.1, rows.get(2).gain(), 1e-12, "F1: with - without");

        ReportWriter.write(r, dir, Map.of("data", new TextNode("extra")), "<h2>Extra section</h2>");
        JsonNode root = ModelJson.MAPPER.readTree(dir.resolve("report.json").toFile());
        JsonNode c = root.get("contributions").get("x");
        assertEquals(4, c.get("age").get("all").get("gain").asDouble(), 1e-12);
        assertEquals(20, c.get("age").get("unseen").get("records").asInt());
        assertEquals("f1", c.get("gender").get("all").get("metric").asText());
        assertEquals("extra", root.get("data").asText(), "callers add their own fields");
        String html = Files.readString(dir.resolve("report.html"));
        assertTrue(html.contains("What each expert adds"));
        assertTrue(html.contains("<h2>Extra section</h2>"));
        String text = Contributions.format(r);
        assertTrue(text.contains("+4.000"), text);
        assertTrue(text.contains("-0.1000"), text);
        assertEquals("0", Contributions.signed(-1e-9), "no negative zero");
        assertEquals("+0.0012", Contributions.signed(0.0012));
    }

    @Test
    void aCallerCannotReplaceTheReportsOwnFields(@TempDir Path dir) {
        EvaluationResult r = new EvaluationResult(List.of(), ModelConfig.projectDefaults(), TrainConfig.smallData(), EvaluationPlan.of(2),
                new int[0], List.of(), "g", Map.of(), 0, "dev", "now", "17", "linux", 1);
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ReportWriter.write(r, dir, Map.of("tasks", new TextNode("x")), ""));
        assertTrue(e.getMessage().contains("'tasks'"), e.getMessage());
    }

    private static MethodScores mae(double... v) {
        List<Map<String, Double>> folds = new java.util.ArrayList<>();
        for (double x : v) folds.add(Map.of("mae", x));
        return new MethodScores(folds);
    }

    private static MethodScores f1(double... v) {
        List<Map<String, Double>> folds = new java.util.ArrayList<>();
        for (double x : v) folds.add(Map.of("f1", x));
        return new MethodScores(folds);
    }
}
