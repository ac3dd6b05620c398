package org.enecg.expert.builtin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.enecg.io.LeadName;

/** Output names of the feature-based built-in experts: {@code prefix.key} and {@code prefix.lead.key}. */
final class FeatureNames {

    private FeatureNames() {}

    /** The lead as it appears in feature names: lower case, e.g. {@code ii}, {@code avf}, {@code v1}. */
    static String lead(LeadName l) { return l.label().toLowerCase(Locale.ROOT); }

    /** {@code prefix.key} for each global feature, then {@code prefix.lead.key} for each lead and per-lead feature. */
    static List<String> of(String prefix, Feature[] global, List<LeadName> leads, Feature[] perLead) {
        List<String> out = new ArrayList<>();
        for (Feature f : global) out.add(prefix + "." + f.key());
        for (LeadName l : leads) for (Feature f : perLead) out.add(prefix + "." + lead(l) + "." + f.key());
        return List.copyOf(out);
    }
}
