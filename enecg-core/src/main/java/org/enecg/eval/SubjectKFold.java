package org.enecg.eval;

import java.util.ArrayList;
import java.util.List;
import org.enecg.train.Seeds;
import org.enecg.split.KFold;
import org.enecg.split.SubjectGroups;
import org.enecg.train.TrainingData;

/**
 * The outer folds of cross-validation: {@link KFold} by subject over every row of the data, so a model is never tested
 * on a person it was trained on, with each fold's training rows beside its test rows.
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
        int subjects = SubjectGroups.of(data::subjectOf, all).size();
        if (subjects < k) throw new IllegalArgumentException(k + " folds need at least " + k + " subjects, found " + subjects);
        int[][] test = KFold.bySubject(data::subjectOf, all, k, Seeds.derive(seed, 0, Seeds.Stream.FOLDS));
        int[] foldOf = new int[n];
        for (int f = 0; f < k; f++) for (int r : test[f]) foldOf[r] = f;
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
