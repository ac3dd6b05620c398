package org.enecg.expert.builtin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MiniRocketTest {

    private static final String DIR = "/org/enecg/expert/builtin/minirocket/";

    static String text(String name) throws IOException {
        try (InputStream in = MiniRocketTest.class.getResourceAsStream(DIR + name)) {
            if (in == null) throw new IOException("missing test resource " + DIR + name);
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
    }

    static double[] numbers(String name) throws IOException {
        return Arrays.stream(text(name).trim().split("\\s+")).mapToDouble(Double::parseDouble).toArray();
    }

    static List<float[][]> arrays(double[] flat, int channels, int length) {
        List<float[][]> out = new ArrayList<>();
        for (int at = 0; at < flat.length; ) {
            float[][] x = new float[channels][length];
            for (int c = 0; c < channels; c++) for (int t = 0; t < length; t++) x[c][t] = (float) flat[at++];
            out.add(x);
        }
        return out;
    }

    static MiniRocketFile fixture() throws IOException {
        try (InputStream in = MiniRocketTest.class.getResourceAsStream(DIR + "fixture.json")) {
            return MiniRocketFile.read(in, "fixture.json");
        }
    }

    @Test
    void dilationSchedulesMatchTheReference() throws IOException {
        for (String line : text("dilations.txt").trim().split("\n")) {
            String[] parts = line.split("\\|");
            int[] setting = Arrays.stream(parts[0].trim().split(" ")).mapToInt(Integer::parseInt).toArray();
            int[] dil = Arrays.stream(parts[1].trim().split(" ")).mapToInt(Integer::parseInt).toArray();
            int[] counts = Arrays.stream(parts[2].trim().split(" ")).mapToInt(Integer::parseInt).toArray();
            int[][] got = MiniRocket.dilations(setting[0], setting[1], setting[2]);
            assertArrayEquals(dil, got[0], line);
            assertArrayEquals(counts, got[1], line);
        }
    }

    @Test
    void kernelsAreTheEightyFourChoicesOfThreePositions() {
        assertEquals(84, MiniRocket.KERNEL_INDICES.length);
        assertArrayEquals(new int[] {0, 1, 2}, MiniRocket.KERNEL_INDICES[0]);
        assertArrayEquals(new int[] {0, 1, 3}, MiniRocket.KERNEL_INDICES[1]);
        assertArrayEquals(new int[] {6, 7, 8}, MiniRocket.KERNEL_INDICES[83]);
    }

    @Test
    void quantilesAreTheGoldenRatioSequence() {
        float[] q = MiniRocket.quantiles(3);
        double phi = (Math.sqrt(5) + 1) / 2;
        assertEquals((float) (phi % 1), q[0]);
        assertEquals((float) ((2 * phi) % 1), q[1]);
        assertEquals((float) ((3 * phi) % 1), q[2]);
    }

    @Test
    void biasesFittedInJavaMatchNumpy() throws IOException {
        MiniRocketFile f = fixture();
        List<float[][]> examples = arrays(numbers("examples.txt"), 3, 64);
        int[] picks = Arrays.stream(numbers("picks.txt")).mapToInt(d -> (int) d).toArray();
        float[] expected = f.rocket().biases();
        float[] got = MiniRocket.fitBiases(f.rocket().structure(), examples, picks);
        for (int i = 0; i < expected.length; i++) assertEquals(expected[i], got[i], 1e-5 * (1 + Math.abs(expected[i])), "bias " + i);
    }

    @Test
    void transformMatchesNumpy() throws IOException {
        MiniRocket r = fixture().rocket();
        List<float[][]> inputs = arrays(numbers("inputs.txt"), 3, 64);
        double[] expected = numbers("features.txt");
        int n = r.features(), exact = 0;
        for (int i = 0; i < inputs.size(); i++) {
            float[] got = r.transform(inputs.get(i));
            for (int j = 0; j < n; j++) {
                // PPV over at most 64 positions: a value within float rounding of its bias may count differently.
                assertEquals(expected[i * n + j], got[j], 1.0 / 8 + 1e-6, "input " + i + " feature " + j);
                if (Math.abs(expected[i * n + j] - got[j]) < 1e-6) exact++;
            }
        }
        assertTrue(exact >= 0.995 * n * inputs.size(), "exact features: " + exact + " of " + n * inputs.size());
    }

    @Test
    void structureIsAFunctionOfTheSeed() {
        MiniRocket.Structure a = MiniRocket.structure(12, 1000, 1008, 32, 42), b = MiniRocket.structure(12, 1000, 1008, 32, 42);
        assertArrayEquals(a.channelIndices(), b.channelIndices());
        assertArrayEquals(a.channelsPerCombination(), b.channelsPerCombination());
        assertNotEquals(Arrays.toString(a.channelIndices()), Arrays.toString(MiniRocket.structure(12, 1000, 1008, 32, 43).channelIndices()));
        assertEquals(1008, a.features());
        for (int c : a.channelsPerCombination()) assertTrue(c >= 1 && c <= 9, "1 to 9 channels per pair, found " + c);
        int at = 0;
        for (int k : a.channelsPerCombination()) {
            int[] ch = Arrays.copyOfRange(a.channelIndices(), at, at + k);
            assertEquals(k, Arrays.stream(ch).distinct().count(), "channels drawn without replacement");
            at += k;
        }
    }

    @Test
    void fileRoundTripsAndBadFilesNameTheField() throws IOException {
        MiniRocketFile f = fixture();
        MiniRocketFile back = MiniRocketFile.read(new ByteArrayInputStream(f.toBytes()), "back");
        assertArrayEquals(f.rocket().biases(), back.rocket().biases());
        assertArrayEquals(f.rocket().structure().channelIndices(), back.rocket().structure().channelIndices());
        assertEquals(f.provenance(), back.provenance());
        assertEquals(Map.of("data", "make_vectors.py fixture (numpy default_rng(5))"), f.provenance());
        String json = new String(f.toBytes(), StandardCharsets.UTF_8);
        IOException wrongFormat = assertThrows(IOException.class,
                () -> MiniRocketFile.read(new ByteArrayInputStream(json.replace("enecg-minirocket/1", "other").getBytes()), "x.json"));
        assertTrue(wrongFormat.getMessage().startsWith("x.json: field 'format'"), wrongFormat.getMessage());
        IOException missing = assertThrows(IOException.class,
                () -> MiniRocketFile.read(new ByteArrayInputStream(json.replace("\"biases\"", "\"b\"").getBytes()), "y.json"));
        assertTrue(missing.getMessage().contains("'biases'"), missing.getMessage());
        assertThrows(IOException.class, () -> MiniRocketFile.read(new ByteArrayInputStream("{".getBytes()), "z.json"));
        IOException shortBiases = assertThrows(IOException.class, () -> MiniRocketFile.read(new ByteArrayInputStream(
                json.replaceFirst("\"biases\" : \\[ [^,]+,", "\"biases\" : [").getBytes()), "short.json"));
        assertTrue(shortBiases.getMessage().startsWith("short.json: "), shortBiases.getMessage());
    }

    @Test
    void rejectsInputsOfTheWrongShape() throws IOException {
        MiniRocket r = fixture().rocket();
        assertThrows(IllegalArgumentException.class, () -> r.transform(new float[2][64]));
        assertThrows(IllegalArgumentException.class, () -> r.transform(new float[3][63]));
    }
}
