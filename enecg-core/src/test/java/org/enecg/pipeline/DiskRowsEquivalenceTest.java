package org.enecg.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Path;
import java.util.List;
import org.enecg.cache.CacheRows;
import org.enecg.cache.EmbeddingCache;
import org.enecg.cache.EmbeddingRows;
import org.enecg.cache.Embedder;
import org.enecg.cache.ExpertRegistry;
import org.enecg.data.Manifest;
import org.enecg.model.GateSource;
import org.enecg.data.Task;
import org.enecg.model.EnEcgModel;
import org.enecg.model.ModelConfig;
import org.enecg.model.Prediction;
import org.enecg.nn.Param;
import org.enecg.train.TrainConfig;
import org.enecg.train.Trainer;
import org.enecg.train.TrainingData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Training and prediction read rows from the cache's files ({@link CacheRows}) exactly as from memory: for a fixed seed
 * the same parameters, bit for bit, and the same predictions, under the paper's schedule with its lead-II gate (whose
 * 5,000-value input streams per batch) and under the small-data defaults.
 */
class DiskRowsEquivalenceTest {

    @TempDir static Path tmp;
    static CacheRows disk;
    static Manifest manifest;

    @BeforeAll
    static void embed() throws Exception {
        Manifest all = Manifest.read(Path.of("data/bundled/manifest.csv"));
        manifest = Manifest.of(all.baseDir(), all.labelColumns(), all.rows().subList(0, 48));
        try (ExpertSet experts = ExpertSet.open(ExpertRegistry.standard(Path.of("")), List.of("rhythm", "morphology"), Path.of(""))) {
            disk = Pipeline.embed(manifest, experts, Pipeline.gateInput(), tmp.resolve("cache"), 2, Embedder.Progress.NONE).rows();
        }
    }

    private static TrainingData data(EmbeddingRows rows) {
        List<Task> tasks = Pipeline.tasks(List.of("age", "gender"), manifest);
        return Pipeline.trainingData(manifest, tasks, rows, Pipeline.gateInput()).data();
    }

    private static void sameModelsAndPredictions(ModelConfig mc, TrainConfig tc) {
        EnEcgModel fromMemory = new Trainer(mc, tc).train(data(disk.toTable()));
        EnEcgModel fromDisk = new Trainer(mc, tc).train(data(disk));
        List<Param> a = fromMemory.parameters(), b = fromDisk.parameters();
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) assertArrayEquals(a.get(i).value(), b.get(i).value(), 0f, a.get(i).name());
        List<Prediction> pa = fromMemory.predict(disk.toTable()), pb = fromDisk.predict(disk);
        assertEquals(pa.size(), pb.size());
        for (int i = 0; i < pa.size(); i++) {
            for (String t : List.of("age", "gender")) {
                assertEquals(pa.get(i).task(t).value(), pb.get(i).task(t).value(), 0.0, pa.get(i).recordId() + " " + t);
                assertEquals(pa.get(i).task(t).gateWeights(), pb.get(i).task(t).gateWeights());
            }
        }
    }

    @Test
    void thePapersScheduleWithTheLeadIIGateLearnsTheSameFromDiskAsFromMemory() throws Exception {
        assertInstanceOf(CacheRows.class, disk);
        assertEquals(5000, disk.gateDim());
        assertEquals(GateSource.SIGNAL, ModelConfig.paperDefaults().gateSource());
        sameModelsAndPredictions(ModelConfig.paperDefaults().toBuilder().widths(16, 8).build(), TrainConfig.paperDefaults().toBuilder().epochs(2, 0, 0.2).build());
    }

    @Test
    void theSmallDataDefaultsLearnTheSameFromDiskAsFromMemory() throws Exception {
        sameModelsAndPredictions(ModelConfig.smallData().toBuilder().widths(16, 8).build(), TrainConfig.smallData().toBuilder().epochs(3, 2, 0.2).build());
    }

    @Test
    void aCacheOnlyReadIsReadThroughTheSameRows() throws Exception {
        try (EmbeddingCache ro = EmbeddingCache.openReadOnly(tmp.resolve("cache"))) {
            assertEquals(true, ro.readOnly());
        }
        try (ExpertSet experts = ExpertSet.open(ExpertRegistry.standard(Path.of("")), List.of("rhythm", "morphology"), Path.of(""))) {
            CacheRows again = Pipeline.embed(manifest, experts, Pipeline.gateInput(), tmp.resolve("cache"), 1, Embedder.Progress.NONE).rows();
            for (int r = 0; r < again.size(); r += 7) {
                assertArrayEquals(disk.row(1, r), again.row(1, r));
                assertArrayEquals(disk.gateInput(r), again.gateInput(r));
            }
        }
    }
}
