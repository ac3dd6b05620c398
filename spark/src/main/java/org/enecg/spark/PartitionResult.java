package org.enecg.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * What one partition did, sent back to the driver for the run's summary and the record-key memo.
 *
 * @param partition  partition index
 * @param records    records in the partition
 * @param fromCache  records whose rows the partition found already computed (the same signal twice in it)
 * @param computed   records for which at least one expert ran
 * @param perExpert  expert name to records it computed
 * @param skipped    records that could not be read or embedded, in run order
 * @param keys       run index to content key of every record embedded
 * @param missingLeads records with zero-filled leads
 * @param nonFinite  records with NaN/inf samples set to 0
 * @param padded     records padded to an expert's length
 * @param memo       record-key memo entries for local record files (path, stamp, key, id)
 */
public record PartitionResult(int partition, int records, int fromCache, int computed, Map<String, Integer> perExpert,
                              List<Skip> skipped, Map<Integer, String> keys, int missingLeads, int nonFinite, int padded,
                              List<List<String>> memo) implements Serializable {

    /** A record left out, with its run index, its label (file) and the reason. */
    public record Skip(int index, String record, String reason) implements Serializable {}

    public PartitionResult {
        perExpert = Map.copyOf(perExpert);
        skipped = List.copyOf(skipped);
        keys = Map.copyOf(keys);
        memo = memo.stream().map(List::copyOf).toList();
    }
}
