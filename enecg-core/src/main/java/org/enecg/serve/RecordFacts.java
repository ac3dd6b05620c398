package org.enecg.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.enecg.io.Lead;
import org.enecg.io.LeadName;
import org.enecg.io.Record;
import org.enecg.signal.QrsConfig;
import org.enecg.signal.QrsDetector;

/**
 * What the server itself sees in a record, beside the model's answer: the detected beats (R peaks, all named leads
 * fused, as {@code enecg peaks}) and simple signal-quality facts (too short, flat, missing or unreadable leads, no
 * beat found), graded good / acceptable / poor.
 *
 * @param beats   R-peak sample indices at the record's rate
 * @param quality the grade and its reasons
 */
record RecordFacts(int[] beats, Quality quality) {

    /** A grade ({@code good}, {@code acceptable}, {@code poor}) with the reasons for it, worst first. */
    record Quality(String grade, List<String> reasons, String source) {
        Quality {
            reasons = List.copyOf(reasons);
        }
    }

    /** Below this peak-to-peak amplitude (mV) a lead is flat: unplugged, or no signal recorded. */
    static final double FLAT_MV = 0.05;
    /** The duration the experts and the gate read (10 s); a shorter record is padded. */
    static final double FULL_SECONDS = 10;

    static RecordFacts of(Record r) {
        List<String> poor = new ArrayList<>();
        List<String> fair = new ArrayList<>();
        int[] beats = beats(r, poor);
        if (beats.length == 0 && poor.isEmpty()) poor.add("no heartbeat detected");
        double seconds = r.durationSeconds();
        if (seconds < FULL_SECONDS - 0.5 / r.fs()) {
            fair.add(String.format(Locale.ROOT, "too short: %.1f s; the experts read %.0f s, the rest is padding", seconds, FULL_SECONDS));
        }
        List<String> missing = new ArrayList<>();
        for (LeadName n : LeadName.STANDARD_ORDER) if (r.lead(n).isEmpty()) missing.add(n.label());
        if (r.lead(LeadName.II).isEmpty()) poor.add("lead II is missing: the gate and the rhythm strip read it");
        if (!missing.isEmpty()) fair.add("missing leads: " + String.join(", ", missing));
        List<String> flat = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        for (Lead l : r.leads()) {
            float lo = Float.POSITIVE_INFINITY, hi = Float.NEGATIVE_INFINITY;
            int bad = 0;
            for (int i = 0; i < l.length(); i++) {
                float v = l.sample(i);
                if (!Float.isFinite(v)) {
                    bad++;
                    continue;
                }
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
            if (bad > 0) unreadable.add(l.label() + " (" + bad + " samples)");
            if (!(hi - lo >= FLAT_MV)) flat.add(l.label());
        }
        if (!flat.isEmpty()) {
            String text = "flat leads (under " + FLAT_MV + " mV peak to peak): " + String.join(", ", flat);
            if (flat.size() * 2 >= r.nLeads()) poor.add(text); else fair.add(text);
        }
        if (!unreadable.isEmpty()) fair.add("unreadable samples, read as 0: " + String.join(", ", unreadable));
        List<String> reasons = new ArrayList<>(poor);
        reasons.addAll(fair);
        String grade = !poor.isEmpty() ? "poor" : !fair.isEmpty() ? "acceptable" : "good";
        return new RecordFacts(beats, new Quality(grade, reasons, "serve"));
    }

    private static int[] beats(Record r, List<String> poor) {
        List<Lead> named = new ArrayList<>();
        for (Lead l : r.leads()) if (l.name().isPresent()) named.add(l);
        if (named.isEmpty()) named = r.leads();
        float[][] x = new float[named.size()][];
        for (int i = 0; i < x.length; i++) x[i] = named.get(i).samples();
        try {
            return QrsDetector.detect(x, r.fs(), QrsConfig.defaults());
        } catch (IllegalArgumentException e) {
            poor.add("beats could not be detected: " + e.getMessage());
            return new int[0];
        }
    }
}
