package org.enecg.model;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.enecg.testing.SyntheticData;
import org.enecg.testing.SyntheticData.ExpertSpec;
import org.enecg.train.TrainConfig;
import org.enecg.train.Trainer;
import org.enecg.train.TrainingData;

/**
 * How src/test/resources/org/enecg/model/model-format1.enm and its expected predictions were made (STYLE.md point
 * 14: a model file saved by an earlier version, with its generator). Regenerate only when the format changes on
 * purpose (then bump {@link ModelFile#FORMAT_VERSION} and keep the old file and its test):
 * {@code java -cp target/test-classes:target/classes:<deps> org.enecg.model.ModelFileFixture src/test/resources/org/enecg/model}
 */
public final class ModelFileFixture {
    private ModelFileFixture() {}

    /** The table the fixture model was trained on and is checked against. */
    public static TrainingData data() {
        return SyntheticData.make(60, List.of(ExpertSpec.informative("ages", 3, "age", 0.3), ExpertSpec.informative("classes", 4, "report_label", 0.5)),
                6, List.of(SyntheticData.AGE, SyntheticData.SEX, SyntheticData.rhythm(3)), 0.1, 1, 2024);
    }

    public static EnEcgModel generateModel() {
        return new Trainer(ModelConfig.projectDefaults().toBuilder().widths(8, 8).lora(2, 4, 0.05).build(), TrainConfig.smallData().toBuilder().epochs(20, 5, 0.2).build())
                .train(data());
    }

    /** Predictions as JSON: record → task → {value, probabilities, gate}. */
    public static ObjectNode predictionsJson(List<Prediction> predictions) {
        ObjectNode root = ModelJson.MAPPER.createObjectNode();
        for (Prediction p : predictions) {
            ObjectNode rec = root.putObject(p.recordId());
            p.tasks().forEach((task, out) -> {
                ObjectNode t = rec.putObject(task);
                t.put("value", out.value());
                ArrayNode probs = t.putArray("probabilities");
                for (double v : out.probabilities()) probs.add(v);
                ObjectNode g = t.putObject("gate");
                out.gateWeights().forEach(g::put);
            });
        }
        return root;
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        EnEcgModel m = generateModel();
        ModelFile.save(m, dir.resolve("model-format1.enm"));
        ModelJson.MAPPER.writerWithDefaultPrettyPrinter().writeValue(dir.resolve("model-format1-predictions.json").toFile(),
                predictionsJson(m.predict(data().table())));
    }
}
