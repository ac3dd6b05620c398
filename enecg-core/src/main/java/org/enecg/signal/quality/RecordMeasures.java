package org.enecg.signal.quality;

import java.util.List;
import java.util.Objects;
import org.enecg.io.LeadName;

/**
 * What was measured on one record, before grading.
 *
 * @param fs              sampling rate in Hz
 * @param durationSeconds length of the record
 * @param leads           every ECG lead of the record (signals that are not one of the twelve standard leads are left
 *                        out), in file order
 * @param missingLeads    leads the experts read that the record lacks
 * @param rhythm          beats found on the usable leads together, with the heart rate and pauses
 */
public record RecordMeasures(double fs, double durationSeconds, List<LeadQuality> leads, List<LeadName> missingLeads,
                             Orphanidou2015 rhythm) {
    public RecordMeasures {
        leads = List.copyOf(leads);
        missingLeads = List.copyOf(missingLeads);
        Objects.requireNonNull(rhythm, "rhythm");
    }

    /** The measures of one lead by label, or null. */
    public LeadQuality lead(String label) {
        for (LeadQuality l : leads) if (l.lead().equals(label)) return l;
        return null;
    }
}
