package org.enecg.io.wfdb;

/**
 * The values a header reader uses for fields a header leaves out, in one place, each beside the sentence of
 * the WFDB header specification (<a href="https://physionet.org/physiotools/wag/header-5.htm">header(5)</a>)
 * that it implements. These are read defaults: what a missing field means. (wfdb-python keeps separate write
 * defaults for the fields it fills in when writing; this project does not write headers.)
 */
public final class HeaderDefaults {
    private HeaderDefaults() {}

    /** "The sampling frequency must be greater than zero; if it is missing, a value of 250 is assumed." */
    public static final double SAMPLING_FREQUENCY = 250.0;

    /** "If the counter frequency is absent or not positive, it is assumed to be equal to the sampling frequency." */
    public static double counterFrequency(double samplingFrequency) { return samplingFrequency; }

    /** "[Base counter value] If absent, it is taken to be zero." */
    public static final double BASE_COUNTER = 0.0;

    /**
     * "[Number of samples per signal] If it is zero or missing, the number of samples is unspecified and
     * checksum verification of the signals is disabled." The reader then takes the length from the signal file.
     */
    public static final long SAMPLES_UNSPECIFIED = -1;

    /** Samples per frame: "this field is conventionally omitted (which is equivalent to setting it to 1)". */
    public static final int SAMPLES_PER_FRAME = 1;

    /** Skew: absent means the signal is not skewed. */
    public static final int SKEW = 0;

    /** Byte offset: absent means the signal file holds sample data only, from byte 0. */
    public static final long BYTE_OFFSET = 0;

    /**
     * "If the gain is zero or missing, this indicates that the signal amplitude is uncalibrated; in such cases,
     * a value of 200 ADC units per physical unit is assumed." A negative gain is an error.
     */
    public static final double ADC_GAIN = 200.0;

    /** "[Baseline] If absent, the baseline is taken to be equal to the ADC zero." */
    public static int baseline(int adcZero) { return adcZero; }

    /** "[Units] If this field is absent, the physical unit may be assumed to be one millivolt." */
    public static final String UNITS = "mV";

    /**
     * "[ADC resolution] If this field is missing or zero, the default value is 12 bits for amplitude-format
     * signals, or 10 bits for difference-format signals (unless a lower value is specified by the format field)."
     */
    public static int adcResolution(SignalFormat format) {
        int d = format == SignalFormat.FMT_8 ? 10 : 12;
        return format.bits() > 0 && format != SignalFormat.FMT_8 ? Math.min(d, format.bits()) : d;
    }

    /** "[ADC zero] If this field is missing, a value of zero is assumed." */
    public static final int ADC_ZERO = 0;

    /** "[Initial value] If this field is missing, a value equal to the ADC zero is assumed." */
    public static int initValue(int adcZero) { return adcZero; }

    /** "[Block size] This field is an integer and is usually zero." */
    public static final int BLOCK_SIZE = 0;

    /**
     * Description: optional in the specification. A signal without one is named by its position, as the WFDB
     * library does in its messages, so every {@code Lead} has a name: {@code signal 0}, {@code signal 1}, ...
     */
    public static String description(int signalIndex) { return "signal " + signalIndex; }
}
