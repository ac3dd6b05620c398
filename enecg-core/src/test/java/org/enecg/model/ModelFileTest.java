package org.enecg.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.enecg.cache.EmbeddingRows;
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
        EmbeddingRows table = ModelFileFixture.data().table();
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
        EmbeddingRows table = ModelFileFixture.data().table();
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
        assertEquals(List.of(), ModelFile.load(Path.of("enecg-core/src/test/resources/org/enecg/model/model-format1.enm")).expertOrigins(),
                "older files have none");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> m.setExpertOrigins(origins.subList(0, 1)));
        assertTrue(e.getMessage().contains("do not match the model's experts"), e.getMessage());
    }

    /** A model file saved by format 1 (committed, made by {@link ModelFileFixture}) still loads and predicts the same. */
    @Test
    void modelSavedByFormat1StillLoadsAndPredictsTheSame() throws Exception {
        Path dir = Path.of("enecg-core/src/test/resources/org/enecg/model");
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

    /** A model with heads of two shapes and a balanced task; its parameters random so every head matters. */
    private static EnEcgModel mixedWithPriors(EmbeddingTable table) {
        ModelConfig config = ModelConfig.paperDefaults().withWidths(5, 4).withLora(2, 4, 0.1).withGateSource(GateSource.NONE);
        EnEcgModel m = ModelGradientTest.tinyModel(config, table, 21, ModelGradientTest.MIXED);
        java.util.SplittableRandom rng = new java.util.SplittableRandom(4);
        for (Param p : m.trainableParameters()) {
            System.arraycopy(org.enecg.testing.GradCheck.randomArray(p.size(), 0.6, rng), 0, p.value(), 0, p.size());
        }
        m.setClassDecision(1, new double[] {Math.log(0.6), Math.log(0.3), Math.log(0.1)});
        return m;
    }

    @Test
    void mixedHeadShapesAndClassPriorsRoundTripAsFormat2(@TempDir Path dir) throws Exception {
        EmbeddingTable table = ModelGradientTest.tinyTable(6, new java.util.SplittableRandom(9));
        EnEcgModel m = mixedWithPriors(table);
        Path f = dir.resolve("mixed.enm");
        ModelFile.save(m, f);
        try (var in = new java.io.DataInputStream(Files.newInputStream(f))) {
            in.skipNBytes(12);
            assertEquals(2, in.readInt(), "per-head shapes and priors need format 2");
        }
        EnEcgModel back = ModelFile.load(f);
        for (int e = 0; e < 2; e++) {
            for (int t = 0; t < 3; t++) assertEquals(m.headShape(e, t), back.headShape(e, t), e + "/" + t);
        }
        assertEquals(new HeadShape(Adaptation.FULL, 3), back.headShape(1, 0));
        assertEquals(ClassDecision.ARGMAX, back.classDecision(2));
        assertEquals(ClassDecision.BALANCED, back.classDecision(1));
        assertArrayEquals(m.classLogPrior(1), back.classLogPrior(1), 0.0);
        List<Param> a = m.parameters();
        List<Param> b = back.parameters();
        assertEquals(a.stream().map(Param::name).toList(), b.stream().map(Param::name).toList());
        for (int i = 0; i < a.size(); i++) assertArrayEquals(a.get(i).value(), b.get(i).value(), a.get(i).name());
        List<Prediction> before = m.predict(table);
        List<Prediction> after = back.predict(table);
        for (int i = 0; i < table.size(); i++) {
            for (String task : List.of("age", "rhythm", "sex")) {
                assertEquals(before.get(i).task(task).value(), after.get(i).task(task).value(), 0.0, task);
                assertArrayEquals(before.get(i).task(task).probabilities(), after.get(i).task(task).probabilities(), 0.0, task);
                assertEquals(before.get(i).task(task).gateWeights(), after.get(i).task(task).gateWeights(), task);
            }
        }
        EnEcgModel plain = ModelGradientTest.tinyModel(ModelConfig.paperDefaults().withWidths(5, 4).withGateSource(GateSource.CONSTANT), table, 21);
        assertEquals(1, ModelFile.formatNeeded(plain), "a model format 1 can express is still saved as format 1");
        plain.setClassDecision(2, new double[] {Math.log(0.5), Math.log(0.5)});
        assertEquals(2, ModelFile.formatNeeded(plain), "format 1 has no class priors");
    }

    /** Header text replaced by text of the same length and the file re-signed, so only the header's meaning is wrong. */
    private static void rewriteHeader(Path f, String from, String to) throws Exception {
        assertEquals(from.length(), to.length());
        String text = new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(text.contains(from), from);
        byte[] body = text.substring(0, text.length() - 32).replaceFirst(java.util.regex.Pattern.quote(from), to)
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] all = java.util.Arrays.copyOf(body, body.length + 32);
        System.arraycopy(java.security.MessageDigest.getInstance("SHA-256").digest(body), 0, all, body.length, 32);
        Files.write(f, all);
    }

    @Test
    void badHeadShapesOrPriorsFailNamingTheFileAndTheProblem(@TempDir Path dir) throws Exception {
        EmbeddingTable table = ModelGradientTest.tinyTable(6, new java.util.SplittableRandom(9));
        Path shape = dir.resolve("shape.enm");
        ModelFile.save(mixedWithPriors(table), shape);
        rewriteHeader(shape, "\"FULL:3\"", "\"FULL:0\"");
        assertEquals(shape + ": malformed model file: head shape 'FULL:0' is not ADAPTATION:WIDTH with ADAPTATION LORA or FULL and a positive"
                + " width (e.g. FULL:64)", assertThrows(ModelFileException.class, () -> ModelFile.load(shape)).getMessage());

        Path width = dir.resolve("width.enm");
        ModelFile.save(mixedWithPriors(table), width);
        rewriteHeader(width, "\"FULL:3\"", "\"FULL:4\"");      // a well-formed shape the stored weights do not have
        String msg = assertThrows(ModelFileException.class, () -> ModelFile.load(width)).getMessage();
        assertTrue(msg.startsWith(width + ": ") && msg.contains("head.b.age"), msg);

        Path task = dir.resolve("task.enm");
        ModelFile.save(mixedWithPriors(table), task);
        rewriteHeader(task, "\"task\" : \"rhythm\"", "\"task\" : \"rhythX\"");
        assertEquals(task + ": malformed model file: class_decisions names task 'rhythX', which the model does not have",
                assertThrows(ModelFileException.class, () -> ModelFile.load(task)).getMessage());

        Path prior = dir.resolve("prior.enm");
        ModelFile.save(mixedWithPriors(table), prior);
        String text = new String(Files.readAllBytes(prior), java.nio.charset.StandardCharsets.ISO_8859_1);
        int at = text.indexOf("\"log_prior\"");
        String list = text.substring(at, text.indexOf(']', at) + 1);
        String shorter = list.replaceFirst(",[^,\\]]*\\]$", "]");                        // drop the last class's prior
        rewriteHeader(prior, list, shorter + " ".repeat(list.length() - shorter.length()));
        assertEquals(prior + ": malformed model file: task rhythm has 3 classes, the prior 2",
                assertThrows(ModelFileException.class, () -> ModelFile.load(prior)).getMessage());
    }
}
