package org.enecg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.enecg.cache.Npy;
import org.enecg.cache.NpyArray;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code enecg embed} on real bundled records (read by the WFDB reader), with bad records among them. */
class EmbedCommandTest {

    @TempDir Path tmp;

    private static CliRun run(String... args) { return CliRun.of(args); }

    Path list() throws IOException {
        Path root = Path.of("").toAbsolutePath();
        Path list = tmp.resolve("records.txt");
        Files.write(list, List.of(
                "# three LUDB records, one CinC record (MATLAB v4), and three that cannot be read",
                root.resolve("data/bundled/ludb/data/1.hea").toString(),
                root.resolve("data/bundled/ludb/data/2.hea").toString(),
                root.resolve("data/bundled/ludb/data/3.hea").toString(),
                root.resolve("data/bundled/cinc2020-2021/torch_ecg-cinc2021/E07500.hea").toString(),
                root.resolve("enecg-core/src/test/resources/org/enecg/io/wfdb/bad/badfs.hea").toString(),
                root.resolve("enecg-core/src/test/resources/org/enecg/io/wfdb/bad/missingfile.hea").toString(),
                "no/such/record.hea"));
        return list;
    }

    @Test
    void embedsGoodRecordsSkipsBadOnesAndReusesTheCache() throws IOException {
        Path cache = tmp.resolve("cache");
        CliRun first = run("embed", "--data", list().toString(), "--experts", "ecgfm-like,models/test/moment-like.card.json",
                "--cache", cache.toString(), "--threads", "2", "--no-progress");
        assertEquals(0, first.exit(), first.err() + first.out());
        assertTrue(first.out().contains("records: 7, embedded 4 (0 from cache, 4 computed), skipped 3"), first.out());
        assertTrue(first.out().contains("records/s"), first.out());
        assertTrue(first.out().contains("badfs.hea line 1: sampling frequency '360Hz' is not a number"), first.out());
        assertTrue(first.out().contains("signal file missingfile.dat not found"), first.out());
        assertTrue(first.out().contains("no/such/record.hea: cannot read the record's files: no such file: " + tmp.resolve("no/such/record.hea")),
                first.out());

        Path ecgfm = expertDir(cache, "ecgfm-like");
        NpyArray m = Npy.read(ecgfm.resolve(onlyPart(ecgfm, ".npy")));
        assertEquals(List.of(4, 26), List.of(m.shape()[0], m.shape()[1]));
        NpyArray gate = Npy.read(expertDir(cache, "gate-input").resolve(onlyPart(expertDir(cache, "gate-input"), ".npy")));
        assertEquals(5000, gate.shape()[1]);

        CliRun second = run("embed", "--data", list().toString(), "--experts", "ecgfm-like,moment-like",
                "--cache", cache.toString(), "--no-progress");
        assertEquals(0, second.exit(), second.err());
        assertTrue(second.out().contains("embedded 4 (4 from cache, 0 computed), skipped 3"), second.out());
    }

    @Test
    void unknownExpertIsAnErrorListingTheKnownOnes() throws IOException {
        CliRun r = run("embed", "--data", list().toString(), "--experts", "ecg-fm", "--cache", tmp.resolve("c").toString());
        assertEquals(2, r.exit(), "a usage error");
        assertTrue(r.err().contains("unknown expert 'ecg-fm'; known: rhythm, morphology, spectral, rocket, dlinear, beat-aami-mitbih, ecgfm-like, moment-like"), r.err());
    }

    @Test
    void listShowsTheBundledCards() {
        CliRun r = run("embed", "--data", "bundled", "--cache", tmp.toString(), "--list");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("ecgfm-like\tmodels/test/ecgfm-like.card.json"), r.out());
        assertTrue(r.out().startsWith("rhythm\tbuilt-in\nmorphology\tbuilt-in\nspectral\tbuilt-in\nrocket\tbuilt-in\ndlinear\tbuilt-in\n"), r.out());
    }

    @Test
    void aManifestsRecordIdsNameTheRows() throws IOException {
        // A manifest of three bundled LUDB records (paths relative to the manifest's folder), one of them missing.
        Path root = Path.of("").toAbsolutePath();
        Path manifest = tmp.resolve("m.csv");
        Files.write(manifest, List.of(
                "record_id,subject_id,path,fs,n_samples,leads,age",
                "ludb/1,ludb/1," + root.resolve("data/bundled/ludb/data/1") + ",500,5000,I II III aVR aVL aVF V1 V2 V3 V4 V5 V6,51",
                "ludb/2,ludb/2," + root.resolve("data/bundled/ludb/data/2") + ",500,5000,I II III aVR aVL aVF V1 V2 V3 V4 V5 V6,64",
                "gone,gone,nowhere/gone,500,5000,I,40"));
        Path cache = tmp.resolve("cache");
        CliRun r = run("embed", "--data", manifest.toString(), "--experts", "ecgfm-like", "--cache", cache.toString(), "--no-progress");
        assertEquals(0, r.exit(), r.err() + r.out());
        assertTrue(r.out().contains("records: 3, embedded 2 (0 from cache, 2 computed), skipped 1"), r.out());
        assertTrue(r.out().contains("quality: good 2, acceptable 0, poor 1\n"), r.out());
        assertTrue(r.out().contains("poor gone: unreadable: "), "the poor record listed by name with its reason: " + r.out());
        List<String> index = Files.readAllLines(expertDir(cache, "ecgfm-like").resolve(onlyPart(expertDir(cache, "ecgfm-like"), ".csv")));
        // rows of a part are sorted by record key, so either order
        assertTrue(index.stream().anyMatch(l -> l.contains(",ludb/1,")) && index.stream().anyMatch(l -> l.contains(",ludb/2,")), index.toString());
    }

    static Path expertDir(Path cache, String expert) throws IOException {
        try (Stream<Path> s = Files.list(cache.resolve("experts"))) {
            return s.filter(p -> p.getFileName().toString().startsWith(expert + "-")).findFirst().orElseThrow();
        }
    }

    static String onlyPart(Path dir, String ext) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            List<String> parts = s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("part-") && n.endsWith(ext)).toList();
            assertEquals(1, parts.size(), parts.toString());
            return parts.get(0);
        }
    }
}
