package org.enecg.signal.quality;

import static org.enecg.signal.quality.QualityGrade.ACCEPTABLE;
import static org.enecg.signal.quality.QualityGrade.POOR;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.enecg.io.LeadName;

/**
 * The grading rule, in one place: measures in, findings out, each finding carrying the grade it implies (the record's
 * grade is the worst). A record is {@code poor} when it cannot support an answer: too short for the experts, no
 * usable ECG lead, the rhythm lead absent or unusable, no lead calibrated, no beats, the rhythm lead too noisy to
 * find beats on, or amplitudes a thousand times off. Milder problems (a lead flat, missing, clipped, noisy or
 * wandering, a few invalid samples, an odd heart rate or a pause) make it {@code acceptable}. Thresholds:
 * {@link QualitySettings}; the rule table and its evidence: docs/signal-quality.md.
 */
public final class QualityRules {
    private QualityRules() {}

    /** The findings about a record measured as {@code m}, for experts that need {@code r}. */
    public static List<QualityReason> reasons(RecordMeasures m, QualityRequirements r, QualitySettings s) {
        List<QualityReason> out = new ArrayList<>();
        boolean tooShort = length(m, r, s, out);
        if (!m.missingLeads().isEmpty()) {
            out.add(QualityReason.record("missing_leads", ACCEPTABLE, "the record lacks " + labels(m.missingLeads())
                    + ", which the experts read (zero-filled)"));
        }
        List<QualityReason> perLead = new ArrayList<>();
        List<LeadQuality> usable = new ArrayList<>();
        for (LeadQuality l : m.leads()) if (leadUsable(l, s, perLead)) usable.add(l);
        boolean noneCalibrated = !usable.isEmpty() && usable.stream().noneMatch(LeadQuality::calibrated);
        for (LeadQuality l : usable) leadSignal(l, s, !noneCalibrated, perLead);
        String rhythm = r.rhythmLead().label();
        LeadQuality rl = m.lead(rhythm);
        if (m.leads().isEmpty()) {
            out.add(QualityReason.record("no_ecg_leads", POOR, "the record has none of the twelve standard ECG leads"));
        } else if (usable.isEmpty()) {
            out.add(QualityReason.record("no_usable_lead", POOR, "every lead is flat or invalid: there is no ECG to read"));
        }
        if (rl == null) {
            out.add(QualityReason.record("rhythm_lead_missing", POOR, "lead " + rhythm + ", which the gate and the rhythm experts read, is absent"));
        } else if (!m.leads().isEmpty() && !usable.contains(rl) && !usable.isEmpty()) {
            out.add(QualityReason.lead("rhythm_lead_unusable", rhythm, POOR, "lead " + rhythm + ", which the gate and the rhythm experts read, is flat or invalid"));
        }
        int needed = r.leads().size();
        if (!usable.isEmpty() && usable.size() < s.fewLeadsShare() * needed) {
            out.add(QualityReason.record("few_leads", ACCEPTABLE, "only " + usable.size() + " of the " + needed
                    + " leads the experts read hold a signal (" + String.join(", ", usable.stream().map(LeadQuality::lead).toList()) + ")"));
        }
        if (noneCalibrated) {
            out.add(QualityReason.record("uncalibrated", POOR, "no lead has a gain in the file (gain 0): amplitudes are in unknown units"));
        }
        if (!usable.isEmpty() && !tooShort) rhythmFindings(m.rhythm(), m.durationSeconds(), s, out);
        if (!tooShort) noise(usable, s, out);
        units(usable, s, out);
        out.addAll(perLead);
        return out;
    }

    /** Whether a lead holds a signal to read: not mostly invalid, not flat. */
    public static boolean usable(LeadQuality l, QualitySettings s) { return !mostlyInvalid(l, s) && !flat(l, s); }

    private static boolean mostlyInvalid(LeadQuality l, QualitySettings s) { return l.invalidFraction() > s.unusableInvalidShare(); }

    private static boolean flat(LeadQuality l, QualitySettings s) { return l.flatFraction() > s.flatFraction() || l.rangeMv() < s.flatRangeMv(); }

    /** Length against the experts' window; true when too short to grade anything else. */
    private static boolean length(RecordMeasures m, QualityRequirements r, QualitySettings s, List<QualityReason> out) {
        double d = m.durationSeconds();
        // one sample short of the window is still the window (rounding of n / fs)
        if (d + 1.0 / m.fs() >= r.seconds()) return false;
        String what = String.format(Locale.ROOT, "%.2f s recorded, the experts read %.1f s", d, r.seconds());
        if (d < s.shortPoorShare() * r.seconds()) {
            out.add(QualityReason.record("too_short", POOR, what));
            return true;
        }
        out.add(QualityReason.record("short", ACCEPTABLE, what + " (the rest is padded)"));
        return false;
    }

    /** Invalid samples and flat line; true when the lead is usable. */
    private static boolean leadUsable(LeadQuality l, QualitySettings s, List<QualityReason> out) {
        String n = l.lead();
        if (mostlyInvalid(l, s)) {
            out.add(QualityReason.lead("invalid_lead", n, ACCEPTABLE, String.format(Locale.ROOT,
                    "%s%% of lead %s's samples are invalid (NaN)", percent(l.invalidFraction()), n)));
            return false;
        }
        if (l.invalidFraction() > 0) {
            out.add(QualityReason.lead("invalid_samples", n, ACCEPTABLE, String.format(Locale.ROOT,
                    "%s%% of lead %s's samples are invalid (NaN), read as 0", percent(l.invalidFraction()), n)));
        }
        if (flat(l, s)) {
            out.add(QualityReason.lead("flat", n, ACCEPTABLE, String.format(Locale.ROOT,
                    "lead %s is flat (%.3f mV range, %.0f%% of successive samples equal)", n, l.rangeMv(), 100 * l.flatFraction())));
            return false;
        }
        return true;
    }

    /**
     * Calibration (when some other lead has a gain: else the record-level finding says it), clipping, noise and
     * baseline of a usable lead. Kurtosis (kSQI) flags only together with detector disagreement: on the bundled data
     * the lowest values (1.7-2.2 on every lead) are ventricular tachycardia, not noise.
     */
    private static void leadSignal(LeadQuality l, QualitySettings s, boolean someCalibrated, List<QualityReason> out) {
        String n = l.lead();
        if (!l.calibrated() && someCalibrated) {
            out.add(QualityReason.lead("uncalibrated_lead", n, ACCEPTABLE, "lead " + n + " has no gain in the file (gain 0): its amplitude is in unknown units"));
        }
        if (l.clippedFraction() > s.clippedShare()) {
            out.add(QualityReason.lead("clipped", n, ACCEPTABLE, String.format(Locale.ROOT,
                    "%s%% of lead %s's samples sit flat at its extremes (clipped at the recorder's range)", percent(l.clippedFraction()), n)));
        }
        List<String> why = new ArrayList<>();
        if (l.bSqi() < s.leadNoisyBSqi() && l.kSqi() < s.leadNoisyKSqi()) {
            why.add(String.format(Locale.ROOT, "bSQI %.2f (two QRS detectors agree on %.0f%% of beats) and kSQI %.1f (not peaked like an ECG)",
                    l.bSqi(), 100 * l.bSqi(), l.kSqi()));
        }
        if (l.pSqi() < s.minPSqi()) why.add(String.format(Locale.ROOT, "pSQI %.2f (little power in the QRS band)", l.pSqi()));
        if (!why.isEmpty()) out.add(QualityReason.lead("noisy", n, ACCEPTABLE, "lead " + n + " is noisy: " + String.join(", ", why)));
        if (l.basSqi() < s.minBasSqi()) {
            out.add(QualityReason.lead("baseline_wander", n, ACCEPTABLE, String.format(Locale.ROOT,
                    "lead %s: %.0f%% of its power is below 1 Hz (basSQI %.2f)", n, 100 * (1 - l.basSqi()), l.basSqi())));
        }
    }

    /** Beats, heart rate and pauses of the usable leads together (Orphanidou 2015's feasibility, with wider rate limits). */
    private static void rhythmFindings(Orphanidou2015 r, double seconds, QualitySettings s, List<QualityReason> out) {
        if (r.beats() < s.minBeats()) {
            out.add(QualityReason.record("no_beats", POOR, String.format(Locale.ROOT, "%d beat(s) found in %.1f s", r.beats(), seconds)));
            return;
        }
        double hr = r.heartRateBpm();
        if (hr < s.minHeartRateBpm() || hr > s.maxHeartRateBpm()) {
            out.add(QualityReason.record("implausible_heart_rate", ACCEPTABLE, String.format(Locale.ROOT,
                    "heart rate %.0f beats/min, outside %.0f-%.0f", hr, s.minHeartRateBpm(), s.maxHeartRateBpm())));
        }
        if (r.longestRrSeconds() > s.maxRrSeconds()) {
            out.add(QualityReason.record("long_pause", ACCEPTABLE, String.format(Locale.ROOT,
                    "%.1f s without a beat (over %.1f s)", r.longestRrSeconds(), s.maxRrSeconds())));
        }
    }

    /** The median bSQI over the usable leads: how often two QRS detectors agree on a lead, typically. */
    private static void noise(List<LeadQuality> usable, QualitySettings s, List<QualityReason> out) {
        double[] b = usable.stream().mapToDouble(LeadQuality::bSqi).filter(Double::isFinite).sorted().toArray();
        if (b.length == 0) return;
        double median = SampleChecks.quantileSorted(b, 0.5);
        String what = String.format(Locale.ROOT, "two QRS detectors agree on %.0f%% of the beats (median bSQI %.2f over %d lead(s))",
                100 * median, median, b.length);
        if (median < s.poorBSqi()) {
            out.add(QualityReason.record("too_noisy", POOR, what + ": too noisy to find the beats"));
        } else if (median < s.noisyBSqi()) {
            out.add(QualityReason.record("noisy_record", ACCEPTABLE, what));
        }
    }

    /** The median QRS amplitude over the usable leads against the plausible range of a recorded ECG. */
    private static void units(List<LeadQuality> usable, QualitySettings s, List<QualityReason> out) {
        double[] a = usable.stream().mapToDouble(LeadQuality::qrsAmplitudeMv).filter(Double::isFinite).sorted().toArray();
        if (a.length == 0) return;
        double median = SampleChecks.quantileSorted(a, 0.5);
        String what = String.format(Locale.ROOT, "median QRS amplitude %s mV over %d lead(s)", amplitude(median), a.length);
        if (median > s.maxQrsMv()) {
            out.add(QualityReason.record("units_too_large", POOR, what + ": microvolts read as millivolts, or a wrong gain"));
        } else if (median > s.highQrsMv()) {
            out.add(QualityReason.record("amplitude_high", ACCEPTABLE, what + ", unusually large: check the gain"));
        } else if (median < s.minQrsMv()) {
            out.add(QualityReason.record("units_too_small", POOR, what + ": millivolts read as microvolts, or a wrong gain"));
        }
    }

    private static String amplitude(double mv) {
        return mv >= 1 ? String.format(Locale.ROOT, "%.1f", mv) : String.format(Locale.ROOT, "%.3g", mv);
    }

    private static String percent(double share) {
        double p = 100 * share;
        return p >= 1 ? String.format(Locale.ROOT, "%.0f", p) : String.format(Locale.ROOT, "%.2g", p);
    }

    private static String labels(List<LeadName> leads) {
        return String.join(", ", leads.stream().map(LeadName::label).toList());
    }
}
