package org.enecg.expert;

import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A small least-recently-used memo of per-record analyses, keyed by the content of the leads and their rate. Several
 * experts read the same input (12 leads, whole record, 500 Hz): the embedding runner prepares it once per expert, so
 * the arrays differ but their content is equal, and the QRS detection ({@link QrsPeaks}; also for the beat windows of
 * {@link Fit#BEATS}, on the record's own leads), delineation and median beat are computed once per record instead of
 * once per expert. A hit is checked sample by sample, so a hash collision
 * can never return another record's analysis. Thread-safe; the value is computed outside the lock (two threads
 * asking for the same new record may both compute it, with equal results).
 *
 * @param <V> the memoised value, immutable or safe to share between threads
 */
public final class ContentMemo<V> {

    private record Key(double fs, float[][] leads, int hash) {
        static Key of(float[][] leads, double fs) {
            int h = Double.hashCode(fs);
            for (float[] l : leads) h = 31 * h + Arrays.hashCode(l);
            return new Key(fs, leads, h);
        }

        @Override public boolean equals(Object o) {
            return o instanceof Key k && k.hash == hash && Double.compare(k.fs, fs) == 0 && Arrays.deepEquals(k.leads, leads);
        }

        @Override public int hashCode() { return hash; }
    }

    private final int capacity;
    private final Map<Key, V> map = new LinkedHashMap<>(16, 0.75f, true);
    private long hits, misses;

    public ContentMemo(int capacity) {
        if (capacity < 1) throw new IllegalArgumentException("capacity must be at least 1, found " + capacity);
        this.capacity = capacity;
    }

    /** The value for these leads, computed by {@code compute} if not held. */
    public V get(float[][] leads, double fs, Supplier<V> compute) {
        Key k = Key.of(leads, fs);
        synchronized (this) {
            V v = map.get(k);
            if (v != null) {
                hits++;
                return v;
            }
            misses++;
        }
        V v = compute.get();
        synchronized (this) {
            map.put(k, v);
            Iterator<Key> it = map.keySet().iterator();
            while (map.size() > capacity) {
                it.next();
                it.remove();
            }
        }
        return v;
    }

    /** Lookups answered from the memo so far. */
    public synchronized long hits() { return hits; }

    /** Lookups that had to compute. */
    public synchronized long misses() { return misses; }
}
