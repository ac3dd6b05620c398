package org.enecg.expert.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.enecg.expert.Expert;
import org.enecg.expert.ExpertInput;
import org.enecg.io.Record;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Outputs on LUDB record 1 against those recorded with the expert's current version (README beside the files): a
 * change in the signal code under an expert must come with a new expert version, or caches would serve stale values.
 */
class GoldenOutputsTest {

    private static final String DIR = "/org/enecg/expert/builtin/golden/";

    static List<String> names() { return BuiltinExperts.NAMES; }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void outputsMatchTheGoldenOfTheirVersion(String name) throws IOException {
        Expert e = BuiltinExperts.create(name);
        List<String> lines;
        try (InputStream in = GoldenOutputsTest.class.getResourceAsStream(DIR + name + ".txt")) {
            lines = List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).trim().split("\n"));
        }
        String recorded = lines.get(0).replaceAll(".* version (\\S+) .*", "$1");
        if (!recorded.equals(e.fingerprint().version())) {
            fail(name + " is version " + e.fingerprint().version() + " but its golden outputs are of version " + recorded
                    + ": regenerate them (GoldenOutputsTest.main, see the README beside them)");
        }
        // A refitted parameter file changes the fingerprint by itself (its hash is part of it): the goldens follow it.
        String weights = lines.get(0).contains(" weights ") ? lines.get(0).replaceAll(".* weights (\\S+) .*", "$1") : "none";
        if (!weights.equals(weightsTag(e))) {
            fail(name + " has parameters " + weightsTag(e) + " but its golden outputs were made with " + weights
                    + ": regenerate them (GoldenOutputsTest.main, see the README beside them)");
        }
        float[] out = e.embed(ExpertInput.prepare(BuiltinFixtures.ludb(1), e.spec()));
        assertEquals(lines.size() - 1, out.length);
        // PPV features count positions out of 1000: one position within rounding of its bias is 0.001.
        double abs = name.equals("rocket") ? 2e-3 : 1e-5;
        List<String> moved = new ArrayList<>();
        for (int i = 0; i < out.length; i++) {
            double g = Double.parseDouble(lines.get(i + 1));
            if (Math.abs(out[i] - g) > abs + 1e-4 * Math.abs(g)) moved.add(e.spec().outputNames().get(i) + " " + g + " -> " + out[i]);
        }
        if (!moved.isEmpty()) {
            fail(name + " outputs changed under the same version " + recorded + " (" + moved.size() + " of " + out.length
                    + ", e.g. " + moved.subList(0, Math.min(5, moved.size())) + "): bump its VERSION and regenerate the goldens");
        }
    }

    /** Writes the golden files into {@code args[0]} (the resource folder): run after bumping a version. */
    public static void main(String[] args) throws IOException {
        Record r = BuiltinFixtures.ludb(1);
        for (String n : BuiltinExperts.NAMES) {
            Expert e = BuiltinExperts.create(n);
            float[] out = e.embed(ExpertInput.prepare(r, e.spec()));
            List<String> lines = new ArrayList<>();
            lines.add("# " + n + " version " + e.fingerprint().version() + " weights " + weightsTag(e)
                    + " on LUDB record 1 (change aversion: recorded output, not ground truth)");
            for (float v : out) lines.add(Float.toString(v));
            Files.write(Path.of(args[0], n + ".txt"), lines);
        }
    }

    /** The first 12 hex digits of the expert's parameter-file hash, or "none" for an expert without one. */
    private static String weightsTag(Expert e) {
        String w = e.fingerprint().weightsSha256();
        return w == null || w.isEmpty() ? "none" : w.substring(0, Math.min(12, w.length()));
    }
}
