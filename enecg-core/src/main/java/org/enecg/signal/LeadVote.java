package org.enecg.signal;

import java.util.Arrays;

/**
 * Multi-lead voting weighted by lead quality ({@link QrsRules#voteFraction()}): every lead detects beats on its own,
 * and a lead's vote weighs as much as its beats agree with the fused detection (F1 score within the vote window), so
 * a lead of noise, or of another heart, carries little weight. Each beat found by the fused detection or by any lead
 * stands when the leads that have it within the window hold at least the set fraction of the total weight.
 * Package-private.
 */
final class LeadVote {

    /** Leads needed for a vote: with two, one lead of noise ties with the good one and no majority can tell them apart. */
    static final int MIN_LEADS = 3;

    private LeadVote() {}

    /**
     * @param fused   beats of the fused leads, sorted
     * @param perLead each lead's beats, sorted; {@code null} for a lead left out of the fusion
     * @param window  the vote window, in samples
     * @return the beats that win the vote, sorted (positions of the fused detection where it has the beat)
     */
    static int[] vote(int[] fused, int[][] perLead, int window, double fraction) {
        double[] weight = new double[perLead.length];
        double total = 0;
        for (int l = 0; l < perLead.length; l++) {
            if (perLead[l] == null) continue;
            BeatMatch m = BeatMatch.compare(fused, perLead[l], window);
            int denominator = 2 * m.truePositives() + m.falseNegatives() + m.falsePositives();
            weight[l] = denominator == 0 ? 0 : 2.0 * m.truePositives() / denominator;
            total += weight[l];
        }
        if (!(total > 0)) return fused;
        // Every candidate: the fused beats first, so that a beat both have keeps the fused position.
        int count = fused.length;
        for (int[] b : perLead) if (b != null) count += b.length;
        int[] cand = Arrays.copyOf(fused, count);
        int k = fused.length;
        for (int[] b : perLead) if (b != null) for (int p : b) if (!near(fused, p, window)) cand[k++] = p;
        int[] kept = new int[k];
        int m = 0;
        for (int c = 0; c < k; c++) {
            double votes = 0;
            for (int l = 0; l < perLead.length; l++) if (perLead[l] != null && near(perLead[l], cand[c], window)) votes += weight[l];
            if (votes >= fraction * total) kept[m++] = cand[c];
        }
        int[] out = Arrays.copyOf(kept, m);
        Arrays.sort(out);
        return out;
    }

    /** Whether sorted {@code beats} has one within {@code window} of {@code at}. */
    private static boolean near(int[] beats, int at, int window) {
        int i = Arrays.binarySearch(beats, at);
        if (i >= 0) return true;
        int ins = -i - 1;
        return (ins < beats.length && beats[ins] - at <= window) || (ins > 0 && at - beats[ins - 1] <= window);
    }
}
