package org.enecg.expert.onnx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.enecg.cache.Npy;
import org.enecg.expert.ExpertInput;
import org.enecg.expert.Pooling;
import org.enecg.io.Record;
import org.enecg.io.wfdb.WfdbReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The three published models of models/pretrained through their cards: golden outputs (computed upstream with ONNX
 * Runtime Java 1.29.0) within 1e-4, and the whole path from a raw bundled CinC record through the project's own
 * preprocessing to the manifest's preprocessed golden input and outputs.
 */
class PretrainedModelsTest {

    static final Path PRETRAINED = Path.of("models/pretrained").toAbsolutePath();
    static final Path CINC = Path.of("data/bundled/cinc2020-2021/tuijalei-smoke");
    static final Path XCEPTION = PRETRAINED.resolve("xceptiontime-ptbxl/xceptiontime-ptbxl.card.json");
    static final Path RHYTHM = PRETRAINED.resolve("rhythm-leadii-cinc2020/rhythm-leadii-cinc2020.card.json");
    static final Path BEAT = PRETRAINED.resolve("beat-aami-mitbih/beat-aami-mitbih.card.json");

    @TempDir Path tmp;

    static float[][] golden(String file) throws IOException { return Npy.read(PRETRAINED.resolve(file)).toMatrix(); }

    static void assertClose(float[][] expected, float[][] actual, float tol, String what) {
        assertEquals(expected.length, actual.length, what);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i].length, actual[i].length, what + " item " + i);
            for (int j = 0; j < expected[i].length; j++) assertEquals(expected[i][j], actual[i][j], tol, what + " item " + i + " value " + j);
        }
    }

    @Test
    void xceptionTimeReproducesItsGoldenOutputs() throws IOException {
        try (OnnxExpert e = OnnxExpert.load(XCEPTION)) {
            float[][] out = e.computeItems(OnnxExpertTest.items(PRETRAINED.resolve("xceptiontime-ptbxl/golden.input.npy")));
            assertClose(golden("xceptiontime-ptbxl/golden.output.npy"), out, 1e-4f, "xceptiontime");
        }
    }

    @Test
    void xceptionTimeFromRawRecordsMatchesTheManifestsPreprocessingAndScores() throws IOException {
        // Golden inputs: A0001 (RBBB), Q0001 (old MI), JS00011 (LVH), Q0005 (NSSTTA), resampled to 100 Hz, first 10 s,
        // 201-sample moving median removed, microvolts. A0001 is 15 s and Q0005 47.7 s long.
        List<String> recs = List.of("CPSC_CPSC-Extra/A0001", "CPSC_CPSC-Extra/Q0001", "ChapmanShaoxing_Ningbo/JS00011",
                "CPSC_CPSC-Extra/Q0005");
        List<float[][]> goldenIn = OnnxExpertTest.items(PRETRAINED.resolve("xceptiontime-ptbxl/golden.input.npy"));
        float[][] goldenOut = golden("xceptiontime-ptbxl/golden.output.npy");
        String[] top = {"CD", "MI", "HYP", "STTC"};
        try (OnnxExpert e = OnnxExpert.load(XCEPTION)) {
            for (int r = 0; r < recs.size(); r++) {
                Record rec = WfdbReader.read(CINC.resolve(recs.get(r) + ".hea"));
                ExpertInput in = ExpertInput.prepare(rec, e.spec());
                assertClose(goldenIn.get(r), in.items().get(0), 1e-3f, recs.get(r) + " input (uV)");
                float[] out = e.embed(in);
                assertArrayEquals(goldenOut[r], out, 1e-4f, recs.get(r));
                assertEquals("xceptiontime." + top[r], e.spec().outputNames().get(argmax(out)), recs.get(r));
            }
        }
    }

    @Test
    void rhythmModelReproducesItsGoldenOutputsWithTheDemoAsAConstantInput() throws IOException {
        List<float[][]> ecg = OnnxExpertTest.items(PRETRAINED.resolve("rhythm-leadii-cinc2020/golden.input.ecg.npy"));
        float[][] demo = golden("rhythm-leadii-cinc2020/golden.input.demo.npy");
        float[][] out = golden("rhythm-leadii-cinc2020/golden.output.npy");
        for (int r = 0; r < ecg.size(); r++) {
            final float[] d = demo[r];
            Path card = CardVariants.variant(RHYTHM, tmp, "demo" + r + ".card.json", root -> {
                root.put("model", PRETRAINED.resolve("rhythm-leadii-cinc2020/rhythm_se_mobilenet1d.onnx").toString());
                ArrayNode v = ((com.fasterxml.jackson.databind.node.ObjectNode) root.get("constant_inputs").get(0)).putArray("values");
                v.add(d[0]).add(d[1]);
            });
            try (OnnxExpert e = OnnxExpert.load(card)) {
                assertArrayEquals(out[r], e.computeItems(List.<float[][]>of(ecg.get(r)))[0], 1e-4f, "record " + r);
            }
        }
    }

    @Test
    void rhythmModelFromRawRecordsMatchesTheManifestsPreprocessing() throws IOException {
        // Golden ECG inputs: lead II of A0003 (AF), A0009 (AF), HR06004 (NSR), HR00005 (NSR), 500 Hz, 10 s, z-scored.
        List<Path> recs = List.of(CINC.resolve("CPSC_CPSC-Extra/A0003.hea"), CINC.resolve("CPSC_CPSC-Extra/A0009.hea"),
                Path.of("data/bundled/cinc2020-2021/torch_ecg-cinc2021/HR06004.hea"), CINC.resolve("PTB_PTBXL/HR00005.hea"));
        List<float[][]> goldenIn = OnnxExpertTest.items(PRETRAINED.resolve("rhythm-leadii-cinc2020/golden.input.ecg.npy"));
        int[] expectedTop = {1, 1, 0, 0};
        try (OnnxExpert e = OnnxExpert.load(RHYTHM)) {
            assertEquals(List.of("demo=[60.0, 0.0]"), List.of(e.card().constantInputs().get(0).describe()));
            for (int r = 0; r < recs.size(); r++) {
                ExpertInput in = ExpertInput.prepare(WfdbReader.read(recs.get(r)), e.spec());
                assertClose(goldenIn.get(r), in.items().get(0), 1e-4f, recs.get(r) + " input (z)");
                // With the "unknown" demo (60, 0) instead of the record's own, the AF records still score highest on
                // index 1 (AF/flutter) and the sinus records on index 0, as the manifest reports.
                assertEquals(expectedTop[r], argmax(e.embed(in)), recs.get(r).toString());
            }
        }
    }

    @Test
    void beatEnsembleRunsAllFoldsOnABatchAndMatchesTheFoldsGoldenBatchOneOutputs() throws IOException {
        List<float[][]> beats = OnnxExpertTest.items(PRETRAINED.resolve("beat-aami-mitbih/golden.input.npy"));
        float[][] expected = new float[3][5];
        for (int k = 1; k <= 3; k++) {
            float[][] fold = golden("beat-aami-mitbih/golden.output.fold" + k + ".npy");
            for (int i = 0; i < 3; i++) {
                Activation.SOFTMAX.applyInPlace(fold[i]);
                for (int j = 0; j < 5; j++) expected[i][j] += fold[i][j] / 3;
            }
        }
        try (OnnxExpert e = OnnxExpert.load(BEAT)) {
            assertEquals(0, e.fixedBatch(), "the ensemble's batch axis is dynamic");
            assertEquals(1, e.card().models().size(), "all folds in one graph");
            float[][] out = e.computeItems(beats); // one call, batch 3
            assertClose(expected, out, 1e-5f, "fold-averaged probabilities against the upstream folds at batch 1");
            for (int i = 0; i < beats.size(); i++) {
                assertClose(new float[][] {out[i]}, e.computeItems(List.<float[][]>of(beats.get(i))), 1e-5f, "beat " + i + " alone");
            }
            // Pooled over the three beats (annotated N, A, V): mean probabilities, then the share of beats per class.
            float[] pooled = Pooling.MEAN_AND_FRACTION.pool(out);
            assertEquals(10, pooled.length);
            assertEquals(List.of("beat.N", "beat.S", "beat.V", "beat.F", "beat.Q", "beat.N_fraction", "beat.S_fraction",
                    "beat.V_fraction", "beat.F_fraction", "beat.Q_fraction"), e.spec().outputNames());
            assertEquals(1f, pooled[5] + pooled[6] + pooled[7] + pooled[8] + pooled[9], 1e-6f);
            assertTrue(argmax(out[0]) == 0, "the N beat is N");
        }
    }

    @Test
    void beatEnsembleEqualsTheUpstreamFoldFilesRunOneBeatAtATimeOnARealRecord() throws IOException {
        // The upstream files unchanged (batch fixed at 1, softmax and the mean in Java) against the ensemble graph on
        // every beat of a LUDB record, in one batch.
        Path upstream = tmp.resolve("folds.card.json");
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode root = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(BEAT.toFile());
        root.remove("model");
        root.remove("max_batch");
        ArrayNode models = root.putArray("models");
        for (int k = 1; k <= 3; k++) models.add(PRETRAINED.resolve("beat-aami-mitbih/beat_fold" + k + ".onnx").toString());
        ((com.fasterxml.jackson.databind.node.ObjectNode) root.get("output")).put("activation", "softmax");
        java.nio.file.Files.writeString(upstream, json.writeValueAsString(root));
        Record r = WfdbReader.read(Path.of("data/bundled/ludb/data/7"));
        try (OnnxExpert ensemble = OnnxExpert.load(BEAT); OnnxExpert folds = OnnxExpert.load(upstream)) {
            assertEquals(1, folds.fixedBatch());
            ExpertInput in = ExpertInput.prepare(r, ensemble.spec());
            assertTrue(in.items().size() >= 8, "beats: " + in.items().size());
            assertClose(folds.computeItems(in.items()), ensemble.computeItems(in.items()), 1e-5f, "ludb 7");
        }
    }

    @Test
    void beatModelOnMitBih100FindsItsBeatsAndCallsThemNormal() throws IOException {
        // MIT-BIH record 100 (30 min, 360 Hz, MLII + V5): 2,273 annotated beats, 2,239 of them N. The record was in the
        // model's training data (MANIFEST.md), so this checks the path (detection, windows, folds, pooling), not skill.
        Record r = WfdbReader.read(Path.of("enecg-core/src/test/resources/org/enecg/io/wfdb/sample-data/100"));
        try (OnnxExpert e = OnnxExpert.load(BEAT)) {
            ExpertInput in = ExpertInput.prepare(r, e.spec());
            assertTrue(Math.abs(in.segments() - 2273) <= 10, "beats found: " + in.segments());
            float[] pooled = e.embed(in);
            assertTrue(pooled[5] > 0.95f, "fraction of N beats " + pooled[5]);
            assertTrue(pooled[0] > 0.9f, "mean N probability " + pooled[0]);
        }
    }

    @Test
    void beatModelOnATenSecondTwelveLeadRecordUsesEachCompleteBeat() throws IOException {
        Record r = WfdbReader.read(Path.of("data/bundled/ludb/data/1"));
        try (OnnxExpert e = OnnxExpert.load(BEAT)) {
            ExpertInput in = ExpertInput.prepare(r, e.spec());
            int[] peaks = org.enecg.signal.QrsDetector.detect(new float[][] {r.leads().get(1).samples()}, 500,
                    org.enecg.signal.QrsConfig.defaults());
            assertTrue(in.segments() >= peaks.length - 2 && in.segments() <= peaks.length, in.segments() + " of " + peaks.length);
            assertEquals(540, in.items().get(0)[0].length);
            float[] pooled = e.embed(in);
            float fractions = 0;
            for (int j = 5; j < 10; j++) fractions += pooled[j];
            assertEquals(1f, fractions, 1e-5f);
        }
    }

    static int argmax(float[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) if (v[i] > v[best]) best = i;
        return best;
    }
}
