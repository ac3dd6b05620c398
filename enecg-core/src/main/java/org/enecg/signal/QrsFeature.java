package org.enecg.signal;

/**
 * The front end of each {@link QrsMethod} on one lead: an energy feature the decision rule thresholds, and a
 * squared-slope signal (for Pan-Tompkins' T-wave test). Package-private.
 */
record QrsFeature(double[] energy, double[] slope) {

    static QrsFeature of(QrsMethod method, float[] x, double fs) {
        switch (method) {
            case PAN_TOMPKINS_1985: return panTompkins(x, fs);
            case ELGENDI_2010: return elgendi(x, fs);
            default: throw new IllegalStateException("no front end for " + method);
        }
    }

    /** 5-15 Hz band-pass, derivative, squaring, 150 ms moving-window integration (Pan and Tompkins 1985). */
    private static QrsFeature panTompkins(float[] x, double fs) {
        double[] bp = QrsDetector.toDouble(Butterworth.bandPass(2, 5, 15, fs).filtfilt(x));
        double[] d2 = squaredDerivative(bp, fs);
        return new QrsFeature(Windows.movingAverage(d2, Windows.oddSamples(0.150, fs)), d2);
    }

    /** 8-20 Hz third-order Butterworth band-pass, squared (Elgendi et al. 2010); the slope is of the same band. */
    private static QrsFeature elgendi(float[] x, double fs) {
        double[] bp = QrsDetector.toDouble(Butterworth.bandPass(3, 8, 20, fs).filtfilt(x));
        double[] d2 = squaredDerivative(bp, fs);
        for (int i = 0; i < bp.length; i++) bp[i] *= bp[i];
        return new QrsFeature(bp, d2);
    }

    /** Square of the central difference in units per second (Pan and Tompkins' five-point derivative, centred). */
    static double[] squaredDerivative(double[] x, double fs) {
        int n = x.length;
        double[] d = new double[n];
        int h = Math.max(1, (int) Math.round(0.005 * fs)); // the paper's one-sample step at 200 Hz
        for (int i = 0; i < n; i++) {
            int a = Math.max(0, i - h), b = Math.min(n - 1, i + h);
            double v = (x[b] - x[a]) * fs / (b - a);
            d[i] = v * v;
        }
        return d;
    }
}
