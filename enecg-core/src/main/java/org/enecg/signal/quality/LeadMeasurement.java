package org.enecg.signal.quality;

import org.enecg.signal.BandPassFilter;
import org.enecg.signal.PowerSpectrum;
import org.enecg.signal.QrsConfig;
import org.enecg.signal.QrsDetector;
import org.enecg.signal.QrsMethod;

/**
 * Measures one lead, in the order a reader checks it: invalid samples, flat line, clipping, range; then, when
 * there is a signal to look at, beats by two detectors (Elgendi 2010 and Pan-Tompkins 1985), their agreement (bSQI),
 * kurtosis of the 0.5-40 Hz band, QRS and baseline power shares, and the QRS amplitude.
 */
public final class LeadMeasurement {
    /** Below this rate the 0.5-40 Hz band and the spectral indices are not defined. */
    static final double MIN_SPECTRAL_FS = 80;

    private LeadMeasurement() {}

    /**
     * The measures of one lead.
     *
     * @param lead       its label, for the result
     * @param x          samples in mV (NaN where invalid)
     * @param fs         sampling rate in Hz
     * @param calibrated whether the file gave the lead a gain
     */
    public static LeadQuality of(String lead, float[] x, double fs, boolean calibrated) {
        if (!(fs > 0) || Double.isInfinite(fs)) throw new IllegalArgumentException("sampling rate must be positive, found " + fs);
        double invalid = SampleChecks.invalidFraction(x);
        double flat = SampleChecks.flatFraction(x);
        double clipped = SampleChecks.clippedFraction(x);
        double range = SampleChecks.robustRange(x);
        double nan = Double.NaN;
        if (invalid >= 1 || range == 0) return new LeadQuality(lead, calibrated, invalid, flat, clipped, range, nan, 0, nan, nan, nan, nan);
        float[] z = x.clone();
        for (int i = 0; i < z.length; i++) if (!Float.isFinite(z[i])) z[i] = 0;
        int[] elgendi = beats(z, fs, QrsMethod.ELGENDI_2010);
        int[] panTompkins = beats(z, fs, QrsMethod.PAN_TOMPKINS_1985);
        double bSqi = Li2008.bSqi(elgendi, panTompkins, fs);
        if (fs < MIN_SPECTRAL_FS) {
            return new LeadQuality(lead, calibrated, invalid, flat, clipped, range, SampleChecks.qrsAmplitude(z, elgendi, fs),
                    elgendi.length, bSqi, Li2008.kSqi(z), nan, nan);
        }
        float[] band = BandPassFilter.defaults().apply(z, fs);
        PowerSpectrum p = Li2008.spectrum(z, fs);
        return new LeadQuality(lead, calibrated, invalid, flat, clipped, range, SampleChecks.qrsAmplitude(band, elgendi, fs),
                elgendi.length, bSqi, Li2008.kSqi(band), Li2008.pSqi(p), Li2008.basSqi(p));
    }

    /** Beats by one method; none when the lead is too short or the rate too low for the detector. */
    static int[] beats(float[] z, double fs, QrsMethod method) {
        if (z.length < QrsDetector.MIN_SECONDS * fs) return new int[0];
        try {
            return QrsDetector.detect(z, fs, QrsConfig.defaults().withMethod(method));
        } catch (IllegalArgumentException e) {
            return new int[0]; // a rate below the detector's band: no beats measured, said by the rules as "no beats"
        }
    }
}
