package org.enecg.expert.builtin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.enecg.expert.Expert;
import org.enecg.expert.ExpertInput;
import org.enecg.io.LeadName;
import org.enecg.io.Record;
import org.enecg.testing.SyntheticEcg;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What every built-in expert must do: pinned names, finite outputs on any record, determinism, distinct fingerprints. */
class BuiltinExpertsTest {

    static List<String> names() { return BuiltinExperts.NAMES; }

    @Test
    void registryNamesAndTheDefaultSet() {
        assertEquals(List.of("rhythm", "morphology", "spectral", "rocket", "dlinear"), BuiltinExperts.NAMES);
        assertEquals(BuiltinExperts.NAMES, BuiltinExperts.DEFAULT_SET);
        for (String n : BuiltinExperts.NAMES) assertEquals(n, BuiltinExperts.create(n).name());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BuiltinExperts.create("rythm"));
        assertTrue(e.getMessage().contains("known: rhythm, morphology, spectral, rocket, dlinear"), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void outputNamesArePinned(String name) throws IOException {
        List<String> got = BuiltinExperts.create(name).spec().outputNames();
        if (name.equals("rocket")) {
            assertEquals(RocketExpert.FEATURES, got.size());
            for (int i = 0; i < got.size(); i++) assertEquals("rocket." + i, got.get(i));
            return;
        }
        try (InputStream in = getClass().getResourceAsStream("/org/enecg/expert/builtin/feature-names/" + name + ".txt")) {
            List<String> pinned = List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).trim().split("\n"));
            assertEquals(pinned, got);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void namesAreLowerCasePrefixedAndUnique(String name) {
        Expert e = BuiltinExperts.create(name);
        String prefix = name.equals("morphology") ? "morph." : name + ".";
        Set<String> seen = new HashSet<>();
        for (String n : e.spec().outputNames()) {
            assertTrue(n.startsWith(prefix) && n.matches("[a-z0-9_.]+"), n);
            assertTrue(seen.add(n), "repeated " + n);
        }
    }

    static List<Record> awkwardRecords() {
        List<Record> out = new ArrayList<>();
        out.add(BuiltinFixtures.ludb(1));
        out.add(BuiltinFixtures.twelveLead("flat", 500, new SyntheticEcg(500, 10), new double[12]));
        out.add(BuiltinFixtures.twelveLead("0.3s", 500, new SyntheticEcg(500, 0.3)));
        out.add(BuiltinFixtures.twelveLead("1.5s", 500, new SyntheticEcg(500, 1.5)));
        out.add(BuiltinFixtures.twelveLead("1000Hz", 1000, new SyntheticEcg(1000, 8).heartRate(90)));
        out.add(BuiltinFixtures.twelveLead("250Hz-60s", 250, new SyntheticEcg(250, 60).fibrillation(0.3)));
        SyntheticEcg e = new SyntheticEcg(500, 10).heartRate(66);
        out.add(BuiltinFixtures.of("three-leads", 500, List.of("II", "V5", "PLETH"), List.of(e.signal(), e.signal(), new float[5000])));
        float[] nan = e.signal();
        for (int i = 1000; i < 1400; i++) nan[i] = Float.NaN;
        out.add(BuiltinFixtures.of("nan", 500, List.of("I", "II"), List.of(nan, e.signal())));
        Random r = new Random(1);
        float[] noise = new float[5000];
        for (int i = 0; i < noise.length; i++) noise[i] = (float) (5 * r.nextGaussian());
        out.add(BuiltinFixtures.of("noise", 500, List.of("I", "II", "V1"), List.of(noise, noise, noise)));
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void everyRecordGetsAFiniteOutputOfTheDeclaredSize(String name) {
        Expert e = BuiltinExperts.create(name);
        for (Record r : awkwardRecords()) {
            float[] out = e.embed(ExpertInput.prepare(r, e.spec()));
            assertEquals(e.outputSize(), out.length, r.id());
            for (int i = 0; i < out.length; i++) assertTrue(Float.isFinite(out[i]), r.id() + ": " + e.spec().outputNames().get(i) + " = " + out[i]);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void outputsDoNotDependOnThreadsOrBatches(String name) throws Exception {
        Expert e = BuiltinExperts.create(name);
        List<Record> records = List.of(BuiltinFixtures.ludb(5), BuiltinFixtures.ludb(6), BuiltinFixtures.ludb(7), BuiltinFixtures.ludb(8));
        List<float[]> alone = new ArrayList<>();
        for (Record r : records) alone.add(BuiltinExperts.create(name).embed(ExpertInput.prepare(r, e.spec())));
        float[][] batch = e.embed(records);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<float[]>> futures = new ArrayList<>();
            for (int rep = 0; rep < 2; rep++) for (Record r : records) futures.add(pool.submit(() -> e.embed(ExpertInput.prepare(r, e.spec()))));
            for (int i = 0; i < futures.size(); i++) assertArrayEquals(alone.get(i % 4), futures.get(i).get(), "record " + i % 4);
        } finally {
            pool.shutdownNow();
        }
        for (int i = 0; i < 4; i++) assertArrayEquals(alone.get(i), batch[i], "batch row " + i);
    }

    @Test
    void fingerprintsAreStableAndDistinct() {
        Set<String> ids = new HashSet<>();
        for (String n : BuiltinExperts.NAMES) {
            Expert a = BuiltinExperts.create(n), b = BuiltinExperts.create(n);
            assertEquals(a.fingerprint(), b.fingerprint(), n);
            assertTrue(ids.add(a.fingerprint().id()), n);
            assertEquals(n, a.fingerprint().name());
            assertTrue(a.fingerprint().parameters().containsKey("input.leads"), n);
        }
        assertTrue(new RhythmExpert().fingerprint().parameters().get("analysis.qrs").contains("ELGENDI_2010"));
        assertNotEquals("none", new RocketExpert().fingerprint().weightsSha256());
        assertNotEquals("none", new DLinearExpert().fingerprint().weightsSha256());
    }

    @Test
    void theFeatureExpertsReadTheTwelveLeadsWholeAt500Hz() {
        for (Expert e : List.of(new RhythmExpert(), new MorphologyExpert(), new SpectralExpert())) {
            assertEquals(LeadName.STANDARD_ORDER, e.spec().leads());
            assertEquals(500, e.spec().fs());
            assertEquals("whole", e.spec().fit().key());
        }
        assertEquals("record_z", new DLinearExpert().spec().normalisation().key());
        assertEquals(100, new RocketExpert().spec().fs());
    }

    @Test
    void docsListEveryOutputOfTheFeatureExperts() throws IOException {
        String doc = Files.readString(Path.of("docs/experts.md"));
        List<String[]> all = new ArrayList<>();
        all.addAll(RhythmExpert.describeOutputs());
        all.addAll(MorphologyExpert.describeOutputs());
        all.addAll(SpectralExpert.describeOutputs());
        all.addAll(DLinearExpert.describeOutputs());
        all.addAll(RocketExpert.describeOutputs());
        for (String[] o : all) assertTrue(doc.contains("`" + o[0] + "`"), "docs/experts.md lacks `" + o[0] + "`");
    }
}
