package org.enecg.split;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * K folds by subject: subjects are put in a random order fixed by the seed, then each goes to the fold that has the
 * fewest rows so far (ties: the lowest fold index). With one row per subject this is a round robin and fold sizes are
 * exact (the first {@code n mod k} folds hold {@code ⌈n/k⌉} rows, the rest {@code ⌊n/k⌋}); with several rows per
 * subject fold sizes differ by at most the largest subject's count. Both the outer folds of cross-validation and the
 * inner folds of cross-fitting are these.
 */
public final class KFold {
    private KFold() {}

    /**
     * The rows of each fold, ascending (a fold may be empty when there are fewer subjects than folds).
     *
     * @throws IllegalArgumentException when k is below 2
     */
    public static int[][] bySubject(IntFunction<String> subjectOf, int[] rows, int k, long seed) {
        if (k < 2) throw new IllegalArgumentException("folds must be at least 2, found " + k);
        Map<String, int[]> groups = SubjectGroups.of(subjectOf, rows);
        List<List<Integer>> folds = new ArrayList<>();
        for (int j = 0; j < k; j++) folds.add(new ArrayList<>());
        for (String s : SubjectGroups.shuffled(groups, seed)) {
            int smallest = 0;
            for (int j = 1; j < k; j++) if (folds.get(j).size() < folds.get(smallest).size()) smallest = j;
            for (int r : groups.get(s)) folds.get(smallest).add(r);
        }
        int[][] out = new int[k][];
        for (int j = 0; j < k; j++) out[j] = SubjectGroups.sorted(folds.get(j));
        return out;
    }

    /** {@code rows} without {@code leave} (order kept): a fold's training rows. */
    public static int[] without(int[] rows, int[] leave) {
        java.util.Set<Integer> out = new java.util.HashSet<>();
        for (int r : leave) out.add(r);
        return java.util.Arrays.stream(rows).filter(r -> !out.contains(r)).toArray();
    }
}
