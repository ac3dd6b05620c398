package org.enecg.expert;

import java.util.Locale;

/** The amplitude unit an expert expects. Records are in millivolts; {@link #fromMillivolts()} is the factor. */
public enum Units {
    MILLIVOLT("mV", 1.0f),
    /** Microvolts, e.g. the PTB-XL XceptionTime model of ExChanGeAI. */
    MICROVOLT("uV", 1000.0f);

    private final String symbol;
    private final float fromMillivolts;

    Units(String symbol, float fromMillivolts) {
        this.symbol = symbol;
        this.fromMillivolts = fromMillivolts;
    }

    public String symbol() { return symbol; }

    /** What a millivolt value is multiplied by to be in this unit. */
    public float fromMillivolts() { return fromMillivolts; }

    /** Parses {@code mV}, {@code uV} or {@code µV} (any case). */
    public static Units parse(String s) {
        String k = s.trim().toLowerCase(Locale.ROOT);
        switch (k) {
            case "mv": case "millivolt": case "millivolts": return MILLIVOLT;
            case "uv": case "µv": case "microvolt": case "microvolts": return MICROVOLT;
            default: throw new IllegalArgumentException("unknown units '" + s + "'; expected mV or uV");
        }
    }
}
