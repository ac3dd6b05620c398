package org.enecg.expert;

import java.util.ArrayList;
import java.util.List;
import org.enecg.io.Lead;
import org.enecg.io.Record;

/** {@link Normalisation#RECORD_Z}: the EnECG authors' z-score with the statistics of the whole record. */
final class RecordZScore {

    private RecordZScore() {}

    /**
     * The authors' z-score: mean and std over every sample of every ECG lead of the record (all leads when none
     * has a standard name), non-finite samples counted as 0, applied to the selected leads.
     */
    static void apply(Record record, Units units, float[][] selected, boolean[] present) {
        List<Lead> leads = new ArrayList<>();
        for (Lead l : record.leads()) if (l.name().isPresent()) leads.add(l);
        if (leads.isEmpty()) leads = record.leads();
        double sum = 0;
        long n = 0;
        for (Lead l : leads) {
            for (int j = 0; j < l.length(); j++) {
                float v = l.sample(j);
                if (Float.isFinite(v)) sum += v;
            }
            n += l.length();
        }
        double mean = sum / n;
        double ss = 0;
        for (Lead l : leads) {
            for (int j = 0; j < l.length(); j++) {
                float v = l.sample(j);
                double d = (Float.isFinite(v) ? v : 0) - mean;
                ss += d * d;
            }
        }
        double std = Math.sqrt(ss / n);
        double f = units.fromMillivolts();
        double m = mean * f;
        double inv = std > 0 ? 1.0 / (std * f) : 1.0;
        for (int i = 0; i < selected.length; i++) {
            if (!present[i]) continue;
            float[] l = selected[i];
            for (int j = 0; j < l.length; j++) l[j] = (float) ((l[j] - m) * inv);
        }
    }
}
