package org.enecg.bench;

import java.util.Arrays;

/** Summaries of repeated measurements: median, percentiles, and a least-squares line through (size, cost). */
public final class Stats {
    private Stats() {}

    /** The median (mean of the two middle values for an even count). */
    public static double median(double[] v) {
        return percentile(v, 50);
    }

    /**
     * The p-th percentile by linear interpolation between order statistics (NumPy's default, {@code numpy.percentile}
     * with {@code method="linear"}).
     */
    public static double percentile(double[] v, double p) {
        if (v.length == 0) throw new IllegalArgumentException("no values");
        if (!(p >= 0 && p <= 100)) throw new IllegalArgumentException("percentile must be in [0, 100], found " + p);
        double[] s = v.clone();
        Arrays.sort(s);
        double at = p / 100 * (s.length - 1);
        int lo = (int) Math.floor(at);
        int hi = Math.min(s.length - 1, lo + 1);
        return s[lo] + (at - lo) * (s[hi] - s[lo]);
    }

    /**
     * The least-squares line {@code y = intercept + slope · x} and its coefficient of determination.
     *
     * @param r2 1 - residual sum of squares / total sum of squares (1 when y is constant and fitted exactly)
     */
    public record Line(double intercept, double slope, double r2) {}

    public static Line fit(double[] x, double[] y) {
        if (x.length != y.length || x.length < 2) throw new IllegalArgumentException("a line needs at least 2 points of x and y, found " + x.length + " and " + y.length);
        double mx = Arrays.stream(x).average().orElseThrow(), my = Arrays.stream(y).average().orElseThrow();
        double sxx = 0, sxy = 0, syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxx += (x[i] - mx) * (x[i] - mx);
            sxy += (x[i] - mx) * (y[i] - my);
            syy += (y[i] - my) * (y[i] - my);
        }
        if (sxx == 0) throw new IllegalArgumentException("a line needs at least two different x");
        double slope = sxy / sxx;
        double intercept = my - slope * mx;
        double ss = 0;
        for (int i = 0; i < x.length; i++) {
            double r = y[i] - intercept - slope * x[i];
            ss += r * r;
        }
        return new Line(intercept, slope, syy == 0 ? 1 : 1 - ss / syy);
    }
}
