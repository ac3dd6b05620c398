package org.enecg.metrics;

/** Regression errors in the label's unit. NaN for no records. */
public final class Regression {
    private Regression() {}

    /** Mean absolute error. */
    public static double mae(double[] truth, double[] predicted) {
        check(truth, predicted);
        double abs = 0;
        for (int i = 0; i < truth.length; i++) abs += Math.abs(predicted[i] - truth[i]);
        return truth.length == 0 ? Double.NaN : abs / truth.length;
    }

    /** Mean squared error. */
    public static double mse(double[] truth, double[] predicted) {
        check(truth, predicted);
        double sq = 0;
        for (int i = 0; i < truth.length; i++) {
            double d = predicted[i] - truth[i];
            sq += d * d;
        }
        return truth.length == 0 ? Double.NaN : sq / truth.length;
    }

    private static void check(double[] truth, double[] predicted) {
        if (truth.length != predicted.length) throw new IllegalArgumentException(truth.length + " labels but " + predicted.length + " predictions");
    }
}
