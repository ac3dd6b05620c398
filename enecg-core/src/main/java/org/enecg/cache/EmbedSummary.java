package org.enecg.cache;

import java.util.List;
import java.util.Map;

/**
 * What an embedding run did: how many records it saw, read, computed and took from the cache, which it skipped and
 * why, and what the input step repaired. {@link #recordKeys()} is aligned with the run's sources (null where a record
 * was skipped).
 *
 * @param records           sources given
 * @param fromCache         records whose outputs were all cached (not even read when their files were unchanged)
 * @param computed          records for which at least one expert ran
 * @param computedPerExpert expert name to the number of records it computed
 * @param skipped           records that could not be read or embedded, in source order
 * @param missingLeads      records (computed in this run) with at least one zero-filled lead, for any expert
 * @param nonFinite         records (computed in this run) with NaN/inf samples set to 0
 * @param padded            records (computed in this run) padded to an expert's length
 * @param threads           worker threads
 * @param seconds           wall-clock time of the run
 * @param recordKeys        content key per source, null for skipped ones
 */
public record EmbedSummary(int records, int fromCache, int computed, Map<String, Integer> computedPerExpert,
                           List<Skipped> skipped, int missingLeads, int nonFinite, int padded, int threads,
                           double seconds, List<String> recordKeys) {

    /** A record left out, with the reason (naming its file). */
    public record Skipped(String record, String reason) {}

    public EmbedSummary {
        computedPerExpert = Map.copyOf(computedPerExpert);
        skipped = List.copyOf(skipped);
        recordKeys = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(recordKeys));
    }

    /** Records embedded (from the cache or computed). */
    public int ok() { return records - skipped.size(); }

    /** Records per second over the whole run. */
    public double recordsPerSecond() { return seconds > 0 ? records / seconds : Double.POSITIVE_INFINITY; }

    /** A few lines for people: counts, throughput, repairs, and every skipped record with its reason. */
    public String report() {
        StringBuilder s = new StringBuilder();
        s.append(String.format("records: %d, embedded %d (%d from cache, %d computed), skipped %d%n", records, ok(),
                fromCache, computed, skipped.size()));
        s.append(String.format("time: %.2f s on %d thread(s), %.1f records/s%n", seconds, threads, recordsPerSecond()));
        new java.util.TreeMap<>(computedPerExpert).forEach((k, v) -> s.append(String.format("  %-24s computed %d%n", k, v)));
        if (missingLeads + nonFinite + padded > 0) {
            s.append(String.format("repaired: %d record(s) with zero-filled missing leads, %d with NaN/inf set to 0, %d padded%n",
                    missingLeads, nonFinite, padded));
        }
        for (Skipped k : skipped) s.append("skipped ").append(k.record()).append(": ").append(k.reason()).append('\n');
        return s.toString();
    }
}
