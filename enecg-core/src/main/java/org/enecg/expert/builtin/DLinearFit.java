package org.enecg.expert.builtin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.enecg.expert.ExpertInput;
import org.enecg.expert.ExpertSpec;
import org.enecg.io.Record;

/**
 * Trains {@link DLinearExpert}'s weights: every lead of every record, prepared by the expert's own input path (100 Hz,
 * the record's z-score), is a series for {@link DLinearTrainer}. Flat leads (missing ones filled with zeros) are left
 * out; they teach nothing.
 */
public final class DLinearFit {

    /** DLinear's shape in the EnECG authors' configuration: 500 samples in, kernel 1001. */
    public static final int SEQ_LEN = 500, KERNEL = 1001;
    /** The default ridge strength (per target, on both maps): see the weights' note in docs/experts.md. */
    public static final double LAMBDA = 1e-2;

    private DLinearFit() {}

    /**
     * Fits the weights on {@code records}.
     *
     * @param provenance text fields stored in the file (data, command, date); counts are added
     * @throws IllegalArgumentException if the records hold no series longer than 500 samples at 100 Hz
     */
    public static DLinearFile fit(List<Record> records, double lambda, Map<String, String> provenance) {
        ExpertSpec spec = DLinearExpert.inputSpec();
        DLinearTrainer t = new DLinearTrainer(SEQ_LEN, KERNEL, lambda);
        for (Record r : records) {
            for (float[][] item : ExpertInput.prepare(r, spec).items()) {
                for (float[] lead : item) if (!FeatureExpert.isFlat(lead)) t.add(lead);
            }
        }
        if (t.targets() == 0) throw new IllegalArgumentException("no lead of the " + records.size() + " records is longer than "
                + SEQ_LEN + " samples at " + DLinearExpert.FS + " Hz: nothing to train on");
        Map<String, String> prov = new LinkedHashMap<>(provenance);
        prov.put("records", Integer.toString(records.size()));
        prov.put("series", t.series() + " leads (flat leads left out)");
        prov.put("targets", Long.toString(t.targets()));
        prov.put("input", "12 leads, whole record at " + DLinearExpert.FS + " Hz (FFT resampling), record z-score");
        prov.put("objective", "ridge least squares, closed form: sum (y - Ws.s - Wt.t - b)^2 + lambda N (|Ws|^2 + |Wt|^2)");
        return new DLinearFile(t.fit(), DLinearExpert.FS, lambda, prov);
    }
}
