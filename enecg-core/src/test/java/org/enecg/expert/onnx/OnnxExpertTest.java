package org.enecg.expert.onnx;

import static org.enecg.expert.onnx.CardVariants.ECGFM;
import static org.enecg.expert.onnx.CardVariants.MODELS;
import static org.enecg.expert.onnx.CardVariants.MOMENT;
import static org.enecg.expert.onnx.CardVariants.input;
import static org.enecg.expert.onnx.CardVariants.output;
import static org.enecg.expert.onnx.CardVariants.variant;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.enecg.cache.Npy;
import org.enecg.cache.NpyArray;
import org.enecg.expert.ExpertInput;
import org.enecg.expert.Fit;
import org.enecg.expert.LeadLayout;
import org.enecg.expert.Normalisation;
import org.enecg.io.Lead;
import org.enecg.io.LeadName;
import org.enecg.io.Record;
import org.enecg.testing.SyntheticRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The two test models against the outputs PyTorch computed (models/test/*.npy), through the card path. */
class OnnxExpertTest {

    @TempDir Path tmp;

    /** The batch of a golden input file as items {@code [channels][samples]}. */
    static List<float[][]> items(Path npy) throws IOException {
        NpyArray a = Npy.read(npy);
        int[] s = a.shape();
        float[] v = a.asFloats();
        List<float[][]> items = new ArrayList<>();
        for (int b = 0; b < s[0]; b++) {
            float[][] item = new float[s[1]][s[2]];
            for (int c = 0; c < s[1]; c++) System.arraycopy(v, (b * s[1] + c) * s[2], item[c], 0, s[2]);
            items.add(item);
        }
        return items;
    }

    static void assertGolden(float[][] expected, float[][] actual) {
        assertEquals(expected.length, actual.length);
        for (int i = 0; i < expected.length; i++) assertArrayEquals(expected[i], actual[i], 1e-4f, "row " + i);
    }

    @Test
    void ecgfmLikeMatchesItsGoldenOutputs() throws IOException {
        try (OnnxExpert e = OnnxExpert.load(ECGFM)) {
            float[][] out = e.computeItems(items(MODELS.resolve("ecgfm-like.input.npy")));
            assertGolden(Npy.read(MODELS.resolve("ecgfm-like.output.npy")).toMatrix(), out);
            assertEquals(26, e.outputSize());
            assertEquals("ecgfm-like.0", e.spec().outputNames().get(0));
        }
    }

    @Test
    void momentLikeMatchesItsGoldenOutputs() throws IOException {
        try (OnnxExpert e = OnnxExpert.load(MOMENT)) {
            assertEquals(LeadLayout.EACH, e.spec().layout());
            float[][] out = e.computeItems(items(MODELS.resolve("moment-like.input.npy")));
            assertGolden(Npy.read(MODELS.resolve("moment-like.output.npy")).toMatrix(), out);
        }
    }

    /** Records whose leads are the golden inputs, stored in MIMIC-IV-ECG file order (aVF before aVL). */
    static List<Record> goldenRecords() throws IOException {
        List<LeadName> mimic = List.of(LeadName.I, LeadName.II, LeadName.III, LeadName.AVR, LeadName.AVF,
                LeadName.AVL, LeadName.V1, LeadName.V2, LeadName.V3, LeadName.V4, LeadName.V5, LeadName.V6);
        List<Record> records = new ArrayList<>();
        int r = 0;
        for (float[][] item : items(MODELS.resolve("ecgfm-like.input.npy"))) {
            List<Lead> leads = new ArrayList<>();
            for (LeadName name : mimic) leads.add(new Lead(name.label(), item[LeadName.STANDARD_ORDER.indexOf(name)]));
            records.add(new Record("golden-" + r++, 500, leads, List.of(), null));
        }
        return records;
    }

    @Test
    void recordsGoThroughTheSharedInputStepToTheGoldenOutputs() throws IOException {
        // 5 s at 500 Hz, cropped to 2500 without normalisation: the prepared items are exactly the golden inputs.
        Path card = variant(ECGFM, tmp, "plain.card.json", root -> {
            input(root).put("fit", "crop").put("fs", 500).put("normalisation", "none");
        });
        try (OnnxExpert e = OnnxExpert.load(card)) {
            assertEquals(Fit.CROP, e.spec().fit());
            float[][] rows = e.embed(goldenRecords());
            assertGolden(Npy.read(MODELS.resolve("ecgfm-like.output.npy")).toMatrix(), rows);
        }
    }

    @Test
    void aRecordsRowDependsOnItsBatchOnlyWithinRounding() throws IOException {
        List<Record> records = new ArrayList<>();
        for (int i = 0; i < 5; i++) records.add(SyntheticRecords.twelveLead("r" + i, 500, 10, i));
        for (Path card : List.of(ECGFM, MOMENT)) {
            try (OnnxExpert e = OnnxExpert.load(card)) {
                float[][] together = e.embed(records);
                for (int i = 0; i < records.size(); i++) {
                    assertArrayEquals(e.embed(List.of(records.get(i)))[0], together[i], 1e-6f, card + " record " + i);
                }
            }
        }
    }

    @Test
    void momentLikePoolsOverLeadsAndWindows() throws IOException {
        Path card = variant(MOMENT, tmp, "windows.card.json", root -> input(root).put("fit", "windows").put("fs", 100));
        Record r = SyntheticRecords.twelveLead("w", 500, 12, 4); // 12 s at 100 Hz = 1200 samples: 2 windows of 512
        try (OnnxExpert e = OnnxExpert.load(card)) {
            ExpertInput in = ExpertInput.prepare(r, e.spec());
            assertEquals(24, in.items().size(), "2 windows x 12 leads");
            float[][] each = e.computeItems(in.items());
            float[] mean = new float[64];
            for (float[] o : each) for (int j = 0; j < 64; j++) mean[j] += o[j] / 24;
            assertArrayEquals(mean, e.embed(List.of(r))[0], 1e-5f);
        }
    }

    @Test
    void foldEnsembleAveragesActivatedOutputs() throws IOException {
        // Two identical folds with softmax: the average is the softmax of the golden logits.
        Path card = variant(ECGFM, tmp, "folds.card.json", root -> {
            String model = root.remove("model").asText();
            root.putArray("models").add(model).add(model);
            output(root).put("activation", "softmax");
        });
        try (OnnxExpert e = OnnxExpert.load(card)) {
            float[][] out = e.computeItems(items(MODELS.resolve("ecgfm-like.input.npy")));
            float[][] golden = Npy.read(MODELS.resolve("ecgfm-like.output.npy")).toMatrix();
            for (float[] g : golden) Activation.SOFTMAX.applyInPlace(g);
            assertGolden(golden, out);
            double sum = 0;
            for (float p : out[0]) sum += p;
            assertEquals(1.0, sum, 1e-5);
        }
    }

    @Test
    void batchLimitSplitsWithoutChangingOutputs() throws IOException {
        Path card = variant(ECGFM, tmp, "batch1.card.json", root -> root.put("max_batch", 1));
        try (OnnxExpert e = OnnxExpert.load(card)) {
            assertGolden(Npy.read(MODELS.resolve("ecgfm-like.output.npy")).toMatrix(),
                    e.computeItems(items(MODELS.resolve("ecgfm-like.input.npy"))));
            assertEquals(0, e.fixedBatch(), "the test model's batch axis is dynamic");
        }
    }

    @Test
    void fingerprintCoversWeightsSpecAndCardFields() throws IOException {
        Path other = variant(ECGFM, tmp, "z.card.json", root -> input(root).put("normalisation", "per_lead_z"));
        try (OnnxExpert a = OnnxExpert.load(ECGFM); OnnxExpert b = OnnxExpert.load(other);
             OnnxExpert c = OnnxExpert.load(ECGFM)) {
            assertEquals(a.fingerprint(), c.fingerprint());
            assertNotEquals(a.fingerprint().id(), b.fingerprint().id());
            assertEquals(Normalisation.RECORD_Z, a.spec().normalisation());
            assertEquals("6dc4e9b75e3e2a9fd9311d3fd16a01ccd3be5b5970e8cfbea8f3ad339d67e4f0", a.fingerprint().weightsSha256());
            assertTrue(a.fingerprint().canonical().contains("onnx.input=signal"), a.fingerprint().canonical());
        }
    }
}
