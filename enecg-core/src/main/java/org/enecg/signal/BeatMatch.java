package org.enecg.signal;

/**
 * Beat-by-beat comparison of detected beats with reference annotations, as WFDB's {@code bxb}: a detection
 * matches a reference beat when they are at most the match window apart (0.15 s in {@code bxb}); each reference
 * takes the closest detection not yet taken. Unmatched references are false negatives; unmatched detections are
 * false positives, except outside the annotated span when one is given (LUDB annotates only the middle of each
 * record, so a beat found near its ends has nothing to be compared with).
 *
 * @param truePositives  reference beats with a matching detection
 * @param falseNegatives reference beats without one
 * @param falsePositives detections inside the annotated span without a reference beat
 */
public record BeatMatch(int truePositives, int falseNegatives, int falsePositives) {

    public BeatMatch {
        if (truePositives < 0 || falseNegatives < 0 || falsePositives < 0) {
            throw new IllegalArgumentException("counts must not be negative: " + truePositives + ", " + falseNegatives + ", " + falsePositives);
        }
    }

    /** Compares over the whole record; both arrays sorted ascending; {@code window} in samples. */
    public static BeatMatch compare(int[] reference, int[] detected, int window) {
        return compare(reference, detected, window, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    /**
     * Compares within the annotated span {@code [spanFrom, spanTo]} (samples): detections outside it count only
     * when they match a reference beat. Both arrays sorted ascending; {@code window} in samples.
     */
    public static BeatMatch compare(int[] reference, int[] detected, int window, int spanFrom, int spanTo) {
        if (window < 0) throw new IllegalArgumentException("match window must not be negative, found " + window);
        checkSorted(reference, "reference");
        checkSorted(detected, "detected");
        boolean[] taken = new boolean[detected.length];
        int tp = 0, start = 0;
        for (int r : reference) {
            while (start < detected.length && detected[start] < r - window) start++;
            int best = -1;
            for (int k = start; k < detected.length && detected[k] <= r + window; k++) {
                if (!taken[k] && (best < 0 || Math.abs(detected[k] - r) < Math.abs(detected[best] - r))) best = k;
            }
            if (best >= 0) {
                taken[best] = true;
                tp++;
            }
        }
        int fp = 0;
        for (int k = 0; k < detected.length; k++) if (!taken[k] && detected[k] >= spanFrom && detected[k] <= spanTo) fp++;
        return new BeatMatch(tp, reference.length - tp, fp);
    }

    /** Counts summed (gross statistics over several records). */
    public BeatMatch plus(BeatMatch o) {
        return new BeatMatch(truePositives + o.truePositives, falseNegatives + o.falseNegatives, falsePositives + o.falsePositives);
    }

    /** TP / (TP + FN); 1 when there is no reference beat. */
    public double sensitivity() { return truePositives + falseNegatives == 0 ? 1 : truePositives / (double) (truePositives + falseNegatives); }

    /** TP / (TP + FP); 1 when nothing was detected. */
    public double positivePredictivity() { return truePositives + falsePositives == 0 ? 1 : truePositives / (double) (truePositives + falsePositives); }

    private static void checkSorted(int[] a, String what) {
        for (int i = 1; i < a.length; i++) {
            if (a[i] < a[i - 1]) throw new IllegalArgumentException(what + " beats must be sorted; index " + i + " (" + a[i] + ") < " + a[i - 1]);
        }
    }
}
