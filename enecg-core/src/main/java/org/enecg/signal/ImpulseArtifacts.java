package org.enecg.signal;

import java.util.Arrays;

/**
 * Impulse artefacts: isolated samples that jump far away from their neighbours and straight back (one-sample
 * spikes of tens of millivolts occur in challenge data, from transmission or converter errors). A QRS complex
 * lasts 60-120 ms, so no wave is a spike of a few milliseconds; pacemaker stimuli are, and are removed too,
 * leaving the paced complex they trigger. Package-private.
 */
final class ImpulseArtifacts {

    private ImpulseArtifacts() {}

    /**
     * Replaces by the median of its neighbourhood ({@code +-maxSeconds}, at least one sample) each sample that
     * lies further from that median than {@code factor} times the record's amplitude (99th percentile of the
     * samples' distance from the record's median). The tip of a sharp R wave stands out of its neighbourhood by a
     * fraction of the amplitude, an artefact spike by many times it. Returns how many samples were replaced.
     */
    static int removeInPlace(float[] x, double fs, double maxSeconds, double factor) {
        int n = x.length, h = Math.max(1, (int) Math.round(maxSeconds * fs));
        if (n < 2 * h + 1) return 0;
        float[] med = new float[n];
        double[] dist = new double[n];
        float[] w = new float[2 * h + 1];
        for (int i = 0; i < n; i++) {
            int a = Math.max(0, i - h), b = Math.min(n - 1, i + h), k = b - a + 1;
            System.arraycopy(x, a, w, 0, k);
            Arrays.sort(w, 0, k);
            med[i] = w[k / 2];
            dist[i] = Math.abs(x[i] - med[i]);
        }
        double[] level = new double[n];
        for (int i = 0; i < n; i++) level[i] = x[i];
        double centre = Windows.quantile(level, 0.5);
        for (int i = 0; i < n; i++) level[i] = Math.abs(level[i] - centre);
        double limit = factor * Windows.quantile(level, 0.99);
        if (!(limit > 0)) return 0;
        int replaced = 0;
        for (int i = 0; i < n; i++) {
            if (dist[i] > limit) {
                x[i] = med[i];
                replaced++;
            }
        }
        return replaced;
    }
}
