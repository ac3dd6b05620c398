package org.enecg.split;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.IntFunction;

/** Rows grouped by subject, so that splits never put one subject on both sides. */
public final class SubjectGroups {
    private SubjectGroups() {}

    /** Subject → its rows (in row order), subjects in order of first appearance among {@code rows}. */
    public static Map<String, int[]> of(IntFunction<String> subjectOf, int[] rows) {
        Map<String, List<Integer>> g = new LinkedHashMap<>();
        for (int r : rows) g.computeIfAbsent(subjectOf.apply(r), k -> new ArrayList<>()).add(r);
        Map<String, int[]> out = new LinkedHashMap<>();
        g.forEach((k, v) -> out.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        return out;
    }

    /** The subjects in a seeded random order (Fisher–Yates over the first-appearance order). */
    public static List<String> shuffled(Map<String, int[]> groups, long seed) {
        List<String> s = new ArrayList<>(groups.keySet());
        SplittableRandom rng = new SplittableRandom(seed);
        for (int i = s.size() - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            String tmp = s.get(i);
            s.set(i, s.get(j));
            s.set(j, tmp);
        }
        return s;
    }

    static int[] sorted(List<Integer> rows) {
        return rows.stream().mapToInt(Integer::intValue).sorted().toArray();
    }
}
