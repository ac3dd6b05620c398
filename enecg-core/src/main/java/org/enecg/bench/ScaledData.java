package org.enecg.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.enecg.cache.RecordRef;
import org.enecg.data.Task;
import org.enecg.io.Lead;
import org.enecg.io.Record;

/**
 * A dataset made {@code k} times larger by repeating its records. Repeat {@code j} (1..k-1) of record {@code id} is
 * {@code id~j} of subject {@code subject~j}, with its labels, read again from the same files, and every sample shifted by
 * {@code j} µV: a different recording to the embedding cache (whose keys hash the samples, so an exact copy would be
 * served from the cache instead of computed), the same ECG to the experts within measurement noise. The repeats carry
 * no file path, so the record-key memo cannot map them to the original.
 */
public final class ScaledData {
    /** The shift added per repeat, in millivolts (1 µV). */
    public static final float SHIFT_MV = 0.001f;

    private ScaledData() {}

    public static BenchData of(BenchData data, int k, long seed) {
        if (k < 1) throw new IllegalArgumentException("scale must be at least 1, found " + k);
        if (k == 1) return data;
        List<RecordRef> refs = new ArrayList<>(data.size() * k);
        List<String> subjects = new ArrayList<>(data.size() * k);
        Map<String, double[]> labels = new LinkedHashMap<>();
        for (Task t : data.tasks()) labels.put(t.name(), new double[data.size() * k]);
        for (int j = 0; j < k; j++) {
            for (int i = 0; i < data.size(); i++) {
                RecordRef ref = data.refs().get(i);
                int at = j * data.size() + i;
                if (j == 0) {
                    refs.add(ref);
                    subjects.add(data.subject(i));
                } else {
                    String id = ref.id() + "~" + j;
                    float shift = j * SHIFT_MV;
                    refs.add(new RecordRef(id, null, "", () -> shifted(ref.reader().read(), id, shift)));
                    subjects.add(data.subject(i) + "~" + j);
                }
                for (Task t : data.tasks()) labels.get(t.name())[at] = data.label(t.name(), i);
            }
        }
        return new BenchData(data.name() + " × " + k, refs, subjects, data.tasks(), labels, data.folds(), seed);
    }

    /** The record under a new id with {@code shift} mV added to every sample of every lead. */
    static Record shifted(Record r, String id, float shift) {
        List<Lead> leads = new ArrayList<>(r.nLeads());
        for (Lead l : r.leads()) {
            float[] x = l.samples();
            for (int i = 0; i < x.length; i++) x[i] += shift;
            leads.add(new Lead(l.originalName(), x));
        }
        return new Record(id, r.fs(), leads, r.comments(), r.source());
    }
}
