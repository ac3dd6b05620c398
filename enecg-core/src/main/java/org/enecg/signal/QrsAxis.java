package org.enecg.signal;

/**
 * The frontal-plane QRS axis from leads I and aVF: the angle of the vector (net QRS deflection in I, net QRS
 * deflection in aVF), where a lead's net deflection is its largest positive plus its largest negative
 * excursion from the level at QRS onset (the usual bedside rule; leads I and aVF are perpendicular in the hexaxial
 * system). Degrees in (-180, 180]: normal about -30 to +90, left axis deviation below -30, right above +90.
 */
public final class QrsAxis {

    private QrsAxis() {}

    /**
     * Axis in degrees from lead I and aVF (e.g. median beats) between {@code qrsOnset} and {@code qrsOffset}
     * (inclusive sample indices); NaN when both net deflections are 0 or a boundary is missing.
     */
    public static double degrees(float[] leadI, float[] leadAvf, int qrsOnset, int qrsOffset) {
        if (qrsOnset < 0 || qrsOffset <= qrsOnset || qrsOffset >= leadI.length || qrsOffset >= leadAvf.length) return Double.NaN;
        double i = net(leadI, qrsOnset, qrsOffset), f = net(leadAvf, qrsOnset, qrsOffset);
        if (i == 0 && f == 0) return Double.NaN;
        return Math.toDegrees(Math.atan2(f, i));
    }

    private static double net(float[] x, int a, int b) {
        double base = x[a], hi = 0, lo = 0;
        for (int k = a; k <= b; k++) {
            double v = x[k] - base;
            hi = Math.max(hi, v);
            lo = Math.min(lo, v);
        }
        return hi + lo;
    }
}
