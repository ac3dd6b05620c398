package org.enecg.expert.onnx;

import static org.enecg.expert.onnx.CardVariants.ECGFM;
import static org.enecg.expert.onnx.CardVariants.MODELS;
import static org.enecg.expert.onnx.CardVariants.MOMENT;
import static org.enecg.expert.onnx.CardVariants.input;
import static org.enecg.expert.onnx.CardVariants.output;
import static org.enecg.expert.onnx.CardVariants.variant;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.enecg.expert.ExpertException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every way a card or its model can be wrong gets an error that names the file and the problem. */
class ModelCardErrorsTest {

    @TempDir Path tmp;

    static void assertMessage(Exception e, String... parts) {
        for (String p : parts) assertTrue(e.getMessage().contains(p), "'" + p + "' missing from: " + e.getMessage());
    }

    ModelCardException loadFails(Path card) {
        return assertThrows(ModelCardException.class, () -> OnnxExpert.load(card).close());
    }

    @Test
    void missingCardFile() {
        assertMessage(loadFails(tmp.resolve("nope.card.json")), "nope.card.json", "does not exist");
    }

    @Test
    void invalidJsonGivesLineAndColumn() throws IOException {
        Path card = tmp.resolve("bad.card.json");
        Files.writeString(card, "{\n  \"name\": \"x\",\n  \"version\": 1,,\n}");
        assertMessage(loadFails(card), "bad.card.json", "not valid JSON", "line 3");
    }

    @Test
    void misspeltFieldIsNotIgnored() throws IOException {
        Path card = variant(ECGFM, tmp, "typo.card.json", root -> input(root).put("normalization", "none"));
        assertMessage(loadFails(card), "typo.card.json", "input", "unknown field(s) [normalization]", "normalisation");
    }

    @Test
    void missingRequiredFieldIsNamedWithItsPath() throws IOException {
        Path card = variant(ECGFM, tmp, "noleads.card.json", root -> input(root).remove("leads"));
        assertMessage(loadFails(card), "noleads.card.json", "input.leads: required field is missing");
    }

    @Test
    void wrongTypeAndBadValuesAreNamed() throws IOException {
        assertMessage(loadFails(variant(ECGFM, tmp, "a.card.json", root -> input(root).put("samples", "2500"))),
                "a.card.json", "input.samples: expected a whole number");
        assertMessage(loadFails(variant(ECGFM, tmp, "b.card.json", root -> input(root).put("fit", "squeeze"))),
                "input.fit", "unknown fit 'squeeze'");
        assertMessage(loadFails(variant(ECGFM, tmp, "c.card.json", root -> input(root).putArray("leads").add("I").add("X1"))),
                "input.leads", "unknown lead 'X1'");
        assertMessage(loadFails(variant(ECGFM, tmp, "d.card.json", root -> input(root).put("fs", 500))),
                "input: fs", "fixes the length");
        assertMessage(loadFails(variant(ECGFM, tmp, "e.card.json", root -> input(root).put("units", "volts"))),
                "input.units", "expected mV or uV");
    }

    @Test
    void missingModelFileNamesCardAndModel() throws IOException {
        Path card = variant(ECGFM, tmp, "gone.card.json", root -> root.put("model", "gone.onnx"));
        assertMessage(loadFails(card), "gone.card.json", "gone.onnx", "does not exist");
    }

    @Test
    void corruptModelFileIsNamed() throws IOException {
        Path model = tmp.resolve("garbage.onnx");
        Files.write(model, "this is not a protobuf".repeat(50).getBytes());
        Path card = variant(ECGFM, tmp, "garbage.card.json", root -> root.put("model", model.toString()));
        assertMessage(loadFails(card), "garbage.onnx", "ONNX Runtime cannot load", "garbage.card.json");
    }

    @Test
    void truncatedModelFileIsNamed() throws IOException {
        byte[] bytes = Files.readAllBytes(MODELS.resolve("ecgfm-like.onnx"));
        Path model = tmp.resolve("half.onnx");
        Files.write(model, Arrays.copyOf(bytes, bytes.length / 2));
        Path card = variant(ECGFM, tmp, "half.card.json", root -> root.put("model", model.toString()));
        assertMessage(loadFails(card), "half.onnx", "ONNX Runtime cannot load");
    }

    @Test
    void wrongInputNameListsTheModelsInputs() throws IOException {
        Path card = variant(ECGFM, tmp, "in.card.json", root -> input(root).put("name", "ecg"));
        assertMessage(loadFails(card), "in.card.json", "'ecg' is not an input of ecgfm-like.onnx", "signal float[-1, 12, 2500]");
    }

    @Test
    void wrongLeadCountOrLengthIsAShapeError() throws IOException {
        Path leads = variant(ECGFM, tmp, "leads.card.json", root -> input(root).putArray("leads").add("I").add("II"));
        assertMessage(loadFails(leads), "leads.card.json", "[-1, 12, 2500]", "[batch, 2 lead(s), 2500 samples]");
        Path samples = variant(ECGFM, tmp, "samples.card.json", root -> input(root).put("samples", 5000));
        assertMessage(loadFails(samples), "samples.card.json", "[batch, 12 lead(s), 5000 samples]");
        Path rank = variant(MOMENT, tmp, "rank.card.json", root -> input(root).put("axes", "batch,samples"));
        assertMessage(loadFails(rank), "rank.card.json", "rank 3", "need rank 2");
        Path channelsLast = variant(ECGFM, tmp, "last.card.json", root -> input(root).put("axes", "batch,samples,leads"));
        assertMessage(loadFails(channelsLast), "last.card.json", "[batch, 2500 samples, 12 lead(s)]");
    }

    @Test
    void wrongOutputNameOrSizeIsNamed() throws IOException {
        Path name = variant(ECGFM, tmp, "out.card.json", root -> output(root).put("name", "probs"));
        assertMessage(loadFails(name), "out.card.json", "'probs' is not an output of ecgfm-like.onnx", "logits");
        Path size = variant(ECGFM, tmp, "size.card.json", root -> output(root).put("size", 10));
        assertMessage(loadFails(size), "size.card.json", "[-1, 26]", "names 10 outputs");
        Path names = variant(ECGFM, tmp, "names.card.json", root -> output(root).putArray("names").add("a").add("b"));
        assertMessage(loadFails(names), "names.card.json", "size 26 does not match the 2 names");
    }

    @Test
    void constantInputTheModelDoesNotHaveIsNamed() throws IOException {
        Path card = variant(ECGFM, tmp, "const.card.json", root ->
                root.putArray("constant_inputs").addObject().put("name", "demo").putArray("values").add(60).add(0));
        assertMessage(loadFails(card), "const.card.json", "constant_inputs: 'demo' is not an input of ecgfm-like.onnx");
    }

    @Test
    void runtimeFailureNamesTheModelAndTheInputShape() throws IOException {
        try (OnnxExpert e = OnnxExpert.load(ECGFM)) {
            // Items of another length than the card's reach ONNX Runtime, which refuses the shape.
            List<float[][]> wrong = List.<float[][]>of(new float[12][1000]);
            ExpertException ex = assertThrows(ExpertException.class, () -> e.computeItems(wrong));
            assertMessage(ex, "ecgfm-like.onnx", "ONNX Runtime failed on input 'signal' [1, 12, 1000]");
            // Items with the wrong number of leads are refused before the model runs.
            List<float[][]> leads = List.<float[][]>of(new float[3][2500]);
            assertMessage(assertThrows(ExpertException.class, () -> e.computeItems(leads)), "ecgfm-like", "item 0 has 3 lead(s)", "12");
        }
    }
}
