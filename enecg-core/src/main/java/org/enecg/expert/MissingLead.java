package org.enecg.expert;

import java.util.Locale;

/** What happens when a record lacks a lead the expert reads. */
public enum MissingLead {
    /**
     * The default: the lead is filled with zeros (left out of normalisation statistics, so it stays at 0, the mean
     * level of a z-scored input), and {@link ExpertInput#missingLeads()} names it so the cache index and the batch
     * summary report it. Never a crash.
     */
    ZERO,
    /** Refuse the record with an error naming it and the missing leads. */
    ERROR;

    public static MissingLead parse(String s) {
        String k = s.trim().toLowerCase(Locale.ROOT);
        switch (k) {
            case "zero": case "zeros": return ZERO;
            case "error": return ERROR;
            default: throw new IllegalArgumentException("unknown missing-lead policy '" + s + "'; expected zero or error");
        }
    }

    public String key() { return name().toLowerCase(Locale.ROOT); }
}
