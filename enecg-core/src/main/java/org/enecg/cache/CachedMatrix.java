package org.enecg.cache;

import java.util.List;

/**
 * All cached outputs of one expert: row {@code i} of {@code rows} belongs to {@code index.get(i)}. Arrays are shared
 * with the cache; callers must not modify them.
 */
public record CachedMatrix(List<CachedRow> index, float[][] rows) {

    public int size() { return rows.length; }
}
