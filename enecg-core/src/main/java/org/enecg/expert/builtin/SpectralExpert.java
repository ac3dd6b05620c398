package org.enecg.expert.builtin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.enecg.expert.Normalisation;
import org.enecg.signal.PowerSpectrum;
import org.enecg.signal.Welch;

/**
 * Spectral expert: per lead, the power spectral density by Welch's method ({@link Welch}: 4-s Hann segments, half
 * overlap, mean removed), summarised as band powers (relative to the 0.5-100 Hz total, and absolute on a log scale),
 * total power, spectral entropy and the dominant frequency. The bands follow the ECG's parts: 0.5-5 Hz (P and T waves,
 * heart-rate harmonics), 4-9 Hz (atrial fibrillatory waves), 5-15 Hz (QRS energy, Pan and Tompkins' band), 15-40 Hz
 * (sharp QRS components) and 40-100 Hz (muscle noise, pacemaker spikes).
 *
 * <p>Input: the twelve standard leads, the whole record at 500 Hz, in mV (the input of {@link RhythmExpert}).
 * Outputs: {@link LeadOut} for each lead, {@code spectral.<lead>.<key>} (lead in lower case).
 *
 * <p>Limits: a flat or missing lead has {@code valid} 0 and every other output at its fill; a record shorter than one
 * segment is one segment of its own length (coarser frequency bins).
 */
public final class SpectralExpert extends FeatureExpert {

    static final String VERSION = "1";
    static final double FS = 500;
    static final String PREFIX = "spectral";
    /** Welch segment length in seconds (0.25 Hz bins). */
    static final double SEGMENT_SECONDS = 4.0;
    /** Total power, entropy and the dominant frequency are taken over these limits in Hz. */
    static final double TOTAL_LOW = 0.5, TOTAL_HIGH = 100, PEAK_HIGH = 40;
    /** log10 of powers below this (mV^2) are floored, so silence is a number. */
    static final double POWER_FLOOR = 1e-8;

    /** The bands, {@code [low, high)} Hz, and their name part. */
    enum Band {
        B0P5_5(0.5, 5, "0p5_5"), B4_9(4, 9, "4_9"), B5_15(5, 15, "5_15"), B15_40(15, 40, "15_40"), B40_100(40, 100, "40_100");

        final double low, high;
        final String label;

        Band(double low, double high, String label) {
            this.low = low;
            this.high = high;
            this.label = label;
        }
    }

    /** Per-lead outputs, in order (built from {@link Band}). */
    static final List<Feature> LEAD_OUT = leadOutputs();

    public SpectralExpert() {
        super(PREFIX, VERSION, wholeRecord(FS, FeatureNames.of(PREFIX, new Feature[0], TWELVE, LEAD_OUT.toArray(new Feature[0])),
                Normalisation.NONE), parameters(), "none");
    }

    private static Map<String, String> parameters() {
        Map<String, String> m = new TreeMap<>();
        m.put("spectral.welch", "hann,segment=" + SEGMENT_SECONDS + "s,overlap=0.5,detrend=constant");
        List<String> b = new ArrayList<>();
        for (Band x : Band.values()) b.add(x.low + "-" + x.high);
        m.put("spectral.bands_hz", String.join(",", b));
        m.put("spectral.total_hz", TOTAL_LOW + "-" + TOTAL_HIGH);
        m.put("spectral.peak_hz", TOTAL_LOW + "-" + PEAK_HIGH);
        m.put("spectral.power_floor", Double.toString(POWER_FLOOR));
        return m;
    }


    private static List<Feature> leadOutputs() {
        List<Feature> f = new ArrayList<>();
        f.add(new Feature.Spec("valid", 0, "1 when the lead is not flat, else 0"));
        f.add(new Feature.Spec("log_power", Math.log10(POWER_FLOOR), "log10 of the power in 0.5-100 Hz, mV^2"));
        for (Band b : Band.values()) {
            f.add(new Feature.Spec("band_" + b.label + "_hz", 0, "share of the 0.5-100 Hz power in " + b.low + "-" + b.high + " Hz"));
        }
        for (Band b : Band.values()) {
            f.add(new Feature.Spec("log_band_" + b.label + "_hz", Math.log10(POWER_FLOOR), "log10 of the power in " + b.low + "-" + b.high + " Hz, mV^2"));
        }
        f.add(new Feature.Spec("entropy", 0, "spectral entropy in 0.5-40 Hz, normalised to [0, 1] (1: white noise)"));
        f.add(new Feature.Spec("dominant_hz", 0, "frequency of the largest density in 0.5-40 Hz"));
        return List.copyOf(f);
    }

    @Override
    float[] compute(float[][] item) {
        int k = LEAD_OUT.size();
        float[] out = new float[item.length * k];
        int nperseg = (int) Math.round(SEGMENT_SECONDS * FS);
        for (int l = 0; l < item.length; l++) {
            double[] v = new double[k];
            java.util.Arrays.fill(v, Double.NaN);
            if (!isFlat(item[l])) {
                PowerSpectrum p = Welch.psd(item[l], FS, nperseg);
                double total = p.bandPower(TOTAL_LOW, TOTAL_HIGH);
                int j = 0;
                v[j++] = 1;
                v[j++] = Math.log10(Math.max(POWER_FLOOR, total));
                for (Band b : Band.values()) v[j++] = total > 0 ? p.bandPower(b.low, b.high) / total : Double.NaN;
                for (Band b : Band.values()) v[j++] = Math.log10(Math.max(POWER_FLOOR, p.bandPower(b.low, b.high)));
                v[j++] = p.normalisedEntropy(TOTAL_LOW, PEAK_HIGH);
                v[j] = p.peakFrequency(TOTAL_LOW, PEAK_HIGH);
            }
            for (int j = 0; j < k; j++) out[l * k + j] = LEAD_OUT.get(j).of(v[j]);
        }
        return out;
    }

    /** Every output name with its meaning and fill, for docs. */
    static List<String[]> describeOutputs() {
        List<String[]> out = new ArrayList<>();
        for (Feature f : LEAD_OUT) out.add(new String[] {PREFIX + ".<lead>." + f.key(), f.meaning(), Double.toString(f.fill())});
        return out;
    }
}
