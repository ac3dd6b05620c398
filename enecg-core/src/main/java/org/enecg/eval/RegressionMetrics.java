package org.enecg.eval;

import java.util.LinkedHashMap;
import java.util.Map;
import org.enecg.metrics.Regression;

/** The report's regression metrics in the label's unit: {@code mae} and {@code mse} ({@link Regression}). */
public final class RegressionMetrics {
    private RegressionMetrics() {}

    public static Map<String, Double> of(double[] truth, double[] predicted) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("mae", Regression.mae(truth, predicted));
        m.put("mse", Regression.mse(truth, predicted));
        return m;
    }
}
