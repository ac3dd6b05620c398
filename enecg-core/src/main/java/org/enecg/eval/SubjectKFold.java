package org.enecg.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.enecg.train.Seeds;
import org.enecg.train.SubjectGroups;
import org.enecg.train.TrainingData;

/**
 * K folds by subject: no subject has records in two folds, so a model is never tested on a person it was
 * trained on. Subjects are put in a random order fixed by the seed, then each goes to the fold that has the
 * fewest records so far (ties: the lowest fold index). With one record per subject (the paper's setting) this is
 * a round robin, and fold sizes are exact: the first {@code n mod k} folds hold {@code ⌈n/k⌉} records, the rest
 * {@code ⌊n/k⌋}. With several records per subject, fold sizes differ by at most the largest subject's count.
 */
public final class SubjectKFold {

    /** One fold: its index (0-based) and the rows of the table it trains and tests on (ascending). */
    public record Fold(int index, int[] trainRows, int[] testRows) {}

    private final int k;
    private final long seed;

    public SubjectKFold(int k, long seed) {
        if (k < 2) throw new IllegalArgumentException("folds must be at least 2, found " + k);
        this.k = k;
        this.seed = seed;
    }

    public int k() { return k; }

    /** Folds over every row of the data. */
    public List<Fold> split(TrainingData data) {
        int n = data.table().size();
        int[] all = new int[n];
        for (int i = 0; i < n; i++) all[i] = i;
        Map<String, int[]> groups = SubjectGroups.of(data, all);
        if (groups.size() < k) {
            throw new IllegalArgumentException(k + " folds need at least " + k + " subjects, found " + groups.size());
        }
        List<String> order = SubjectGroups.shuffled(groups, Seeds.derive(seed, 0, Seeds.Stream.FOLDS));
        List<List<Integer>> test = new ArrayList<>();
        for (int f = 0; f < k; f++) test.add(new ArrayList<>());
        for (String subject : order) {
            int smallest = 0;
            for (int f = 1; f < k; f++) if (test.get(f).size() < test.get(smallest).size()) smallest = f;
            for (int r : groups.get(subject)) test.get(smallest).add(r);
        }
        int[] foldOf = new int[n];
        for (int f = 0; f < k; f++) for (int r : test.get(f)) foldOf[r] = f;
        List<Fold> folds = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            final int ff = f;
            int[] testRows = java.util.stream.IntStream.range(0, n).filter(r -> foldOf[r] == ff).toArray();
            int[] trainRows = java.util.stream.IntStream.range(0, n).filter(r -> foldOf[r] != ff).toArray();
            folds.add(new Fold(f, trainRows, testRows));
        }
        return folds;
    }
}
