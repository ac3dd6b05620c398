package org.enecg.cache;

import java.util.List;
import java.util.Objects;

/**
 * One row of an expert's cache index: which record it belongs to and what the input step repaired for it.
 *
 * @param recordKey    content key ({@link RecordKey})
 * @param recordId     the record's id when it was computed (for people and Python users; not part of the key)
 * @param missingLeads leads the record lacked, zero-filled, separated by {@code ;} (empty when none)
 * @param nonFinite    NaN/inf samples set to 0
 * @param padded       samples per lead added by padding
 * @param segments     segments (windows) the record was cut into
 */
public record CachedRow(String recordKey, String recordId, String missingLeads, int nonFinite, int padded, int segments) {

    /** The index file's columns, in order. */
    static final List<String> HEADER = List.of("record_key", "record_id", "missing_leads", "non_finite", "padded", "segments");

    public CachedRow {
        Objects.requireNonNull(recordKey, "recordKey");
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(missingLeads, "missingLeads");
    }

    List<String> fields() {
        return List.of(recordKey, recordId, missingLeads, Integer.toString(nonFinite), Integer.toString(padded),
                Integer.toString(segments));
    }

    static CachedRow parse(List<String> f) {
        return new CachedRow(f.get(0), f.get(1), f.get(2), Integer.parseInt(f.get(3)), Integer.parseInt(f.get(4)),
                Integer.parseInt(f.get(5)));
    }
}
