package org.enecg.train;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Rows grouped by subject, so that splits never put one subject on both sides. */
public final class SubjectGroups {
    private SubjectGroups() {}

    /** Subject → its rows (in row order), subjects in order of first appearance among {@code rows}. */
    public static Map<String, int[]> of(TrainingData data, int[] rows) {
        Map<String, List<Integer>> g = new LinkedHashMap<>();
        for (int r : rows) g.computeIfAbsent(data.subjectOf(r), k -> new ArrayList<>()).add(r);
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

    /**
     * Splits {@code rows} into (train, validation) by subject: subjects in seeded random order go to validation
     * until it holds at least {@code fraction} of the rows. Returns {train, validation}, each in row order.
     */
    public static int[][] holdOut(TrainingData data, int[] rows, double fraction, long seed) {
        Map<String, int[]> groups = of(data, rows);
        List<String> order = shuffled(groups, seed);
        int target = (int) Math.ceil(fraction * rows.length);
        List<Integer> val = new ArrayList<>();
        List<Integer> train = new ArrayList<>();
        for (String s : order) {
            List<Integer> dest = val.size() < target ? val : train;
            for (int r : groups.get(s)) dest.add(r);
        }
        return new int[][] {sorted(train), sorted(val)};
    }

    static int[] sorted(List<Integer> rows) {
        return rows.stream().mapToInt(Integer::intValue).sorted().toArray();
    }
}
