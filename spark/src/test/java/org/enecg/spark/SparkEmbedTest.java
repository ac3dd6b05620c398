package org.enecg.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.enecg.cache.EmbedSummary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spark run against {@code enecg embed}'s: the same cache files, byte for byte, on local[2]. */
class SparkEmbedTest {

    @TempDir static Path shared;
    static Path manifest;
    static Path reference;

    @BeforeAll
    static void referenceRun() throws Exception {
        manifest = TestData.manifest(shared, 16, 19);
        reference = shared.resolve("core-cache");
        TestData.embedWithCore(manifest, reference);
    }

    /** Each expert folder's files: fingerprint.json and the one merged part (its number aside). */
    static TreeMap<String, byte[]> content(Path cache) throws IOException {
        TreeMap<String, byte[]> out = new TreeMap<>();
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(cache.resolve("experts"))) {
            for (Path f : folders) {
                List<Path> parts = new ArrayList<>();
                try (DirectoryStream<Path> ds = Files.newDirectoryStream(f, "part-*")) {
                    ds.forEach(parts::add);
                }
                assertEquals(3, parts.size(), f + " holds one merged part (matrix, index, checksums): " + parts);
                for (Path p : parts) {
                    byte[] b = Files.readAllBytes(p);
                    if (p.toString().endsWith(".sum")) { // the checksum file names the part's files, number included
                        b = new String(b, java.nio.charset.StandardCharsets.UTF_8).replaceAll("part-\\d{6}", "part-N")
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    }
                    out.put(f.getFileName() + "/" + p.getFileName().toString().replaceAll("\\d{6}", "N"), b);
                }
                out.put(f.getFileName() + "/fingerprint.json", Files.readAllBytes(f.resolve("fingerprint.json")));
            }
        }
        Path memo = cache.resolve("records.csv");
        if (Files.exists(memo)) out.put("records.csv", Files.readAllBytes(memo));
        return out;
    }

    @Test
    void sameCacheFilesAsEnecgEmbedByteForByte(@TempDir Path tmp) throws Exception {
        Path cache = tmp.resolve("spark-cache");
        SparkEmbed.Result r = TestData.runSpark(manifest.toString(), cache, 5, true, -1);
        EmbedSummary s = r.summary();
        assertEquals(16, s.records());
        assertEquals(16, s.computed(), s.report());
        assertEquals(0, s.skipped().size(), s.report());
        assertEquals(5, r.partitions());
        TreeMap<String, byte[]> expected = content(reference), actual = content(cache);
        assertEquals(expected.keySet(), actual.keySet());
        assertEquals(4 * 4 + 1, expected.size(), "three experts and the gate input (fingerprint, matrix, index, checksums), and the record memo");
        for (String k : expected.keySet()) assertArrayEquals(expected.get(k), actual.get(k), k);
    }

    @Test
    void secondRunFindsEveryRecordAndSendsNothing(@TempDir Path tmp) throws Exception {
        Path cache = tmp.resolve("spark-cache");
        TestData.runSpark(manifest.toString(), cache, 3, true, -1);
        TreeMap<String, byte[]> first = content(cache);
        SparkEmbed.Result again = TestData.runSpark(manifest.toString(), cache, 3, true, -1);
        assertEquals(0, again.sent());
        assertEquals(16, again.summary().fromCache());
        assertEquals(0, again.summary().computed());
        TreeMap<String, byte[]> second = content(cache);
        for (String k : first.keySet()) assertArrayEquals(first.get(k), second.get(k), k);
    }

    @Test
    void expertsAreOpenedOncePerJvmAndSetting(@TempDir Path tmp) throws Exception {
        TestData.runSpark(manifest.toString(), tmp.resolve("a"), 4, false, -1);
        int sets = ExpertHolder.openedSets();
        TestData.runSpark(manifest.toString(), tmp.resolve("b"), 6, false, -1);
        assertEquals(sets, ExpertHolder.openedSets(), "a second run with the same experts opens none");
        assertTrue(sets >= 1);
    }

    @Test
    void manifestBehindAHadoopUriIsFetchedByTheExecutors(@TempDir Path tmp) throws Exception {
        // file: goes through Hadoop's FileSystem like hdfs:// or s3a://: the executors copy each record's files.
        Path cache = tmp.resolve("spark-cache");
        SparkEmbed.Result r = TestData.runSpark(manifest.toUri().toString(), cache, 4, true, -1);
        assertEquals(16, r.summary().computed(), r.summary().report());
        TreeMap<String, byte[]> expected = content(reference), actual = content(cache);
        for (String k : expected.keySet()) {
            if (!k.equals("records.csv")) assertArrayEquals(expected.get(k), actual.get(k), k);
        }
        expected.remove("records.csv");
        assertEquals(expected.keySet(), actual.keySet());
        assertTrue(!actual.containsKey("records.csv"), "fetched copies are not local files to stamp: no memo entries");
    }
}
