package org.enecg.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Per label column of a manifest: how many records have the label, and either the count of each value (up to
 * {@link #MAX_VALUES} distinct values) or, for numbers with more values, their range and mean. For the CLI.
 */
public final class LabelSummary {
    public static final int MAX_VALUES = 20;

    /**
     * One column: records with a value, records missing it, the number of distinct values, and either the count
     * of each value (at most {@link #MAX_VALUES} distinct values) or, for numbers, min, max and mean (NaN for text).
     */
    public record Column(String name, int present, int missing, int distinct, Map<String, Integer> counts,
                         double min, double max, double mean) {
        public boolean isCategorical() { return counts != null; }

        public boolean isNumeric() { return !Double.isNaN(mean); }
    }

    private LabelSummary() {}

    public static List<Column> of(Manifest m) {
        List<Column> out = new ArrayList<>();
        for (String c : m.labelColumns()) {
            Map<String, Integer> counts = new TreeMap<>(LabelSummary::compareValues);
            int present = 0;
            boolean numeric = true;
            double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY, sum = 0;
            for (ManifestRow r : m.rows()) {
                String v = r.label(c);
                if (v.isEmpty()) continue;
                present++;
                counts.merge(v, 1, Integer::sum);
                if (numeric && Tasks.isNumber(v)) {
                    double d = Double.parseDouble(v);
                    min = Math.min(min, d);
                    max = Math.max(max, d);
                    sum += d;
                } else {
                    numeric = false;
                }
            }
            boolean categorical = counts.size() <= MAX_VALUES;
            out.add(new Column(c, present, m.size() - present, counts.size(),
                    categorical ? new LinkedHashMap<>(counts) : null,
                    numeric && present > 0 ? min : Double.NaN, numeric && present > 0 ? max : Double.NaN,
                    numeric && present > 0 ? sum / present : Double.NaN));
        }
        return out;
    }

    private static int compareValues(String a, String b) {
        boolean na = Tasks.isNumber(a), nb = Tasks.isNumber(b);
        if (na && nb) {
            int c = new java.math.BigDecimal(a).compareTo(new java.math.BigDecimal(b));
            return c != 0 ? c : a.compareTo(b);
        }
        if (na != nb) return na ? -1 : 1;
        return a.compareTo(b);
    }
}
