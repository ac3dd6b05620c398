package org.enecg.data.importer;

import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

/** Mean RR interval from beat annotations: the label {@code rr_interval} of records that carry them. */
final class AnnotatedRr {
    /** MIT-BIH beat symbols (ecgpuwave/LUDB mark QRS peaks with {@code N} too). */
    static final Set<String> BEATS = Set.of("N", "L", "R", "B", "A", "a", "J", "S", "V", "r", "F", "e", "j", "n",
            "E", "/", "f", "Q", "?");

    private AnnotatedRr() {}

    /**
     * Mean of the intervals between consecutive beats, in ms, over beats with sample numbers in
     * {@code [from, to)}; empty with fewer than two beats. Non-beat annotations (rhythm changes, wave onsets)
     * are ignored, so an interval is always beat to next beat.
     */
    static OptionalDouble meanMs(List<Long> beatSamples, long from, long to, double fs) {
        long first = -1, last = -1;
        int n = 0;
        for (long s : beatSamples) {
            if (s < from || s >= to) continue;
            if (first < 0) first = s;
            last = s;
            n++;
        }
        if (n < 2) return OptionalDouble.empty();
        // the mean of consecutive differences telescopes to (last - first) / (n - 1)
        double ms = (last - first) * 1000.0 / ((n - 1) * fs);
        return OptionalDouble.of(Math.round(ms * 1000.0) / 1000.0); // to the microsecond: no float noise in manifests
    }
}
