package org.enecg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.enecg.signal.BeatMatch;
import org.enecg.testing.LudbBeats;
import org.enecg.testing.RealEcg;
import org.junit.jupiter.api.Test;

/** {@code enecg peaks} with captured stdout and stderr. */
class PeaksCommandTest {

    private static CliRun run(String... args) { return CliRun.of(args); }

    private static int[] peaks(JsonNode j) {
        int[] p = new int[j.get("peaks").size()];
        for (int i = 0; i < p.length; i++) p[i] = j.get("peaks").get(i).asInt();
        return p;
    }

    @Test
    void jsonOfOneLeadMatchesTheGoldenFile() throws IOException {
        CliRun r = run("peaks", "data/bundled/ludb/data/1", "--lead", "II", "--json");
        assertEquals(0, r.exit(), r.err());
        assertEquals(Files.readString(Path.of("enecg-core/src/test/resources/org/enecg/cli/peaks-ludb1-ii.json")), r.out());
    }

    @Test
    void ludbRecordPeaksMatchTheExpertAnnotation() throws IOException {
        CliRun r = run("peaks", "data/bundled/ludb/data/1.hea", "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals(500.0, j.get("fs").asDouble());
        assertEquals(12, j.get("leads").size());
        LudbBeats ref = LudbBeats.of(1, "ii");
        BeatMatch bm = BeatMatch.compare(ref.rPeaks(), peaks(j), 75, ref.spanFrom(), ref.spanTo());
        assertEquals(new BeatMatch(ref.rPeaks().length, 0, 0), bm);
    }

    @Test
    void plainOutputIsOneIndexPerLineAndMethodsCanBeChosen() {
        CliRun elgendi = run("peaks", RealEcg.MITBIH_100.toString(), "--lead", "MLII");
        CliRun pt = run("peaks", RealEcg.MITBIH_100.toString(), "--lead", "MLII", "--method", "pantompkins");
        assertEquals(0, elgendi.exit(), elgendi.err());
        assertEquals(0, pt.exit(), pt.err());
        int[] e = elgendi.out().lines().mapToInt(Integer::parseInt).toArray();
        int[] p = pt.out().lines().mapToInt(Integer::parseInt).toArray();
        BeatMatch be = BeatMatch.compare(RealEcg.mitbih100Beats(), e, 54), bp = BeatMatch.compare(RealEcg.mitbih100Beats(), p, 54);
        assertTrue(be.sensitivity() > 0.995 && be.positivePredictivity() > 0.995, be.toString());
        assertTrue(bp.sensitivity() > 0.995 && bp.positivePredictivity() > 0.995, bp.toString());
    }

    @Test
    void unknownLeadOrMethodIsAClearError() {
        CliRun r = run("peaks", "data/bundled/ludb/data/1", "--lead", "V7");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("no lead 'V7'; the record has I, II, III, aVR"), r.err());
        CliRun m = run("peaks", "data/bundled/ludb/data/1", "--method", "hamilton");
        assertTrue(m.err().contains("unknown QRS method 'hamilton'"), m.err());
    }

    @Test
    void worksOnEveryBundledRecord() throws IOException {
        List<Path> headers = new ArrayList<>();
        try (Stream<Path> s = Files.walk(Path.of("data/bundled"))) {
            s.filter(p -> p.toString().endsWith(".hea")).sorted().forEach(headers::add);
        }
        assertTrue(headers.size() >= 320, "bundled records found: " + headers.size());
        List<String> failed = new ArrayList<>();
        int withBeats = 0;
        ObjectMapper json = new ObjectMapper();
        for (Path h : headers) {
            CliRun r = run("peaks", h.toString(), "--json");
            if (r.exit() != 0) {
                failed.add(h + ": " + r.err().trim());
                continue;
            }
            JsonNode j = json.readTree(r.out());
            int[] p = peaks(j);
            double seconds = Files.readString(h).lines().findFirst().map(PeaksCommandTest::seconds).orElse(0.0);
            // Every bundled record is a human ECG of 10 s or more: between 20 and 250 beats per minute.
            if (p.length < seconds / 3 || p.length > seconds * 250 / 60) failed.add(h + ": " + p.length + " beats in " + seconds + " s");
            else withBeats++;
        }
        assertTrue(failed.isEmpty(), failed.size() + " record(s) failed:\n" + String.join("\n", failed));
        assertEquals(headers.size(), withBeats);
    }

    /** Duration in seconds from a header's record line: name, signals, fs, samples. */
    private static double seconds(String recordLine) {
        String[] f = recordLine.trim().split("\\s+");
        return Double.parseDouble(f[3]) / Double.parseDouble(f[2].split("/")[0]);
    }
}
