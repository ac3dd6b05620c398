package org.enecg.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.enecg.data.Task;
import org.enecg.data.TaskType;
import org.enecg.nn.Param;
import org.junit.jupiter.api.Test;

/**
 * Which parameters train under {@link ModelConfig#paperDefaults()}, and how many: the same as PEFT's trainable count for
 * the same shapes (src/test/resources/org/enecg/model/peft_trainable_count.py prints 113568). Per head, LoRA on the first
 * two layers: 8·(d+256) + 8·(256+256); per task a gate with LoRA on both layers: 8·(5000+256) + 8·(256+2); experts of
 * 16 and 32 outputs, tasks age (1 output) and gender (2): 2·(2176+4096) + 2·(2304+4096) + 2·(42048+2064) = 113568.
 */
class PaperParametersTest {
    static final List<Task> TASKS = List.of(new Task("age", TaskType.REGRESSION, "age", List.of(), "years"),
            new Task("gender", TaskType.BINARY, "gender", List.of("F", "M"), ""));

    static EnEcgModel model(ModelConfig c) {
        List<ExpertInfo> experts = List.of(new ExpertInfo("rhythm", "fr", 16), new ExpertInfo("morphology", "fm", 32));
        return EnEcgModel.builder(c, TASKS, experts).gate(c.gateSource().width(5000, 48), "lead II")
                .featureScalers(List.of(FeatureScaler.identity(16), FeatureScaler.identity(32)))
                .targetScalers(List.of(TargetScaler.identity(), TargetScaler.identity())).initSeed(42).build();
    }

    @Test
    void onlyTheLoraAdaptersTrainAsUnderPeft() {
        EnEcgModel m = model(ModelConfig.paperDefaults());
        List<Param> trainable = m.trainableParameters();
        assertEquals(113_568, trainable.stream().mapToLong(Param::size).sum(), "PEFT's count for the same shapes");
        assertEquals(24, trainable.size(), "lora A and B of 2 layers in each of 4 heads and 2 gates");
        for (Param p : trainable) assertTrue(p.name().endsWith(".loraA") || p.name().endsWith(".loraB"), p.name());
        for (Param p : m.parameters()) {
            if (p.name().contains(".l3.")) assertFalse(p.trainable(), "the head's output layer is frozen, weight and bias: " + p.name());
            if (p.name().endsWith(".bias")) assertFalse(p.trainable(), "no bias trains: " + p.name());
        }
    }

    @Test
    void thePaperFeedsExpertOutputsAndTargetsRawAndTheProjectDoesNot() {
        ModelConfig paper = ModelConfig.paperDefaults();
        assertFalse(paper.standardiseFeatures());
        assertFalse(paper.standardiseTargets());
        assertEquals(OutputLayer.FROZEN, paper.outputLayer());
        ModelConfig project = ModelConfig.projectDefaults();
        assertTrue(project.standardiseFeatures() && project.standardiseTargets());
        assertEquals(OutputLayer.TRAINABLE, project.outputLayer());
        // the project's variant trains the two output layers' weights and biases on top: (256·1 + 1) + (256·2 + 2) per expert
        long extra = model(project).trainableParameters().stream().mapToLong(Param::size).sum() - 113_568;
        assertEquals(2 * (257 + 514), extra);
        assertEquals(ModelConfig.projectDefaults().toBuilder().gateSource(GateSource.NONE).build(), ModelConfig.smallData());
    }
}
