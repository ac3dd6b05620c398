package org.enecg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.enecg.cache.ExpertRegistry;
import org.enecg.data.Manifest;
import org.enecg.data.ManifestRow;
import org.enecg.data.SourceDataset;
import org.junit.jupiter.api.Test;

/** The records no expert can have seen, derived from the pretrained models' cards and the bundled records' sources. */
class TrainingOverlapTest {

    @Test
    void theBundledRecordsNoPretrainedModelSawAreLudbPtbChapmanAndNingbo() throws Exception {
        Manifest m = Manifest.read(Path.of("data/bundled/manifest.csv"));
        try (ExpertSet experts = ExpertSet.open(ExpertRegistry.standard(Path.of("")),
                List.of("xceptiontime-ptbxl", "beat-aami-mitbih", "rhythm-leadii-cinc2020"), Path.of(""))) {
            TrainingOverlap o = TrainingOverlap.of(m, experts.sources());
            assertEquals(List.of("xceptiontime-ptbxl", "rhythm-leadii-cinc2020"), o.seenBy().get(SourceDataset.PTB_XL));
            assertEquals(List.of("rhythm-leadii-cinc2020"), o.seenBy().get(SourceDataset.GEORGIA));
            assertEquals(List.of(), o.seenBy().get(SourceDataset.LUDB));
            assertEquals(List.of(), o.seenBy().get(SourceDataset.PTB), "the rhythm model's CinC 2020 subsets exclude PTB");
            // LUDB 200 + PTB 10 + Chapman-Shaoxing 10 + Ningbo 30
            assertEquals(250, o.unseen().size());
            assertTrue(o.unseen().contains("ludb/1") && o.unseen().contains("cinc/S0001") && o.unseen().contains("cinc/JS20000"));
            assertFalse(o.unseen().contains("cinc/A0001") || o.unseen().contains("cinc/HR00001") || o.unseen().contains("cinc/E00001"));
            Map<String, Set<String>> subsets = o.subsets();
            assertEquals(List.of("unseen", "LUDB"), List.copyOf(subsets.keySet()));
            assertEquals(200, subsets.get("LUDB").size());
            assertTrue(subsets.get("LUDB").stream().allMatch(id -> id.startsWith("ludb/")));
            assertEquals(Map.of(), o.unrecognised());
        }
    }

    @Test
    void theFittedBuiltinsNameTheirFittingDatabasesAndTheUnseenSubsetExcludesThem() throws Exception {
        Manifest m = Manifest.read(Path.of("data/bundled/manifest.csv"));
        try (ExpertSet experts = ExpertSet.open(ExpertRegistry.standard(Path.of("")), List.of("rocket", "dlinear", "rhythm"), Path.of(""))) {
            Map<String, List<String>> fitted = new java.util.TreeMap<>();
            for (ExpertSource s : experts.sources()) fitted.put(s.name(), s.trainingData());
            List<String> seenByPretrained = List.of("CPSC2018", "CPSC2018-Extra", "Georgia", "PTB-XL");
            assertEquals(seenByPretrained, fitted.get("rocket"), "the shipped MiniRocket biases record their fitting data");
            assertEquals(seenByPretrained, fitted.get("dlinear"), "the shipped DLinear weights record their fitting data");
            assertEquals(List.of(), fitted.get("rhythm"), "an expert fitted on nothing names nothing");
            TrainingOverlap o = TrainingOverlap.of(m, experts.sources());
            assertEquals(List.of("rocket", "dlinear"), o.seenBy().get(SourceDataset.GEORGIA));
            assertEquals(List.of(), o.seenBy().get(SourceDataset.LUDB));
            assertEquals(250, o.unseen().size(), "fitted on the databases the pretrained models saw, the built-ins leave the rest unseen");
        }
    }

    @Test
    void aBuiltinFittedOnTheEvaluatedDatabasesLeavesThemSeen() throws Exception {
        Manifest m = Manifest.read(Path.of("data/bundled/manifest.csv"));
        ExpertSource fittedOnAll = new ExpertSource("dlinear", "dlinear", org.enecg.expert.GateInput.paperDefaults().fingerprint(),
                List.of("LUDB", "CPSC2018", "CPSC2018-Extra", "Georgia", "PTB", "PTB-XL", "Chapman-Shaoxing", "Ningbo"), false);
        TrainingOverlap o = TrainingOverlap.of(m, List.of(fittedOnAll));
        assertEquals(Set.of(), o.unseen(), "no record is unseen when an expert was fitted on every database");
        assertEquals(Map.of(), o.subsets());
    }

    @Test
    void recordsOfUnknownSourceAreNeverUnseenAndUnrecognisedEntriesAreListed() throws Exception {
        Manifest m = Manifest.of(Path.of(""), List.of(
                new ManifestRow("a", "a", "ludb/data/1", 500, 5000, List.of(), Map.of()),
                new ManifestRow("b", "b", "somewhere/else/x", 500, 5000, List.of(), Map.of())));
        ExpertSource card = new ExpertSource("m", "m.card.json", org.enecg.expert.GateInput.paperDefaults().fingerprint(),
                List.of("Hospital X cohort", "CinC 2020"), true);
        TrainingOverlap o = TrainingOverlap.of(m, List.of(card));
        assertEquals(Set.of("a"), o.unseen());
        assertEquals(Map.of("m", List.of("Hospital X cohort")), o.unrecognised());
        assertEquals(List.of("unseen"), List.copyOf(o.subsets().keySet()), "LUDB alone is the whole unseen set: no second subset");
        TrainingOverlap all = TrainingOverlap.of(Manifest.of(Path.of(""), List.of(m.rows().get(0))), List.of(card));
        assertEquals(Map.of(), all.subsets(), "every record unseen: the subset would repeat the whole set");
    }
}
