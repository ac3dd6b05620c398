package org.enecg.split;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/** A hold-out by subject: the early-stopping validation split. */
public final class Holdout {
    private Holdout() {}

    /**
     * Splits {@code rows} into (train, validation) by subject: subjects in seeded random order go to validation until it
     * holds at least {@code fraction} of the rows. Returns {train, validation}, each in row order.
     */
    public static int[][] bySubject(IntFunction<String> subjectOf, int[] rows, double fraction, long seed) {
        Map<String, int[]> groups = SubjectGroups.of(subjectOf, rows);
        List<String> order = SubjectGroups.shuffled(groups, seed);
        int target = (int) Math.ceil(fraction * rows.length);
        List<Integer> val = new ArrayList<>();
        List<Integer> train = new ArrayList<>();
        for (String s : order) {
            List<Integer> dest = val.size() < target ? val : train;
            for (int r : groups.get(s)) dest.add(r);
        }
        return new int[][] {SubjectGroups.sorted(train), SubjectGroups.sorted(val)};
    }
}
