package org.enecg.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SparkEnv;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.Function2;
import org.enecg.cache.CacheLookup;
import org.enecg.cache.CacheParts;
import org.enecg.cache.EmbedSummary;
import org.enecg.cache.Embedder;
import org.enecg.cache.EmbeddingCache;
import org.enecg.cache.RecordRef;
import org.enecg.cache.RecordRefs;
import org.enecg.data.Manifest;
import org.enecg.data.ManifestRow;
import org.enecg.expert.Expert;
import org.enecg.io.wfdb.WfdbReader;
import scala.Tuple2;

/**
 * One partition on an executor: its records embedded by the core's {@link Embedder} (one thread: Spark runs the
 * partitions in parallel) into a private cache in a local temporary folder, which is closed (one part per expert)
 * and published into the shared cache as part {@code firstPart + partition}. A retried attempt recomputes the same
 * rows and writes the same files under the same names, so nothing is duplicated; every file is replaced atomically.
 */
final class PartitionEmbedder implements Function2<Integer, Iterator<RecordTask>, Iterator<PartitionResult>> {

    private final JobSettings settings;

    PartitionEmbedder(JobSettings settings) { this.settings = settings; }

    @Override
    public Iterator<PartitionResult> call(Integer partition, Iterator<RecordTask> records) throws Exception {
        TaskContext task = TaskContext.get();
        List<Expert> experts = ExpertHolder.experts(settings, Math.max(1, task.cpus()));
        for (int i = 0; i < experts.size(); i++) {
            String id = experts.get(i).fingerprint().id();
            if (!id.equals(settings.fingerprints().get(i))) {
                throw new IllegalStateException("expert " + experts.get(i).name() + " has fingerprint " + id + " on this executor"
                        + " (home " + settings.home() + ") but " + settings.fingerprints().get(i)
                        + " on the driver: the executors must have the same model files");
            }
        }
        List<RecordTask> tasks = new ArrayList<>();
        records.forEachRemaining(tasks::add);
        Path work = Files.createTempDirectory("enecg-partition-" + partition + "-");
        try {
            PartitionResult r = embed(partition, tasks, experts, work);
            if (partition == settings.failOnce() && task.attemptNumber() == 0) {
                throw new IllegalStateException("partition " + partition + ": failure injected after publishing (test)");
            }
            return List.of(r).iterator();
        } finally {
            deleteTree(work);
        }
    }

    private PartitionResult embed(int partition, List<RecordTask> tasks, List<Expert> experts, Path work)
            throws IOException, InterruptedException {
        Path workerCache = work.resolve("cache");
        Configuration conf = tasks.stream().anyMatch(RecordTask::remote) ? hadoopConf() : null;
        // Records grouped by the experts they still need (usually one group: all of them).
        Map<List<Integer>, List<RecordTask>> groups = new LinkedHashMap<>();
        for (RecordTask t : tasks) groups.computeIfAbsent(t.experts(), k -> new ArrayList<>()).add(t);
        Counts c = new Counts();
        try (EmbeddingCache cache = EmbeddingCache.open(workerCache)) {
            for (Map.Entry<List<Integer>, List<RecordTask>> g : groups.entrySet()) {
                List<Expert> run = g.getKey() == null ? experts : g.getKey().stream().map(experts::get).toList();
                List<RecordRef> refs = new ArrayList<>();
                for (RecordTask t : g.getValue()) refs.add(ref(t, work.resolve("records").resolve(Integer.toString(t.index())), conf));
                EmbedSummary s = new Embedder(cache, 1).embed(refs, run, Embedder.Progress.NONE);
                c.add(s, g.getValue(), work.resolve("records"));
            }
        }
        CacheParts.publish(workerCache, Path.of(settings.cache()), settings.firstPart() + partition);
        // Local record files only: a fetched record has no file to stamp, so no memo entry.
        List<List<String>> memo = CacheLookup.memoEntries(workerCache);
        c.skipped.sort(Comparator.comparingInt(PartitionResult.Skip::index));
        return new PartitionResult(partition, tasks.size(), c.fromCache, c.computed, c.perExpert, c.skipped, c.keys,
                c.missingLeads, c.nonFinite, c.padded, memo);
    }

    /** The core's reference to a record: as {@code enecg embed} makes it for a local file; fetched first when remote. */
    private static RecordRef ref(RecordTask t, Path fetchDir, Configuration conf) {
        if (!t.manifest()) {
            Path header = Path.of(t.location());
            return new RecordRef(t.id(), header, () -> WfdbReader.read(header));
        }
        if (!t.remote()) {
            return RecordRefs.of(Manifest.of(Path.of(t.location()).getParent(), List.of(row(t, t.location()))), WfdbReader::read).get(0);
        }
        String name = Path.of(java.net.URI.create(t.location()).getPath()).getFileName().toString();
        RecordRef local = RecordRefs.of(Manifest.of(fetchDir, List.of(row(t, name))), p -> {
            Path fetched = RecordFiles.fetch(t.location(), fetchDir, conf);
            try {
                return WfdbReader.read(fetched);
            } finally {
                deleteTree(fetchDir);
            }
        }).get(0);
        // No local file to stamp: the record is read (fetched) whenever it is asked for.
        return new RecordRef(local.id(), null, local.part(), local.reader());
    }

    private static ManifestRow row(RecordTask t, String path) {
        // the driver's row as read (fs, length, leads, window): the same manifest check and memo stamp as enecg embed
        return new ManifestRow(t.id(), t.id(), path, t.fs(), t.nSamples(), t.leads(), Map.of(), t.start(), t.window());
    }

    /** Hadoop's configuration on an executor: the defaults and site files, with the job's {@code spark.hadoop.*}. */
    private static Configuration hadoopConf() {
        Configuration conf = new Configuration();
        for (Tuple2<String, String> kv : SparkEnv.get().conf().getAllWithPrefix("spark.hadoop.")) conf.set(kv._1(), kv._2());
        return conf;
    }

    /** Sums of the partition's embedder runs, with skipped records named by their manifest location. */
    private static final class Counts {
        int fromCache, computed, missingLeads, nonFinite, padded;
        final Map<String, Integer> perExpert = new HashMap<>();
        final List<PartitionResult.Skip> skipped = new ArrayList<>();
        final Map<Integer, String> keys = new HashMap<>();

        void add(EmbedSummary s, List<RecordTask> tasks, Path fetched) {
            fromCache += s.fromCache();
            computed += s.computed();
            missingLeads += s.missingLeads();
            nonFinite += s.nonFinite();
            padded += s.padded();
            s.computedPerExpert().forEach((k, v) -> perExpert.merge(k, v, Integer::sum));
            Iterator<EmbedSummary.Skipped> skips = s.skipped().iterator();
            for (int i = 0; i < tasks.size(); i++) {
                RecordTask t = tasks.get(i);
                String key = s.recordKeys().get(i);
                if (key != null) {
                    keys.put(t.index(), key);
                } else {
                    // skipped records come in source order, one per null key; a fetched one is named by its URI
                    EmbedSummary.Skipped k = skips.next();
                    String reason = t.remote()
                            ? k.reason().replace(fetched.resolve(Integer.toString(t.index())).toString(), java.net.URI.create(t.location()).resolve(".").toString())
                            : k.reason();
                    skipped.add(new PartitionResult.Skip(t.index(), t.remote() ? t.label() : k.record(), reason));
                }
            }
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the temporary folder " + dir, e);
        }
    }
}
