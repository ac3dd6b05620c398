package org.enecg.model;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Outputs of frozen first layers ({@code x·W + b} of a LoRA base) per record, shared between models. A frozen
 * layer's weights depend only on the init seed and the layer's name ({@link EnEcgModel}), and its input only on the
 * record (and, for heads, the feature scaling), so EnECG, its ablations and the expert-alone models of one fold
 * project each record through the same 5000 × 256 gate base once instead of once per model. Thread-safe; stops
 * storing (but keeps answering) once {@code limitFloats} floats are held.
 */
public final class FrozenCache {
    private final ConcurrentHashMap<String, float[]> rows = new ConcurrentHashMap<>();
    private final AtomicLong held = new AtomicLong();
    private final long limitFloats;

    public FrozenCache(long limitFloats) {
        if (limitFloats < 0) throw new IllegalArgumentException("cache limit must be non-negative, found " + limitFloats);
        this.limitFloats = limitFloats;
    }

    float[] get(String layerKey, String recordId) {
        return rows.get(layerKey + '\u0000' + recordId);
    }

    void put(String layerKey, String recordId, float[] row) {
        if (held.addAndGet(row.length) > limitFloats) {
            held.addAndGet(-row.length);
            return;
        }
        if (rows.putIfAbsent(layerKey + '\u0000' + recordId, row) != null) held.addAndGet(-row.length);
    }

    /** Floats held. */
    public long size() { return held.get(); }
}
