package org.enecg.signal.quality;

import java.util.Objects;

/**
 * What was measured on one lead (no judgement: {@link QualityRules} grades). Amplitudes in mV; NaN where a
 * measure could not be taken (a flat or all-invalid lead has no beats, spectrum or kurtosis).
 *
 * @param lead            the lead's label ({@code II}, {@code V3})
 * @param calibrated      false when the file gives no gain for it (WFDB gain 0: amplitudes in unknown units)
 * @param invalidFraction share of NaN/infinite samples ({@link SampleChecks#invalidFraction})
 * @param flatFraction    share of successive equal samples ({@link SampleChecks#flatFraction})
 * @param clippedFraction share of samples on plateaus at the lead's extremes ({@link SampleChecks#clippedFraction})
 * @param rangeMv         1st to 99th percentile of the samples ({@link SampleChecks#robustRange})
 * @param qrsAmplitudeMv  median QRS peak-to-peak on the 0.5-40 Hz band-passed lead ({@link SampleChecks#qrsAmplitude})
 * @param beats           beats found on this lead alone (Elgendi 2010)
 * @param bSqi            agreement of Elgendi 2010 and Pan-Tompkins 1985 on this lead ({@link Li2008#bSqi})
 * @param kSqi            kurtosis of the band-passed lead ({@link Li2008#kSqi})
 * @param pSqi            QRS-band power share ({@link Li2008#pSqi})
 * @param basSqi          1 - baseline power share ({@link Li2008#basSqi})
 */
public record LeadQuality(String lead, boolean calibrated, double invalidFraction, double flatFraction, double clippedFraction,
                          double rangeMv, double qrsAmplitudeMv, int beats, double bSqi, double kSqi, double pSqi, double basSqi) {
    public LeadQuality {
        Objects.requireNonNull(lead, "lead");
    }
}
