package org.enecg.expert;

import java.util.Locale;

/**
 * How an expert's input amplitudes are normalised. Statistics use the population standard deviation
 * ({@code numpy.std}, ddof 0); a flat signal (std 0) is only centred. Leads that the record lacks (zero-filled,
 * see {@link MissingLead}) are left out of the statistics and stay 0, i.e. at the mean level.
 */
public enum Normalisation {
    /** Amplitudes as they are, in the spec's {@link Units}. */
    NONE,
    /** One mean and std over all the expert's leads together, per segment (relative lead amplitudes survive). */
    GLOBAL_Z,
    /** Each lead by its own mean and std, per segment. */
    PER_LEAD_Z,
    /**
     * The EnECG authors' preprocessing: one mean and std over <em>all</em> ECG leads of the record, computed on
     * the whole record before lead selection and resampling, so an expert that reads only lead II still sees it
     * scaled by the 12-lead statistics.
     */
    RECORD_Z;

    /** Parses {@code none}, {@code global_z}, {@code per_lead_z}, {@code record_z} (case-insensitive, {@code -} or {@code _}). */
    public static Normalisation parse(String s) {
        String k = s.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        switch (k) {
            case "none": return NONE;
            case "global_z": case "global": case "z": return GLOBAL_Z;
            case "per_lead_z": case "per_lead": case "lead_z": return PER_LEAD_Z;
            case "record_z": case "paper": return RECORD_Z;
            default: throw new IllegalArgumentException("unknown normalisation '" + s
                    + "'; expected one of none, global_z, per_lead_z, record_z");
        }
    }

    /** The name used in cards and fingerprints. */
    public String key() { return name().toLowerCase(Locale.ROOT); }
}
