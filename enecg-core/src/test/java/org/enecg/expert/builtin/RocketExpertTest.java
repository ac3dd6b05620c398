package org.enecg.expert.builtin;

import static org.enecg.expert.builtin.BuiltinFixtures.embed;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.enecg.expert.ExpertInput;
import org.enecg.expert.Fingerprint;
import org.enecg.io.Record;
import org.enecg.testing.SyntheticEcg;
import org.junit.jupiter.api.Test;

class RocketExpertTest {

    private final RocketExpert rocket = new RocketExpert();

    private static byte[] bundledBytes() throws IOException {
        try (InputStream in = RocketExpert.class.getResourceAsStream(RocketExpert.RESOURCE)) {
            return in.readAllBytes();
        }
    }

    @Test
    void bundledParametersAreTheSeededStructureWithFittedBiases() throws IOException {
        MiniRocketFile f = MiniRocketFile.read(new ByteArrayInputStream(bundledBytes()), "minirocket.json");
        MiniRocket.Structure s = MiniRocket.structure(12, 1000, 1008, 32, RocketExpert.SEED);
        assertArrayEquals(s.dilations(), f.rocket().structure().dilations());
        assertArrayEquals(s.channelIndices(), f.rocket().structure().channelIndices());
        assertArrayEquals(s.channelsPerCombination(), f.rocket().structure().channelsPerCombination());
        assertEquals(RocketExpert.SEED, f.seed());
        assertTrue(f.provenance().get("command").startsWith("enecg rocket-fit --data bundled"), f.provenance().toString());
        assertEquals(Fingerprint.sha256Hex(bundledBytes()), rocket.fingerprint().weightsSha256());
        assertEquals(1008, rocket.outputSize());
    }

    @Test
    void featuresAreProportionsAndDifferBetweenRecords() {
        float[] a = embed(rocket, BuiltinFixtures.ludb(1)), b = embed(rocket, BuiltinFixtures.ludb(2));
        assertEquals(1008, a.length);
        int differ = 0, inside = 0;
        for (int i = 0; i < a.length; i++) {
            assertTrue(a[i] >= 0 && a[i] <= 1, "PPV " + a[i]);
            if (a[i] != b[i]) differ++;
            if (a[i] > 0 && a[i] < 1) inside++;
        }
        assertTrue(differ > 500, "features differing between two records: " + differ);
        assertTrue(inside > 500, "features strictly between 0 and 1: " + inside);
    }

    @Test
    void theOutputIsTheTransformOfThePreparedWindowsAveraged() {
        // 25 s at 500 Hz: two 10-s windows at 100 Hz, the last 5 s dropped.
        Record r = BuiltinFixtures.twelveLead("long", 500, new SyntheticEcg(500, 25).heartRate(72).noise(0.03));
        List<float[][]> items = ExpertInput.prepare(r, rocket.spec()).items();
        assertEquals(2, items.size());
        float[] w0 = rocket.rocket().transform(items.get(0)), w1 = rocket.rocket().transform(items.get(1));
        float[] out = embed(rocket, r);
        for (int i = 0; i < out.length; i++) assertEquals((w0[i] + w1[i]) / 2, out[i], 1e-6);
    }

    @Test
    void shortFlatAndPartialRecordsGiveFiniteFeatures() {
        for (Record r : List.of(BuiltinFixtures.twelveLead("2s", 500, new SyntheticEcg(500, 2)),
                BuiltinFixtures.twelveLead("flat", 500, new SyntheticEcg(500, 10), new double[12]),
                BuiltinFixtures.of("ii", 500, List.of("II"), List.of(new SyntheticEcg(500, 10).signal())))) {
            float[] out = embed(rocket, r);
            assertEquals(1008, out.length);
            for (float x : out) assertTrue(x >= 0 && x <= 1, r.id());
        }
    }

    @Test
    void changedParametersChangeTheFingerprintAndBadFilesAreNamed() throws IOException {
        String json = new String(bundledBytes(), StandardCharsets.UTF_8);
        String other = json.replaceFirst("\"biases\" : \\[ [^,]+,", "\"biases\" : [ 0.125,");
        RocketExpert changed = RocketExpert.of(new ByteArrayInputStream(other.getBytes(StandardCharsets.UTF_8)), "other.json");
        assertNotEquals(rocket.fingerprint().id(), changed.fingerprint().id());
        IOException e = assertThrows(IOException.class, () -> RocketExpert.of(new ByteArrayInputStream(
                json.replace("\"input_length\" : 1000", "\"input_length\" : 999").getBytes(StandardCharsets.UTF_8)), "len.json"));
        assertTrue(e.getMessage().startsWith("len.json: "), e.getMessage());
    }

    @Test
    void deterministic() {
        Record r = BuiltinFixtures.ludb(9);
        assertArrayEquals(embed(rocket, r), embed(new RocketExpert(), r));
    }
}
