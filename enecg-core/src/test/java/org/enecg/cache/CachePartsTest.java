package org.enecg.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.enecg.expert.Expert;
import org.enecg.io.Record;
import org.enecg.testing.CountingExpert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parts computed in a worker's cache, published into a shared one: found there, once, whatever was retried. */
class CachePartsTest {

    @TempDir Path tmp;

    private static Path workerCache(Path dir, List<Record> records, Expert... experts) throws Exception {
        try (EmbeddingCache c = EmbeddingCache.open(dir)) {
            new Embedder(c, 1).embed(EmbedderTest.sources(records), List.of(experts), Embedder.Progress.NONE);
        }
        return dir;
    }

    @Test
    void publishedPartsAreReadAsTheSharedCachesOwnAndARetryDuplicatesNothing() throws Exception {
        List<Record> recs = EmbedderTest.records(5);
        CountingExpert limb = EmbedderTest.limb("1"), chest = EmbedderTest.chest();
        Path worker = workerCache(tmp.resolve("worker"), recs, limb, chest);
        Path shared = tmp.resolve("shared");
        assertEquals(1, CacheParts.nextPartNumber(shared));
        // A crashed earlier attempt left a matrix without its index under the same number.
        Path folder = shared.resolve("experts").resolve(ExpertStore.folderName(limb.fingerprint()));
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("part-000007.npy"), "half-written");

        assertEquals(2, CacheParts.publish(worker, shared, 7).size());
        CacheParts.publish(worker, shared, 7); // the retry: the same files again
        assertEquals(8, CacheParts.nextPartNumber(shared));
        try (EmbeddingCache c = EmbeddingCache.open(shared); EmbeddingCache w = EmbeddingCache.open(worker)) {
            for (Expert e : List.of(limb, chest)) {
                CachedMatrix m = c.read(e);
                assertEquals(5, m.size());
                for (int i = 0; i < m.size(); i++) {
                    assertArrayEquals(w.get(e, m.index().get(i).recordKey()).orElseThrow(), m.rows()[i]);
                }
            }
        }
    }

    @Test
    void aWorkerCacheWithSeveralPartsOrAnotherExpertsFolderIsRefused() throws Exception {
        CountingExpert limb = EmbedderTest.limb("1");
        Path worker = workerCache(tmp.resolve("worker"), EmbedderTest.records(2), limb);
        Path folder = worker.resolve("experts").resolve(ExpertStore.folderName(limb.fingerprint()));
        try (var parts = Files.newDirectoryStream(folder, "part-*")) {
            for (Path p : parts) Files.copy(p, folder.resolve(p.getFileName().toString().replaceAll("\\d{6}", "000099")));
        }
        IOException several = assertThrows(IOException.class, () -> CacheParts.publish(worker, tmp.resolve("shared"), 1));
        assertTrue(several.getMessage().contains("2 parts"), several.getMessage());

        Path other = workerCache(tmp.resolve("other"), EmbedderTest.records(2), limb);
        Path shared = tmp.resolve("shared2");
        Path sharedFolder = shared.resolve("experts").resolve(ExpertStore.folderName(limb.fingerprint()));
        Files.createDirectories(sharedFolder);
        Files.writeString(sharedFolder.resolve("fingerprint.json"), "{\"canonical\": \"another expert\"}\n");
        IOException clash = assertThrows(IOException.class, () -> CacheParts.publish(other, shared, 1));
        assertTrue(clash.getMessage().contains("another expert"), clash.getMessage());
    }

    @Test
    void lookupKnowsCompleteRecordsFromTheMemoAndCarriesItsEntries() throws Exception {
        Path header = Path.of("data/bundled/ludb/data/1.hea");
        RecordRef ref = new RecordRef("ludb/1", header, () -> org.enecg.io.wfdb.WfdbReader.read(header));
        CountingExpert limb = EmbedderTest.limb("1"), chest = EmbedderTest.chest();
        Path worker = tmp.resolve("worker");
        try (EmbeddingCache c = EmbeddingCache.open(worker)) {
            assertEquals(Optional.empty(), CacheLookup.missingExperts(c, ref, List.of(limb)), "never seen: unknown");
            new Embedder(c, 1).embed(List.of(ref), List.of(limb), Embedder.Progress.NONE);
            CacheLookup.Known k = CacheLookup.missingExperts(c, ref, List.of(limb, chest)).orElseThrow();
            assertEquals(List.of(chest), k.missing());
        }
        List<List<String>> memo = CacheLookup.memoEntries(worker);
        assertEquals(1, memo.size());
        Path shared = tmp.resolve("shared");
        CacheParts.publish(worker, shared, 1);
        try (EmbeddingCache c = EmbeddingCache.open(shared)) {
            CacheLookup.remember(c, memo);
        }
        try (EmbeddingCache c = EmbeddingCache.open(shared)) {
            CacheLookup.Known k = CacheLookup.missingExperts(c, ref, List.of(limb)).orElseThrow();
            assertTrue(k.missing().isEmpty(), "the carried memo finds the record without reading it");
            assertEquals(memo.get(0).get(3), k.key()); // path, stamp, content hash, record key, record id
        }
    }
}
