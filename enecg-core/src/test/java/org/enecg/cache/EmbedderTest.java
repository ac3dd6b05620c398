package org.enecg.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.enecg.expert.ExpertInput;
import org.enecg.expert.GateInput;
import org.enecg.io.LeadName;
import org.enecg.io.Record;
import org.enecg.io.wfdb.WfdbReader;
import org.enecg.testing.CountingExpert;
import org.enecg.testing.SyntheticRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cache filled by the embedder: computed once, resumable, invalidated entry by entry, deterministic. */
class EmbedderTest {

    @TempDir Path tmp;

    static List<Record> records(int n) {
        List<Record> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(SyntheticRecords.twelveLead(String.format("r%02d", i), 500, 10, i));
        return out;
    }

    static List<RecordRef> sources(List<Record> records) {
        return records.stream().map(RecordRef::of).toList();
    }

    static CountingExpert limb(String version) {
        return new CountingExpert("limb", version, List.of(LeadName.I, LeadName.II, LeadName.III), 250, 1250);
    }

    static CountingExpert chest() {
        return new CountingExpert("chest", "1", List.of(LeadName.V1, LeadName.V6), 500, 5000);
    }

    @Test
    void secondRunComputesNothingAndReturnsTheSameRows() throws Exception {
        List<Record> recs = records(6);
        CountingExpert a = limb("1"), b = chest();
        EmbeddingTable first;
        try (EmbeddingCache cache = EmbeddingCache.open(tmp)) {
            Embedder.TableResult r = new Embedder(cache, 2).table(sources(recs), List.of(a, b), GateInput.paperDefaults(), Embedder.Progress.NONE);
            first = r.table();
            assertEquals(6, r.summary().computed());
            assertEquals(6, a.items.get());
        }
        CountingExpert a2 = limb("1"), b2 = chest();
        try (EmbeddingCache cache = EmbeddingCache.open(tmp)) {
            Embedder.TableResult r = new Embedder(cache, 2).table(sources(recs), List.of(a2, b2), GateInput.paperDefaults(), Embedder.Progress.NONE);
            assertEquals(6, r.summary().fromCache());
            assertEquals(0, a2.items.get() + b2.items.get());
            for (int i = 0; i < 6; i++) {
                assertArrayEquals(first.row(0, i), r.table().row(0, i));
                assertArrayEquals(first.row(1, i), r.table().row(1, i));
                assertArrayEquals(first.gateInput(i), r.table().gateInput(i));
            }
        }
    }

    @Test
    void tableRowsAreTheExpertsOutputsAndTheGatesPreparedInput() throws Exception {
        List<Record> recs = records(3);
        CountingExpert a = limb("1");
        GateInput gate = GateInput.paperDefaults();
        try (EmbeddingCache cache = EmbeddingCache.open(tmp)) {
            EmbeddingTable t = new Embedder(cache, 1).table(sources(recs), List.of(a), gate, Embedder.Progress.NONE).table();
            assertEquals(List.of("r00", "r01", "r02"), t.recordIds());
            assertEquals(List.of("limb"), t.expertNames());
            assertEquals(a.fingerprint().id(), t.experts().get(0).fingerprint());
            assertEquals(5000, t.gateDim());
            for (int i = 0; i < 3; i++) {
                assertArrayEquals(a.embed(List.of(recs.get(i)))[0], t.row(0, i));
                assertArrayEquals(ExpertInput.prepare(recs.get(i), gate.spec()).items().get(0)[0], t.gateInput(i));
            }
        }
    }

    @Test
    void changedExpertOrRecordInvalidatesOnlyItsOwnEntries() throws Exception {
        List<Record> recs = records(5);
        try (EmbeddingCache cache = EmbeddingCache.open(tmp)) {
            new Embedder(cache, 1).embed(sources(recs), List.of(limb("1"), chest()), Embedder.Progress.NONE);
        }
        // A new version of one expert: only it runs again, on every record.
        CountingExpert a2 = limb("2"), b = chest();
        try (EmbeddingCache cache = EmbeddingCache.open(tmp)) {
            new Embedder(cache, 1).embed(sources(recs), List.of(a2, b), Embedder.Progress.NONE);
        }
        assertEquals(5, a2.items.get());
        assertEquals(0, b.items.get());
        // One record's signal changes: only that record runs again, for every expert.
        List<Record> changed = new ArrayList<>(recs);
        changed.set(2, SyntheticRecords.twelveLead("r02", 500, 10, 99));
        CountingExpert a3 = limb("2"), b3 = chest();
        try (EmbeddingCache cache = EmbeddingCache.open(tmp)) {
            EmbedSummary s = new Embedder(cache, 1).embed(sources(changed), List.of(a3, b3), Embedder.Progress.NONE);
            assertEquals(4, s.fromCache());
            assertEquals(1, s.computed());
        }
        assertEquals(1, a3.items.get());
        assertEquals(1, b3.items.get());
        // Both versions of the limb expert keep their folders.
        try (Stream<Path> dirs = Files.list(tmp.resolve("experts"))) {
            assertEquals(3, dirs.count());
        }
    }

    @Test
    void interruptedRunResumesWithoutRecomputingFinishedRecords() throws Exception {
        List<Record> recs = records(10);
        Path snapshot = tmp.resolve("snapshot");
        Path live = tmp.resolve("live");
        try (EmbeddingCache cache = EmbeddingCache.open(live)) {
            // After 4 records, write what is finished, then copy the folder as a crash at that moment would leave it.
            Embedder.Progress crashAfter4 = (done, total) -> {
                if (done == 4) {
                    try {
                        cache.flush();
                        copyTree(live, snapshot);
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                }
            };
            new Embedder(cache, 1).embed(sources(recs), List.of(limb("1")), crashAfter4);
        }
        // An orphan matrix and index, as a crash before a part's checksum file leaves them, must be ignored.
        Path expertDir;
        try (Stream<Path> dirs = Files.list(snapshot.resolve("experts"))) {
            expertDir = dirs.findFirst().orElseThrow();
        }
        Files.write(expertDir.resolve("part-000099.npy"), new byte[] {1, 2, 3});
        Files.writeString(expertDir.resolve("part-000099.csv"), "not even the header\n");
        CountingExpert resumed = limb("1");
        try (EmbeddingCache cache = EmbeddingCache.open(snapshot)) {
            EmbedSummary s = new Embedder(cache, 1).embed(sources(recs), List.of(resumed), Embedder.Progress.NONE);
            assertEquals(4, s.fromCache());
            assertEquals(6, s.computed());
        }
        assertEquals(6, resumed.items.get());
        try (Stream<Path> files = Files.list(expertDir)) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(4, names.size(), "compacted into one part, orphans removed: " + names);
            assertEquals("fingerprint.json", names.get(0));
            assertTrue(names.get(1).matches("part-0001\\d\\d\\.csv") && names.get(2).equals(names.get(1).replace(".csv", ".npy"))
                    && names.get(3).equals(names.get(1).replace(".csv", ".sum")), names.toString());
        }
    }

    @Test
    void resultsAreTheSameFilesWhateverTheNumberOfThreads() throws Exception {
        List<Record> recs = records(8);
        for (int threads : new int[] {1, 3}) {
            try (EmbeddingCache cache = EmbeddingCache.open(tmp.resolve("t" + threads))) {
                new Embedder(cache, threads).embed(sources(recs), List.of(limb("1"), GateInput.paperDefaults()), Embedder.Progress.NONE);
            }
        }
        for (String expert : List.of("limb", "gate-input")) {
            Path one = onlyPart(tmp.resolve("t1"), expert, "npy"), three = onlyPart(tmp.resolve("t3"), expert, "npy");
            assertArrayEquals(Files.readAllBytes(one), Files.readAllBytes(three), expert);
            assertArrayEquals(Files.readAllBytes(onlyPart(tmp.resolve("t1"), expert, "csv")),
                    Files.readAllBytes(onlyPart(tmp.resolve("t3"), expert, "csv")), expert);
        }
    }

    @Test
    void badRecordsAreReportedAndSkippedTheOthersGoOn() throws Exception {
        List<RecordRef> src = new ArrayList<>(sources(records(3)));
        src.add(1, new RecordRef("broken", tmp.resolve("broken.hea"), () -> {
            throw new IOException(tmp.resolve("broken.hea") + ": header line 1: sampling frequency 'abc' is not a number");
        }));
        Files.writeString(tmp.resolve("broken.hea"), "broken 12 abc 5000\n");
        Record tooShort = SyntheticRecords.twelveLead("short", 500, 0.5, 7);
        src.add(new RecordRef("short", null, () -> tooShort));
        src.add(new RecordRef("gone", tmp.resolve("gone.hea"), () -> { throw new IllegalStateException("never read"); }));
        org.enecg.expert.ExpertSpec strict = org.enecg.expert.ExpertSpec.builder(List.of(LeadName.II), List.of("x"))
                .crop(500, 1000).pad(org.enecg.expert.Pad.ERROR).build();
        org.enecg.expert.Expert padError = new org.enecg.expert.Expert() {
            final org.enecg.expert.Fingerprint fp = org.enecg.expert.Fingerprint.of("strict", "1", strict, java.util.Map.of(), "none");
            @Override public org.enecg.expert.ExpertSpec spec() { return strict; }
            @Override public org.enecg.expert.Fingerprint fingerprint() { return fp; }
            @Override public float[][] computeItems(List<float[][]> items) {
                float[][] o = new float[items.size()][1];
                return o;
            }
        };
        try (EmbeddingCache cache = EmbeddingCache.open(tmp.resolve("c"))) {
            Embedder.TableResult r = new Embedder(cache, 2).table(src, List.of(limb("1"), padError), GateInput.paperDefaults(), Embedder.Progress.NONE);
            EmbedSummary s = r.summary();
            assertEquals(6, s.records());
            assertEquals(3, s.ok());
            assertEquals(List.of("r00", "r01", "r02"), r.table().recordIds());
            assertEquals(3, s.skipped().size());
            assertEquals(tmp.resolve("broken.hea").toString(), s.skipped().get(0).record());
            assertTrue(s.skipped().get(0).reason().contains("sampling frequency 'abc'"), s.skipped().get(0).reason());
            assertEquals("short", s.skipped().get(1).record());
            assertTrue(s.skipped().get(1).reason().startsWith("expert strict: record short: too short"), s.skipped().get(1).reason());
            assertTrue(s.skipped().get(2).reason().contains("gone.hea"), s.skipped().get(2).reason());
            assertTrue(s.report().contains("skipped 3"), s.report());
        }
    }

    @Test
    void missingLeadsAreRecordedInTheIndex() throws Exception {
        Record noChest = SyntheticRecords.record("limbs-only", 500, 10, 3,
                List.of(LeadName.I, LeadName.II, LeadName.III, LeadName.AVR, LeadName.AVL, LeadName.AVF));
        try (EmbeddingCache cache = EmbeddingCache.open(tmp)) {
            EmbedSummary s = new Embedder(cache, 1).embed(List.of(RecordRef.of(noChest)), List.of(chest()), Embedder.Progress.NONE);
            assertEquals(1, s.missingLeads());
        }
        List<String> lines = Files.readAllLines(onlyPart(tmp, "chest", "csv"));
        assertEquals("record_key,record_id,missing_leads,non_finite,padded,segments", lines.get(0));
        assertTrue(lines.get(1).endsWith(",limbs-only,V1;V6,0,0,1"), lines.get(1));
        NpyArray m = Npy.read(onlyPart(tmp, "chest", "npy"));
        assertArrayEquals(new int[] {1, 6}, m.shape());
        assertArrayEquals(new float[6], m.asFloats(), "zero-filled leads give zeros");
    }

    @Test
    void unchangedRecordFilesAreNotReadAgainAndTouchedOnesAreHashedButNotDecodedOrRecomputed() throws Exception {
        // Real LUDB records (header + signal file) copied so their files can be touched.
        AtomicInteger reads = new AtomicInteger();
        List<RecordRef> src = new ArrayList<>();
        for (String id : List.of("1", "2", "3")) {
            Path hea = tmp.resolve("data").resolve(id + ".hea");
            Files.createDirectories(hea.getParent());
            Files.copy(Path.of("data/bundled/ludb/data/" + id + ".hea"), hea);
            Files.copy(Path.of("data/bundled/ludb/data/" + id + ".dat"), hea.resolveSibling(id + ".dat"));
            src.add(new RecordRef(id, hea, () -> { reads.incrementAndGet(); return WfdbReader.read(hea); }));
        }
        Path cacheDir = tmp.resolve("cache");
        for (int run = 0; run < 2; run++) {
            try (EmbeddingCache cache = EmbeddingCache.open(cacheDir)) {
                EmbedSummary s = new Embedder(cache, 1).embed(src, List.of(limb("1")), Embedder.Progress.NONE);
                assertEquals(3, s.ok(), s.report());
            }
        }
        assertEquals(3, reads.get(), "the second run knew every key from records.csv");
        Path dat = tmp.resolve("data/2.dat");
        Files.setLastModifiedTime(dat, FileTime.fromMillis(Files.getLastModifiedTime(dat).toMillis() + 5000));
        CountingExpert again = limb("1");
        try (EmbeddingCache cache = EmbeddingCache.open(cacheDir)) {
            EmbedSummary s = new Embedder(cache, 1).embed(src, List.of(again), Embedder.Progress.NONE);
            assertEquals(3, s.fromCache());
        }
        assertEquals(3, reads.get(), "the touched record's bytes were hashed: the same content, so its key is known without decoding");
        assertEquals(0, again.items.get(), "its content had not changed, so nothing was recomputed");
        // An annotation file beside the record is not one of its files: touching it changes nothing.
        Files.writeString(tmp.resolve("data/1.i"), "not a signal file");
        try (EmbeddingCache cache = EmbeddingCache.open(cacheDir)) {
            new Embedder(cache, 1).embed(src, List.of(limb("1")), Embedder.Progress.NONE);
        }
        assertEquals(3, reads.get());
    }

    @Test
    void aCacheFolderIsUsedByOneRunAtATime() throws Exception {
        try (EmbeddingCache cache = EmbeddingCache.open(tmp)) {
            IOException e = assertThrows(IOException.class, () -> EmbeddingCache.open(tmp));
            assertTrue(e.getMessage().contains("in use"), e.getMessage());
        }
        EmbeddingCache.open(tmp).close();
    }

    @Test
    void aDamagedIndexIsNamed() throws Exception {
        try (EmbeddingCache cache = EmbeddingCache.open(tmp)) {
            new Embedder(cache, 1).embed(sources(records(2)), List.of(limb("1")), Embedder.Progress.NONE);
        }
        Path csv = onlyPart(tmp, "limb", "csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(csv));
        lines.remove(2);
        Files.write(csv, lines);
        try (EmbeddingCache cache = EmbeddingCache.open(tmp)) {
            IOException e = assertThrows(IOException.class, () -> cache.read(limb("1")));
            assertTrue(e.getMessage().contains(csv.toString()) && e.getMessage().contains("damaged"), e.getMessage());
        }
    }

    @Test
    void duplicateRecordIdsAreRefused() throws Exception {
        Record r = records(1).get(0);
        try (EmbeddingCache cache = EmbeddingCache.open(tmp)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Embedder(cache, 1)
                    .table(List.of(RecordRef.of(r), RecordRef.of(r)), List.of(limb("1")), GateInput.paperDefaults(), Embedder.Progress.NONE));
            assertTrue(e.getMessage().contains("r00"), e.getMessage());
        }
    }

    static Path onlyPart(Path cacheDir, String expert, String ext) throws IOException {
        try (Stream<Path> dirs = Files.list(cacheDir.resolve("experts"))) {
            Path dir = dirs.filter(d -> d.getFileName().toString().startsWith(expert + "-")).findFirst().orElseThrow();
            try (Stream<Path> files = Files.list(dir)) {
                List<Path> parts = files.filter(p -> p.getFileName().toString().endsWith("." + ext)).toList();
                assertEquals(1, parts.size(), parts.toString());
                return parts.get(0);
            }
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else if (!p.getFileName().toString().equals(".lock")) Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
