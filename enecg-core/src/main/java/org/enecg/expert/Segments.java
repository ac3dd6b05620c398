package org.enecg.expert;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Cuts a resampled multi-lead signal into the segments a {@link Fit} asks for (before padding). */
final class Segments {

    private Segments() {}

    /**
     * @param x     {@code [leads][n]} at the expert's rate (already at the expert's length for {@link Fit#RESAMPLE})
     * @param beats for {@link Fit#BEATS}: beat positions in samples at the expert's rate; else unused
     */
    static List<float[][]> cut(float[][] x, ExpertSpec spec, int[] beats) {
        int n = x[0].length;
        int len = spec.samples();
        List<float[][]> out = new ArrayList<>();
        switch (spec.fit()) {
            case RESAMPLE, WHOLE -> out.add(x);
            case CROP -> out.add(n <= len ? x : slice(x, 0, len));
            case WINDOWS -> {
                int k = n / len;
                if (k == 0) out.add(x);
                for (int w = 0; w < k; w++) out.add(slice(x, w * len, (w + 1) * len));
            }
            case BEATS -> {
                for (int b : beats) {
                    int from = b - len / 2;
                    if (from >= 0 && from + len <= n) out.add(slice(x, from, from + len));
                }
                if (out.isEmpty()) {
                    // No complete beat: one window at the centre (padded later if the record is shorter).
                    int from = Math.max(0, (n - len) / 2);
                    out.add(slice(x, from, Math.min(n, from + len)));
                }
            }
        }
        return out;
    }

    private static float[][] slice(float[][] x, int from, int to) {
        float[][] out = new float[x.length][];
        for (int i = 0; i < x.length; i++) out[i] = Arrays.copyOfRange(x[i], from, to);
        return out;
    }
}
