package org.enecg.io.wfdb;

import java.util.Locale;
import java.util.OptionalDouble;

/** Conversion of a header's voltage units to millivolts, the unit of every {@code Record}. */
final class Units {
    private Units() {}

    /**
     * The factor that turns a value in {@code units} into millivolts, or empty when the units are not a voltage
     * (mmHg, NU, bpm, ...). Case is ignored ({@code mv} is millivolts: CinC headers write it so); {@code uV},
     * {@code µV} and {@code μV} are microvolts.
     */
    static OptionalDouble toMillivolts(String units) {
        String u = units.strip();
        switch (u.toLowerCase(Locale.ROOT)) {
            case "mv": case "millivolt": case "millivolts": return OptionalDouble.of(1.0);
            case "uv": case "µv": case "μv": case "microvolt": case "microvolts": return OptionalDouble.of(1e-3);
            case "nv": return OptionalDouble.of(1e-6);
            case "v": case "volt": case "volts": return OptionalDouble.of(1e3);
            default: return OptionalDouble.empty();
        }
    }
}
