package org.enecg.expert;

import java.util.Locale;

/** Whether an expert reads all its leads at once or one lead at a time. */
public enum LeadLayout {
    /** One item per segment: {@code [leads][samples]} (ECG-FM: [batch, 12, 2500]). */
    TOGETHER,
    /**
     * One item per lead and segment: {@code [1][samples]} (a univariate model such as MOMENT); the outputs of all
     * leads and segments of a record are pooled.
     */
    EACH;

    public static LeadLayout parse(String s) {
        String k = s.trim().toLowerCase(Locale.ROOT);
        switch (k) {
            case "together": case "leads": return TOGETHER;
            case "each": case "each_lead": case "per_lead": return EACH;
            default: throw new IllegalArgumentException("unknown lead layout '" + s + "'; expected together or each");
        }
    }

    public String key() { return name().toLowerCase(Locale.ROOT); }
}
