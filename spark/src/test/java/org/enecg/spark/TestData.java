package org.enecg.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.enecg.cache.EmbeddingCache;
import org.enecg.cache.Embedder;
import org.enecg.cache.ExpertRegistry;
import org.enecg.cache.RecordRefs;
import org.enecg.cli.EmbedOptions;
import org.enecg.data.Manifest;
import org.enecg.data.ManifestRow;
import org.enecg.expert.Expert;
import org.enecg.expert.GateInput;
import org.enecg.io.wfdb.WfdbReader;
import picocli.CommandLine;

/** A subset of the bundled records, fast experts with one pretrained ONNX model, and the reference: the core's run. */
final class TestData {

    /** Two built-in experts and a pretrained ONNX model (models/pretrained); the gate input is added to each run. */
    static final List<String> EXPERTS = List.of("rhythm", "morphology", "rhythm-leadii-cinc2020");

    private TestData() {}

    /**
     * Every {@code step}-th bundled record, up to {@code n}, without the two CinC records that hold the same signal
     * (their one cache row takes whichever id was stored last, which no run order fixes), written as a manifest in
     * {@code dir} (paths relative to it).
     */
    static Path manifest(Path dir, int n, int step) throws IOException {
        Manifest all = Manifest.read(Path.of("data/bundled/manifest.csv"));
        List<ManifestRow> rows = new ArrayList<>();
        for (int i = 0; i < all.size() && rows.size() < n; i += step) {
            ManifestRow r = all.rows().get(i);
            if (r.recordId().contains("E07509") || r.recordId().contains("E07510")) continue;
            rows.add(r.withPath(all.recordPath(r).toString()));
        }
        Path file = dir.resolve("manifest.csv");
        Manifest.of(all.baseDir(), all.labelColumns(), rows).write(file);
        return file;
    }

    /** The same records and experts through {@code enecg embed}'s path: the core's Embedder, then the cache closed. */
    static void embedWithCore(Path manifest, Path cache) throws Exception {
        List<Expert> experts = ExpertRegistry.standard(Path.of("")).openAll(EXPERTS, 1);
        try {
            List<Expert> all = new ArrayList<>(experts);
            all.add(GateInput.paperDefaults());
            try (EmbeddingCache c = EmbeddingCache.open(cache)) {
                new Embedder(c, 2).embed(RecordRefs.of(Manifest.read(manifest), WfdbReader::read), all, Embedder.Progress.NONE);
            }
        } finally {
            for (Expert e : experts) e.close();
        }
    }

    static EmbedOptions options(String data, Path cache) {
        return CommandLine.populateCommand(new EmbedOptions(), "--data", data, "--cache", cache.toString());
    }

    static SparkEmbed.Request request(Path cache, int partitions, boolean compact, int failOnce) {
        Path home = Path.of("").toAbsolutePath();
        return new SparkEmbed.Request(home, home, EXPERTS, true, cache, partitions, compact, failOnce);
    }

    static SparkEmbed.Result runSpark(String data, Path cache, int partitions, boolean compact, int failOnce) throws Exception {
        Path scratch = JobRecords.scratch();
        try {
            JobRecords records = JobRecords.load(options(data, cache), LocalSpark.context().hadoopConfiguration(), scratch);
            return SparkEmbed.run(LocalSpark.context(), records, request(cache, partitions, compact, failOnce));
        } finally {
            PartitionEmbedder.deleteTree(scratch);
        }
    }

    /** The files of a cache below {@code experts/}, plus records.csv, relative to it, sorted. */
    static List<Path> files(Path cache) throws IOException {
        try (Stream<Path> s = Files.walk(cache)) {
            return s.filter(Files::isRegularFile).map(cache::relativize)
                    .filter(p -> p.startsWith("experts") || p.toString().equals("records.csv"))
                    .sorted(Comparator.naturalOrder()).toList();
        }
    }
}
