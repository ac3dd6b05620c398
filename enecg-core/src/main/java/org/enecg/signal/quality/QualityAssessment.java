package org.enecg.signal.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.enecg.io.Lead;
import org.enecg.io.LeadName;
import org.enecg.io.Record;
import org.enecg.signal.QrsConfig;
import org.enecg.signal.QrsDetector;

/**
 * The quality of one record, in the order the checks read: measure every ECG lead ({@link LeadMeasurement}), find
 * the leads the experts need that are missing, find beats on the usable leads together, then grade
 * ({@link QualityRules}).
 *
 * <pre>{@code RecordQuality q = QualityAssessment.of(record, QualityRequirements.twelveLeads(10));}</pre>
 */
public final class QualityAssessment {
    private QualityAssessment() {}

    /** With the default thresholds, every lead taken as calibrated (a record made in memory). */
    public static RecordQuality of(Record record, QualityRequirements requirements) {
        return of(record, requirements, QualitySettings.defaults(), Set.of());
    }

    /**
     * The record's quality.
     *
     * @param uncalibrated labels of leads the file gives no gain for ({@link Lead#label()}; a WFDB gain of 0), from
     *                     the header, which a {@link Record} does not keep
     */
    public static RecordQuality of(Record record, QualityRequirements requirements, QualitySettings settings, Set<String> uncalibrated) {
        RecordMeasures m = measure(record, requirements, settings, uncalibrated);
        return RecordQuality.of(record.id(), QualityRules.reasons(m, requirements, settings), m);
    }

    /** The measures of a record, before grading. */
    public static RecordMeasures measure(Record record, QualityRequirements requirements, QualitySettings settings, Set<String> uncalibrated) {
        double fs = record.fs();
        List<LeadQuality> leads = new ArrayList<>();
        List<float[]> usable = new ArrayList<>();
        List<LeadName> seen = new ArrayList<>();
        for (Lead l : record.leads()) {
            if (l.name().isEmpty() || seen.contains(l.name().get())) continue; // not an ECG lead, or a repeat
            seen.add(l.name().get());
            float[] x = l.samples();
            LeadQuality q = LeadMeasurement.of(l.label(), x, fs, !uncalibrated.contains(l.label()));
            leads.add(q);
            if (QualityRules.usable(q, settings)) {
                for (int i = 0; i < x.length; i++) if (!Float.isFinite(x[i])) x[i] = 0;
                usable.add(x);
            }
        }
        List<LeadName> missing = new ArrayList<>();
        for (LeadName n : requirements.leads()) if (!seen.contains(n)) missing.add(n);
        int[] beats = usable.isEmpty() || record.nSamples() < QrsDetector.MIN_SECONDS * fs ? new int[0] : fusedBeats(usable, fs);
        return new RecordMeasures(fs, record.durationSeconds(), leads, missing, Orphanidou2015.of(beats, record.nSamples(), fs));
    }

    private static int[] fusedBeats(List<float[]> leads, double fs) {
        try {
            return QrsDetector.detect(leads.toArray(new float[0][]), fs, QrsConfig.defaults());
        } catch (IllegalArgumentException e) {
            return new int[0]; // a rate too low for the detector: reported as no beats
        }
    }
}
