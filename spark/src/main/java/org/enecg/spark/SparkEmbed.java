package org.enecg.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.api.java.JavaSparkContext;
import org.enecg.cache.CacheLookup;
import org.enecg.cache.CacheParts;
import org.enecg.cache.EmbedSummary;
import org.enecg.cache.EmbeddingCache;
import org.enecg.cache.ExpertRegistry;
import org.enecg.expert.Expert;
import org.enecg.expert.GateInput;

/**
 * The driver of a Spark embedding run. Before the job it asks the cache which records are complete (known from the
 * record-key memo, as {@code enecg embed} does; those are not sent) and which experts the others still need, and
 * fixes the first part number. The job embeds the partitions ({@link PartitionEmbedder}); afterwards the driver adds
 * the executors' record-key memo entries to the cache and, unless told not to, merges each expert's parts into one
 * as {@code enecg embed} leaves them (the same files, byte for byte).
 */
public final class SparkEmbed {

    /**
     * What to run.
     *
     * @param home         the installation on the driver (models/ for the expert names)
     * @param executorHome the installation as executors see it (often the same shared path)
     * @param experts      expert names or card paths
     * @param gate         cache the gate input too
     * @param cache        the shared cache folder
     * @param partitions   partitions of the records; 0 for the default ({@link #defaultPartitions})
     * @param compact      merge each expert's parts into one at the end
     * @param failOnce     for tests: a partition whose first attempt fails after publishing, or -1
     */
    public record Request(Path home, Path executorHome, List<String> experts, boolean gate, Path cache, int partitions,
                          boolean compact, int failOnce) {
        public Request {
            experts = List.copyOf(experts);
        }
    }

    /** A finished run: the summary in {@code enecg embed}'s terms, and how it was spread. */
    public record Result(EmbedSummary summary, int partitions, int sent) {}

    private SparkEmbed() {}

    /** Enough partitions for four per task slot (balance), at most about 1,000 records each, at most one per record. */
    public static int defaultPartitions(int records, int slots) {
        return Math.max(1, Math.min(records, Math.max(4 * slots, (records + 999) / 1000)));
    }

    public static Result run(JavaSparkContext sc, JobRecords records, Request request) throws IOException {
        long t0 = System.nanoTime();
        ExpertRegistry registry = ExpertRegistry.standard(request.home());
        List<Expert> opened = registry.openAll(request.experts(), 1);
        try {
            List<Expert> all = new ArrayList<>(opened);
            if (request.gate()) all.add(GateInput.paperDefaults());
            String[] keys = new String[records.size()];
            List<RecordTask> todo = new ArrayList<>();
            int fromCache = 0;
            try (EmbeddingCache cache = EmbeddingCache.open(request.cache())) {
                for (RecordTask t : records.tasks()) {
                    var local = records.local().get(t.index());
                    Optional<CacheLookup.Known> known = local == null ? Optional.empty() : CacheLookup.missingExperts(cache, local, all);
                    if (known.isPresent() && known.get().missing().isEmpty()) {
                        keys[t.index()] = known.get().key();
                        fromCache++;
                    } else {
                        todo.add(known.map(k -> t.withExperts(indices(all, k.missing()))).orElse(t));
                    }
                }
            }
            int partitions = request.partitions() > 0 ? Math.min(request.partitions(), Math.max(1, todo.size()))
                    : defaultPartitions(todo.size(), sc.defaultParallelism());
            List<PartitionResult> results = List.of();
            if (!todo.isEmpty()) {
                int first = CacheParts.nextPartNumber(request.cache());
                if (first + partitions - 1 > CacheParts.MAX_PART_NUMBER) {
                    throw new IOException(request.cache() + ": no room for " + partitions + " more part numbers after " + (first - 1)
                            + "; run 'enecg embed' on the cache once to merge its parts");
                }
                List<String> fingerprints = all.stream().map(e -> e.fingerprint().id()).toList();
                JobSettings settings = new JobSettings(request.executorHome().toString(), request.experts(), request.gate(),
                        fingerprints, request.cache().toAbsolutePath().normalize().toString(), first, request.failOnce());
                results = sc.parallelize(todo, partitions).mapPartitionsWithIndex(new PartitionEmbedder(settings), false).collect();
            }
            try (EmbeddingCache cache = EmbeddingCache.open(request.cache())) {
                for (PartitionResult r : results) CacheLookup.remember(cache, r.memo());
                if (request.compact()) for (Expert e : all) cache.folder(e); // opened stores are merged on close
            }
            return new Result(summary(records.size(), fromCache, keys, all, results, sc.defaultParallelism(), t0), partitions, todo.size());
        } finally {
            for (Expert e : opened) e.close();
        }
    }

    private static List<Integer> indices(List<Expert> all, List<Expert> some) {
        List<Integer> out = new ArrayList<>();
        for (Expert e : some) out.add(all.indexOf(e));
        return out;
    }

    private static EmbedSummary summary(int n, int fromCache, String[] keys, List<Expert> all, List<PartitionResult> results,
                                        int slots, long t0) {
        Map<String, Integer> perExpert = new LinkedHashMap<>();
        for (Expert e : all) perExpert.put(e.name(), 0);
        int computed = 0, missing = 0, nonFinite = 0, padded = 0;
        List<PartitionResult.Skip> skips = new ArrayList<>();
        for (PartitionResult r : results) {
            fromCache += r.fromCache();
            computed += r.computed();
            missing += r.missingLeads();
            nonFinite += r.nonFinite();
            padded += r.padded();
            r.perExpert().forEach((k, v) -> perExpert.merge(k, v, Integer::sum));
            r.keys().forEach((i, k) -> keys[i] = k);
            skips.addAll(r.skipped());
        }
        skips.sort(java.util.Comparator.comparingInt(PartitionResult.Skip::index));
        List<EmbedSummary.Skipped> skipped = new ArrayList<>();
        for (PartitionResult.Skip s : skips) skipped.add(new EmbedSummary.Skipped(s.record(), s.reason()));
        return new EmbedSummary(n, fromCache, computed, perExpert, skipped, missing, nonFinite, padded, slots,
                (System.nanoTime() - t0) / 1e9, Arrays.asList(keys));
    }
}
