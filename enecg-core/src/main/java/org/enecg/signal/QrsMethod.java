package org.enecg.signal;

import java.util.Locale;

/**
 * QRS detection algorithms, each named after its paper. {@link #parse} accepts the constant name and
 * lower-case aliases ({@code "pantompkins"}, {@code "elgendi"}).
 */
public enum QrsMethod {
    /**
     * Pan J., Tompkins W.J., "A Real-Time QRS Detection Algorithm", IEEE Trans. Biomed. Eng. 32(3):230-236
     * (1985): 5-15 Hz band-pass, derivative, squaring, 150 ms moving-window integration, adaptive signal and
     * noise levels with two thresholds, search-back for missed beats and T-wave discrimination by slope.
     */
    PAN_TOMPKINS_1985("pantompkins1985", "pantompkins", "pan-tompkins", "pt"),
    /**
     * Elgendi M., Jonkman M., De Boer F., "Frequency Bands Effects on QRS Detection", Proc. BIOSIGNALS 2010,
     * pp. 428-431: 8-20 Hz band-pass, squaring, two moving averages (97 ms for the QRS, 611 ms for the beat)
     * and blocks of interest wider than the QRS window.
     */
    ELGENDI_2010("elgendi2010", "elgendi", "twoaverages");

    private final String[] aliases;

    QrsMethod(String... aliases) { this.aliases = aliases; }

    /** The method named by {@code name} (constant name or alias, any case). */
    public static QrsMethod parse(String name) {
        if (name != null) {
            String s = name.trim().toLowerCase(Locale.ROOT);
            for (QrsMethod m : values()) {
                if (m.name().toLowerCase(Locale.ROOT).equals(s)) return m;
                for (String a : m.aliases) if (a.equals(s)) return m;
            }
        }
        StringBuilder valid = new StringBuilder();
        for (QrsMethod m : values()) valid.append(valid.length() == 0 ? "" : ", ").append(m.aliases[0]);
        throw new IllegalArgumentException("unknown QRS method '" + name + "'; valid methods: " + valid);
    }
}
