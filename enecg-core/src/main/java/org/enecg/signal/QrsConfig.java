package org.enecg.signal;

import java.util.Objects;

/**
 * Settings of {@link QrsDetector}, in physical units; converted to samples only once the sampling rate is known.
 * Each method's own constants (band edges, window lengths) are those of its paper and live with its
 * implementation; these are the settings shared by every method.
 *
 * @param method            the detection algorithm; default {@link QrsMethod#ELGENDI_2010}, the more accurate of the
 *                          two on single leads (docs/benchmarks/qrs.md)
 * @param refractorySeconds shortest time between two beats, in seconds; default 0.2 (Pan and Tompkins'
 *                          refractory period; 300 bpm)
 * @param locateSeconds     half-width of the window around a detection in which the R peak (largest deflection
 *                          from the local baseline) is located, in seconds; default 0.06
 * @param rules             the rules applied after the method's decision (T waves, search-back, ...); default
 *                          {@link QrsRules#defaults()}
 */
public record QrsConfig(QrsMethod method, double refractorySeconds, double locateSeconds, QrsRules rules) {

    public QrsConfig {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(rules, "rules");
        if (!(refractorySeconds >= 0.1 && refractorySeconds <= 1.0)) {
            throw new IllegalArgumentException("refractorySeconds must be between 0.1 and 1.0, found " + refractorySeconds);
        }
        if (!(locateSeconds >= 0 && locateSeconds <= 0.2)) {
            throw new IllegalArgumentException("locateSeconds must be between 0 and 0.2, found " + locateSeconds);
        }
    }

    /** With the default rules. */
    public QrsConfig(QrsMethod method, double refractorySeconds, double locateSeconds) {
        this(method, refractorySeconds, locateSeconds, QrsRules.defaults());
    }

    /** Elgendi 2010, 0.2 s refractory period, R peak located within +-60 ms, the default rules. */
    public static QrsConfig defaults() { return new QrsConfig(QrsMethod.ELGENDI_2010, 0.2, 0.06); }

    /** This configuration with another method. */
    public QrsConfig withMethod(QrsMethod m) { return new QrsConfig(m, refractorySeconds, locateSeconds, rules); }

    /** This configuration with other rules. */
    public QrsConfig withRules(QrsRules r) { return new QrsConfig(method, refractorySeconds, locateSeconds, r); }
}
