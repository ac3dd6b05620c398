package org.enecg.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One record to embed on an executor, as the driver sends it: where it is and which part of it, and which experts
 * still lack its rows.
 *
 * @param index     position in the run's records (the summary keeps this order)
 * @param id        record id (the manifest's {@code record_id}, or the header list's line)
 * @param location  the record (WFDB record name or header file): an absolute local path, or a Hadoop URI when
 *                  {@code remote}
 * @param remote    whether the record's files are fetched through Hadoop's FileSystem (HDFS, S3, ...)
 * @param manifest  whether it is a manifest row (cut to {@code [start, start + nSamples)}) or a whole header-list file
 * @param fs        the manifest's sampling rate
 * @param start     first sample of the manifest row's window
 * @param nSamples  samples of the window
 * @param experts   indices (into the run's expert list) of the experts to run; null for all
 */
public record RecordTask(int index, String id, String location, boolean remote, boolean manifest, double fs, int start,
                         int nSamples, List<String> leads, boolean window, List<Integer> experts) implements Serializable {

    public RecordTask {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(location, "location");
        experts = experts == null ? null : List.copyOf(experts);
        leads = List.copyOf(leads);
    }

    /** The same record with only these experts to run. */
    public RecordTask withExperts(List<Integer> indices) {
        return new RecordTask(index, id, location, remote, manifest, fs, start, nSamples, leads, window, indices);
    }

    /** What to call it in messages: its location and window. */
    public String label() {
        return start > 0 ? location + " [" + start + "+" + nSamples + "]" : location;
    }
}
