package org.enecg.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.enecg.expert.GateInput;
import org.enecg.io.wfdb.WfdbReader;
import org.enecg.testing.CountingExpert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the cache trusts: record files by their content, parts by their checksums, and a read-only cache as it is. */
class CacheIntegrityTest {

    @TempDir Path tmp;

    /** LUDB records copied under tmp/data, so their files can be changed. */
    private List<RecordRef> ludb(String... ids) throws IOException {
        List<RecordRef> src = new ArrayList<>();
        for (String id : ids) {
            Path hea = tmp.resolve("data").resolve(id + ".hea");
            Files.createDirectories(hea.getParent());
            Files.copy(Path.of("data/bundled/ludb/data/" + id + ".hea"), hea);
            Files.copy(Path.of("data/bundled/ludb/data/" + id + ".dat"), hea.resolveSibling(id + ".dat"));
            src.add(new RecordRef(id, hea, () -> WfdbReader.read(hea)));
        }
        return src;
    }

    private EmbedSummary embed(Path cacheDir, List<RecordRef> src, CountingExpert e) throws Exception {
        try (EmbeddingCache cache = EmbeddingCache.open(cacheDir)) {
            return new Embedder(cache, 1).embed(src, List.of(e), Embedder.Progress.NONE);
        }
    }

    @Test
    void aSignalReplacedBySameSizeBytesWithItsTimeRestoredGetsNewEmbeddings() throws Exception {
        List<RecordRef> src = ludb("1");
        Path dat = tmp.resolve("data/1.dat");
        // Let the files settle, so the first run takes a stamp it trusts later (FileStamp's racy rule).
        Thread.sleep(FileStamp.SETTLE_SECONDS * 1000 + 300);
        Path cacheDir = tmp.resolve("cache");
        EmbedSummary first = embed(cacheDir, src, EmbedderTest.limb("1"));
        assertEquals(1, first.computed(), first.report());
        CountingExpert warm = EmbedderTest.limb("1");
        assertEquals(1, embed(cacheDir, src, warm).fromCache());
        assertEquals(0, warm.items.get());

        // cp -p: other bytes of the same size, modification time put back. Swapping lead I's first two samples keeps the
        // header's checksum valid, so the record still reads; only its content changed.
        FileTime mtime = Files.getLastModifiedTime(dat);
        byte[] b = Files.readAllBytes(dat);
        int frame = 12 * 2;
        assertTrue(b[0] != b[frame] || b[1] != b[frame + 1], "the two samples differ");
        byte b0 = b[0], b1 = b[1];
        b[0] = b[frame];
        b[1] = b[frame + 1];
        b[frame] = b0;
        b[frame + 1] = b1;
        Files.write(dat, b);
        Files.setLastModifiedTime(dat, mtime);
        assertEquals(mtime, Files.getLastModifiedTime(dat));
        Thread.sleep(FileStamp.SETTLE_SECONDS * 1000 + 300);   // as a later run would: the stamp alone must tell

        CountingExpert after = EmbedderTest.limb("1");
        EmbedSummary s = embed(cacheDir, src, after);
        assertEquals(1, s.computed(), "the replaced signal is computed again: " + s.report());
        assertTrue(after.items.get() > 0);
        assertNotEquals(first.recordKeys().get(0), s.recordKeys().get(0), "new content, new key");
    }

    @Test
    void aFlippedByteInAPartMatrixIsAnErrorNamingTheFile() throws Exception {
        List<RecordRef> src = ludb("1", "2", "3");
        Path cacheDir = tmp.resolve("cache");
        embed(cacheDir, src, EmbedderTest.limb("1"));
        Path npy = EmbedderTest.onlyPart(cacheDir, "limb", "npy");
        byte[] b = Files.readAllBytes(npy);
        b[b.length - 3] ^= 0x10;   // inside the last row's data: the shape still matches
        Files.write(npy, b);
        try (EmbeddingCache cache = EmbeddingCache.open(cacheDir)) {
            IOException e = assertThrows(IOException.class, () -> cache.read(EmbedderTest.limb("1")));
            assertTrue(e.getMessage().startsWith(npy + ": damaged"), e.getMessage());
            CacheRows rows = new Embedder(cache, 1).table(src, List.of(EmbedderTest.limb("1")), GateInput.paperDefaults(),
                    Embedder.Progress.NONE).rows();
            UncheckedIOException u = assertThrows(UncheckedIOException.class, () -> rows.row(0, 0));
            assertTrue(u.getCause().getMessage().startsWith(npy + ": damaged"), u.getCause().getMessage());
        }
    }

    @Test
    void aCompleteCacheIsReadReadOnlyWithoutWritingAnything() throws Exception {
        List<RecordRef> src = ludb("1", "2");
        Path cacheDir = tmp.resolve("cache");
        float[] expected;
        try (EmbeddingCache cache = EmbeddingCache.open(cacheDir)) {
            expected = new Embedder(cache, 1).table(src, List.of(EmbedderTest.limb("1")), GateInput.paperDefaults(),
                    Embedder.Progress.NONE).rows().row(0, 1);
        }
        Map<String, String> before = tree(cacheDir);
        Thread.sleep(20);
        try (EmbeddingCache cache = EmbeddingCache.openReadOnly(cacheDir)) {
            assertTrue(cache.readOnly());
            CountingExpert e = EmbedderTest.limb("1");
            Embedder.TableResult t = new Embedder(cache, 1).table(src, List.of(e), GateInput.paperDefaults(), Embedder.Progress.NONE);
            assertEquals(0, e.items.get());
            assertArrayEquals(expected, t.rows().row(0, 1));
            IllegalStateException missing = assertThrows(IllegalStateException.class, () -> new Embedder(cache, 1)
                    .embed(src, List.of(EmbedderTest.limb("2")), Embedder.Progress.NONE));
            assertTrue(missing.getMessage().contains("read-only") && missing.getMessage().contains(cacheDir.toString()), missing.getMessage());
        }
        assertEquals(before, tree(cacheDir), "nothing in the cache folder was created, changed or deleted");
    }

    /** Every file under {@code dir} with its size and modification time. */
    private static Map<String, String> tree(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(p).toString(), Files.size(p) + " " + Files.getLastModifiedTime(p).toMillis());
            }
        }
        return out;
    }
}
