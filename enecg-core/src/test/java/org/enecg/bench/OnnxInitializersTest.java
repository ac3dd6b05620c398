package org.enecg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Initializer elements of the bundled ONNX models against an independent count (count_onnx_initializers.py, a separate
 * protobuf walk in Python; see the README beside it); for the pretrained models these are also the parameter counts
 * their MANIFEST.md files give.
 */
class OnnxInitializersTest {

    @ParameterizedTest
    @CsvSource({
            "models/pretrained/xceptiontime-ptbxl/xc_super_pretrained.onnx, 59, 403298",
            "models/pretrained/beat-aami-mitbih/beat_fold1.onnx, 24, 45105",
            "models/pretrained/beat-aami-mitbih/beat_ensemble.onnx, 72, 135315",
            "models/pretrained/rhythm-leadii-cinc2020/rhythm_se_mobilenet1d.onnx, 38, 47844",
            "models/test/ecgfm-like.onnx, 17, 75610",
            "models/test/moment-like.onnx, 12, 37952"})
    void countsEveryInitializerElement(String file, int tensors, long elements) throws IOException {
        OnnxInitializers.Count c = OnnxInitializers.count(Path.of(file));
        assertEquals(tensors, c.tensors(), file);
        assertEquals(elements, c.elements(), file);
    }

    @Test
    void aTruncatedModelIsAnErrorNamingTheFile(@TempDir Path tmp) throws IOException {
        byte[] all = Files.readAllBytes(Path.of("models/pretrained/rhythm-leadii-cinc2020/rhythm_se_mobilenet1d.onnx"));
        Path cut = tmp.resolve("cut.onnx");
        Files.write(cut, java.util.Arrays.copyOf(all, all.length / 2));
        IOException e = assertThrows(IOException.class, () -> OnnxInitializers.count(cut));
        assertTrue(e.getMessage().startsWith(cut.toString()), e.getMessage());
    }

    @Test
    void aFileThatIsNoModelIsAnError(@TempDir Path tmp) throws IOException {
        Path text = tmp.resolve("card.onnx");
        Files.writeString(text, "{\"name\": \"not a model\"}");
        IOException e = assertThrows(IOException.class, () -> OnnxInitializers.count(text));
        assertTrue(e.getMessage().startsWith(text.toString()), e.getMessage());
    }
}
