package org.enecg.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.enecg.cache.EmbeddingTable;
import org.enecg.nn.Param;
import org.enecg.testing.SyntheticData;
import org.enecg.testing.SyntheticData.ExpertSpec;
import org.enecg.train.TrainConfig;
import org.enecg.train.Trainer;
import org.enecg.train.TrainingData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ModelFileTest {

    static EnEcgModel trained(ModelConfig config) {
        return new Trainer(config, TrainConfig.smallData().withEpochs(6, 3, 0.2)).train(ModelFileFixture.data());
    }

    @ParameterizedTest
    @EnumSource(Adaptation.class)
    void roundTripKeepsEverything(Adaptation adaptation, @TempDir Path dir) throws Exception {
        EnEcgModel m = trained(ModelConfig.paperDefaults().withWidths(8, 8).withAdaptation(adaptation));
        Path f = dir.resolve("m.enm");
        ModelFile.save(m, f);
        EnEcgModel back = ModelFile.load(f);
        assertEquals(m.config(), back.config());
        assertEquals(m.tasks(), back.tasks());
        assertEquals(m.experts(), back.experts());
        assertEquals(m.gateInput(), back.gateInput());
        assertEquals(m.initSeed(), back.initSeed());
        assertEquals(m.targetScalers(), back.targetScalers());
        for (int e = 0; e < m.experts().size(); e++) {
            assertArrayEquals(m.featureScalers().get(e).mean(), back.featureScalers().get(e).mean());
            assertArrayEquals(m.featureScalers().get(e).std(), back.featureScalers().get(e).std());
        }
        List<Param> a = m.parameters();
        List<Param> b = back.parameters();
        for (int i = 0; i < a.size(); i++) assertArrayEquals(a.get(i).value(), b.get(i).value(), a.get(i).name());
        assertEquals(m.provenance().trainedAt(), back.provenance().trainedAt());
        assertArrayEquals(m.provenance().training().bestEpochs(), back.provenance().training().bestEpochs());
        assertEquals(f.toString(), back.origin());
        EmbeddingTable table = ModelFileFixture.data().table();
        List<Prediction> before = m.predict(table);
        List<Prediction> after = back.predict(table);
        for (int i = 0; i < table.size(); i++) {
            for (String task : List.of("age", "gender", "report_label")) {
                assertEquals(before.get(i).task(task).value(), after.get(i).task(task).value(), 0.0);
                assertArrayEquals(before.get(i).task(task).probabilities(), after.get(i).task(task).probabilities(), 0.0);
                assertEquals(before.get(i).task(task).gateWeights(), after.get(i).task(task).gateWeights());
            }
        }
        try (var files = Files.list(dir)) {
            assertEquals(List.of(f), files.toList(), "no temporary file left behind");
        }
    }

    /** The gate's input source is part of the saved configuration; the loaded model predicts the same. */
    @ParameterizedTest
    @EnumSource(GateSource.class)
    void gateSourceRoundTrips(GateSource source, @TempDir Path dir) throws Exception {
        EnEcgModel m = trained(ModelConfig.paperDefaults().withWidths(8, 8).withGateSource(source));
        Path f = dir.resolve("m.enm");
        ModelFile.save(m, f);
        EnEcgModel back = ModelFile.load(f);
        assertEquals(source, back.config().gateSource());
        EmbeddingTable table = ModelFileFixture.data().table();
        List<Prediction> before = m.predict(table);
        List<Prediction> after = back.predict(table);
        for (int i = 0; i < table.size(); i++) {
            assertEquals(before.get(i).task("age").value(), after.get(i).task("age").value(), 0.0);
            assertEquals(before.get(i).task("age").gateWeights(), after.get(i).task("age").gateWeights());
        }
        if (source == GateSource.CONSTANT) {
            assertEquals(before.get(0).task("age").gateWeights(), before.get(1).task("age").gateWeights(), "the same weights for every record");
        }
    }

    /** How to re-open the experts travels with the model, field by field; a list that does not match the experts is refused. */
    @Test
    void expertOriginsRoundTrip(@TempDir Path dir) throws Exception {
        EnEcgModel m = trained(ModelConfig.paperDefaults().withWidths(8, 8));
        List<ExpertOrigin> origins = new java.util.ArrayList<>();
        for (ExpertInfo e : m.experts()) {
            origins.add(new ExpertOrigin(e.name(), "cards/" + e.name() + ".card.json",
                    new java.util.TreeMap<>(java.util.Map.of("name", e.name(), "version", "3", "input.fs", "100.0", "weights", "ab12"))));
        }
        m.setExpertOrigins(origins);
        Path f = dir.resolve("m.enm");
        ModelFile.save(m, f);
        EnEcgModel back = ModelFile.load(f);
        assertEquals(origins, back.expertOrigins());
        assertEquals(List.of(), ModelFile.load(Path.of("src/test/resources/org/enecg/model/model-format1.enm")).expertOrigins(),
                "older files have none");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> m.setExpertOrigins(origins.subList(0, 1)));
        assertTrue(e.getMessage().contains("do not match the model's experts"), e.getMessage());
    }

    /** A model file saved by format 1 (committed, made by {@link ModelFileFixture}) still loads and predicts the same. */
    @Test
    void modelSavedByFormat1StillLoadsAndPredictsTheSame() throws Exception {
        Path dir = Path.of("src/test/resources/org/enecg/model");
        EnEcgModel m = ModelFile.load(dir.resolve("model-format1.enm"));
        assertEquals("dev", m.provenance().projectVersion(), "saved from the test classpath");
        assertEquals(List.of("age", "gender", "report_label"), m.tasks().stream().map(t -> t.name()).toList());
        JsonNode expected = ModelJson.MAPPER.readTree(dir.resolve("model-format1-predictions.json").toFile());
        List<Prediction> got = m.predict(ModelFileFixture.data().table());
        assertEquals(expected.size(), got.size());
        for (Prediction p : got) {
            JsonNode rec = expected.get(p.recordId());
            for (String task : List.of("age", "gender", "report_label")) {
                TaskOutput out = p.task(task);
                assertEquals(rec.get(task).get("value").asDouble(), out.value(), 1e-6 * Math.max(1, Math.abs(out.value())), p.recordId() + " " + task);
                double[] probs = out.probabilities();
                for (int k = 0; k < probs.length; k++) assertEquals(rec.get(task).get("probabilities").get(k).asDouble(), probs[k], 1e-6);
                for (String e : out.gateWeights().keySet()) assertEquals(rec.get(task).get("gate").get(e).asDouble(), out.gateWeights().get(e), 1e-6);
            }
        }
    }

    @Test
    void corruptFileFailsNamingTheFile(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("m.enm");
        ModelFile.save(trained(ModelConfig.paperDefaults().withWidths(8, 8)), f);
        byte[] bytes = Files.readAllBytes(f);
        bytes[bytes.length / 2] ^= 0x40;
        Files.write(f, bytes);
        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFile.load(f));
        assertTrue(e.getMessage().startsWith(f + ": checksum mismatch: the file is corrupt or truncated"), e.getMessage());
    }

    @Test
    void truncatedFileFailsNamingTheFile(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("m.enm");
        ModelFile.save(trained(ModelConfig.paperDefaults().withWidths(8, 8)), f);
        byte[] bytes = Files.readAllBytes(f);
        Files.write(f, java.util.Arrays.copyOf(bytes, bytes.length - 100));
        assertTrue(assertThrows(ModelFileException.class, () -> ModelFile.load(f)).getMessage().contains("corrupt or truncated"));
        Files.write(f, java.util.Arrays.copyOf(bytes, 20));
        assertEquals(f + ": truncated: 20 bytes, a model file has at least 56",
                assertThrows(ModelFileException.class, () -> ModelFile.load(f)).getMessage());
    }

    @Test
    void otherFilesAndNewerFormatsAreRefusedClearly(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("labels.csv");
        Files.writeString(csv, "record_id,age\n1,50\n");
        assertEquals(csv + ": not an EnECG model file (it does not start with the ENECG-MODEL marker)",
                assertThrows(ModelFileException.class, () -> ModelFile.load(csv)).getMessage());
        Path newer = dir.resolve("newer.enm");
        byte[] body = new byte[12 + 4 + 4 + 4];
        System.arraycopy("ENECG-MODEL\n".getBytes(), 0, body, 0, 12);
        body[15] = 99; // format version 99
        byte[] all = java.util.Arrays.copyOf(body, body.length + 32);
        System.arraycopy(java.security.MessageDigest.getInstance("SHA-256").digest(body), 0, all, body.length, 32);
        Files.write(newer, all);
        assertEquals(newer + ": model format version 99 is newer than this enecg reads (2); use a newer enecg",
                assertThrows(ModelFileException.class, () -> ModelFile.load(newer)).getMessage());
        Path missing = dir.resolve("nope.enm");
        assertEquals(missing + ": no such model file", assertThrows(ModelFileException.class, () -> ModelFile.load(missing)).getMessage());
    }

    @Test
    void dataFromDifferentExpertsIsRefusedNamingTheModelFile(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("m.enm");
        ModelFile.save(trained(ModelConfig.paperDefaults().withWidths(8, 8)), f);
        EnEcgModel m = ModelFile.load(f);
        TrainingData other = SyntheticData.make(10, List.of(ExpertSpec.informative("ages", 3, "age", 0.3), ExpertSpec.noise("classes", 4)), 6,
                List.of(SyntheticData.AGE), 0, 1, 99); // same names, other fingerprints (seed differs)
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> m.predict(other.table()));
        assertTrue(e.getMessage().startsWith(f + ": expert 'ages' has fingerprint synthetic:ages:2024 in the model but synthetic:ages:99 in the data"),
                e.getMessage());
        TrainingData fewer = SyntheticData.make(10, List.of(ExpertSpec.informative("ages", 3, "age", 0.3)), 6, List.of(SyntheticData.AGE), 0, 1, 2024);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> m.predict(fewer.table())).getMessage()
                .contains("expert 'classes' is not in the data"));
    }

    @Test
    void changedInitialisationIsDetectedInsteadOfLoadingOtherWeights(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("m.enm");
        ModelFile.save(trained(ModelConfig.paperDefaults().withWidths(8, 8)), f);
        String text = new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1);
        String seedLine = text.substring(text.indexOf("\"init_seed\""), text.indexOf('\n', text.indexOf("\"init_seed\"")));
        // same length, different seed; re-sign so only the frozen-weight check can catch it
        String digits = seedLine.replaceAll("[^0-9]", "");
        char last = digits.charAt(digits.length() - 1);
        String changed = seedLine.substring(0, seedLine.lastIndexOf(last)) + (last == '1' ? '2' : '1') + seedLine.substring(seedLine.lastIndexOf(last) + 1);
        byte[] body = text.replace(seedLine, changed).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] unsigned = java.util.Arrays.copyOf(body, body.length - 32);
        byte[] all = java.util.Arrays.copyOf(unsigned, body.length);
        System.arraycopy(java.security.MessageDigest.getInstance("SHA-256").digest(unsigned), 0, all, unsigned.length, 32);
        Files.write(f, all);
        String msg = assertThrows(ModelFileException.class, () -> ModelFile.load(f)).getMessage();
        assertTrue(msg.contains("frozen base weights regenerated from init seed") && msg.contains("retrain the model"), msg);
    }
}
