package org.enecg.expert;

import java.util.ArrayList;
import java.util.List;
import org.enecg.io.Lead;
import org.enecg.io.Record;
import org.enecg.signal.QrsConfig;

/** Where the beats of a record are, for {@link Fit#BEATS}. */
final class BeatPositions {

    private BeatPositions() {}

    /**
     * Beat positions at the expert's rate: R peaks detected on all the record's ECG leads fused (all leads when none
     * has a standard name), at the record's own rate, then scaled to the expert's rate. Through {@link QrsPeaks}, so a
     * record the built-in experts already analysed at this rate is not detected again.
     */
    static int[] of(Record record, ExpertSpec spec, int n, List<String> notes) {
        List<float[]> leads = new ArrayList<>();
        for (Lead l : record.leads()) if (l.name().isPresent()) leads.add(l.samples());
        if (leads.isEmpty()) for (Lead l : record.leads()) leads.add(l.samples());
        int[] peaks;
        try {
            peaks = QrsPeaks.detect(leads.toArray(new float[0][]), record.fs(), QrsConfig.defaults());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(ExpertInput.where(record) + "cannot find beats: " + e.getMessage(), e);
        }
        double scale = spec.fs() / record.fs();
        int[] out = new int[peaks.length];
        int half = spec.samples() / 2, complete = 0;
        for (int i = 0; i < peaks.length; i++) {
            out[i] = (int) Math.round(peaks[i] * scale);
            if (out[i] - half >= 0 && out[i] - half + spec.samples() <= n) complete++;
        }
        if (complete == 0) {
            notes.add("no complete beat detected (" + peaks.length + " found): one window at the centre");
        } else if (complete < peaks.length) {
            notes.add("beats: " + complete + " of " + peaks.length + " (beats too close to an end left out)");
        }
        return out;
    }
}
