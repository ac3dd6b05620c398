package org.enecg.eval;

import java.util.LinkedHashMap;
import java.util.Map;

/** Regression metrics in the label's unit: {@code mae} (mean absolute error) and {@code mse} (mean squared error). */
public final class RegressionMetrics {
    private RegressionMetrics() {}

    public static Map<String, Double> of(double[] truth, double[] predicted) {
        if (truth.length != predicted.length) {
            throw new IllegalArgumentException(truth.length + " labels but " + predicted.length + " predictions");
        }
        double abs = 0;
        double sq = 0;
        for (int i = 0; i < truth.length; i++) {
            double d = predicted[i] - truth[i];
            abs += Math.abs(d);
            sq += d * d;
        }
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("mae", truth.length == 0 ? Double.NaN : abs / truth.length);
        m.put("mse", truth.length == 0 ? Double.NaN : sq / truth.length);
        return m;
    }
}
