package org.enecg.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.enecg.cache.CachedMatrix;
import org.enecg.cache.CachedRow;
import org.enecg.cache.EmbedSummary;
import org.enecg.cache.EmbeddingCache;
import org.enecg.cache.ExpertRegistry;
import org.enecg.data.Manifest;
import org.enecg.data.ManifestRow;
import org.enecg.expert.Expert;
import org.enecg.expert.GateInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A task that fails after publishing and is retried leaves each row once; bad records are reported and skipped. */
class RetryAndBadRecordsTest {

    @TempDir Path tmp;

    /** 12 bundled records, a record whose signal file is cut short, and a row whose record does not exist. */
    private Path manifestWithBadRecords() throws Exception {
        Path good = TestData.manifest(tmp, 12, 27);
        Manifest m = Manifest.read(good);
        Path bad = tmp.resolve("bad");
        Files.createDirectories(bad);
        Path src = Path.of("data/bundled/ludb/data");
        Files.copy(src.resolve("7.hea"), bad.resolve("7.hea"));
        byte[] dat = Files.readAllBytes(src.resolve("7.dat"));
        Files.write(bad.resolve("7.dat"), java.util.Arrays.copyOf(dat, dat.length / 3));
        List<ManifestRow> rows = new ArrayList<>(m.rows());
        ManifestRow template = rows.get(0);
        rows.add(6, new ManifestRow("bad/truncated", "bad/truncated", bad.resolve("7").toString(), 500, 5000,
                template.leads(), java.util.Map.of()));
        rows.add(new ManifestRow("bad/missing", "bad/missing", bad.resolve("nothing").toString(), 500, 5000,
                template.leads(), java.util.Map.of()));
        Path file = tmp.resolve("with-bad.csv");
        Manifest.of(m.baseDir(), m.labelColumns(), rows).write(file);
        return file;
    }

    @Test
    void retriedPartitionLeavesEachRowOnceAndBadRecordsAreCounted() throws Exception {
        Path manifest = manifestWithBadRecords();
        Path cache = tmp.resolve("cache");
        // Partition 1's first attempt publishes its parts, then fails; Spark retries it (local[2,2]).
        SparkEmbed.Result r = TestData.runSpark(manifest.toString(), cache, 3, false, 1);
        EmbedSummary s = r.summary();
        assertEquals(14, s.records());
        assertEquals(12, s.computed(), s.report());
        assertEquals(2, s.skipped().size(), s.report());
        assertTrue(s.skipped().get(0).record().contains("bad/7"), s.report());
        assertTrue(s.skipped().get(1).record().contains("nothing"), s.report());
        assertTrue(s.report().contains("skipped 2"), s.report());

        List<Expert> experts = new ArrayList<>(ExpertRegistry.standard(Path.of("")).openAll(TestData.EXPERTS, 1));
        experts.add(GateInput.paperDefaults());
        Path reference = tmp.resolve("core-cache");
        TestData.embedWithCore(manifest, reference);
        try (EmbeddingCache spark = EmbeddingCache.open(cache); EmbeddingCache core = EmbeddingCache.open(reference)) {
            for (Expert e : experts) {
                Path folder = spark.folder(e);
                assertEquals(9, count(folder, "part-*"), folder + ": three partitions, a matrix, an index and a checksum file each");
                assertEquals(0, count(folder, ".part-*"), folder + ": no temporary files left");
                CachedMatrix m = spark.read(e);
                Set<String> keys = new HashSet<>();
                for (CachedRow row : m.index()) assertTrue(keys.add(row.recordKey()), "row " + row + " once");
                assertEquals(12, m.size());
                for (int i = 0; i < m.size(); i++) {
                    assertArrayEquals(core.get(e, m.index().get(i).recordKey()).orElseThrow(), m.rows()[i], e.name());
                }
            }
        } finally {
            for (Expert e : experts) e.close();
        }
    }

    private static int count(Path folder, String glob) throws Exception {
        int n = 0;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(folder, glob)) {
            for (Path ignored : ds) n++;
        }
        return n;
    }
}
