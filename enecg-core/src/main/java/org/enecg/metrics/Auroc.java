package org.enecg.metrics;

/**
 * Area under the ROC curve from scores, as the Mann–Whitney statistic with mid-ranks for ties:
 * {@code (Σ ranks of positives − P(P+1)/2) / (P·N)}. Equal to the trapezoidal ROC area (ties count one half).
 */
public final class Auroc {
    private Auroc() {}

    /** AUROC of {@code scores} for {@code positive[i]}; NaN when one class is absent. */
    public static double of(double[] scores, boolean[] positive) {
        int n = scores.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        java.util.Arrays.sort(order, (a, b) -> Double.compare(scores[a], scores[b]));
        double rankSumPos = 0;
        long pos = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && scores[order[j + 1]] == scores[order[i]]) j++;
            double midRank = (i + j) / 2.0 + 1; // ranks are 1-based
            for (int t = i; t <= j; t++) {
                if (positive[order[t]]) {
                    rankSumPos += midRank;
                    pos++;
                }
            }
            i = j + 1;
        }
        long neg = n - pos;
        if (pos == 0 || neg == 0) return Double.NaN;
        return (rankSumPos - pos * (pos + 1) / 2.0) / ((double) pos * neg);
    }
}
