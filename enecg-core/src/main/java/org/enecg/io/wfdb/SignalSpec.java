package org.enecg.io.wfdb;

import java.util.OptionalInt;

/**
 * One signal line of a header, with defaults applied ({@link HeaderDefaults}); field names follow the
 * specification.
 *
 * @param fileName       signal file name ({@code ~} for a null signal in a layout header)
 * @param format         storage format
 * @param sampsPerFrame  samples of this signal in each frame (the {@code x} modifier)
 * @param skew           samples of this signal that precede sample 0 (the {@code :} modifier)
 * @param byteOffset     bytes before sample 0 in the signal file (the {@code +} modifier); for FLAC formats
 *                       a sample offset, as in the WFDB library
 * @param adcGain        ADC units per physical unit (200 when the header gives 0 or nothing)
 * @param baseline       ADC value of 0 physical units
 * @param units          physical units, e.g. {@code mV}
 * @param adcRes         ADC resolution in bits
 * @param adcZero        ADC value in the middle of the input range
 * @param initValue      value of the first sample
 * @param checksum       16-bit checksum of all samples, if the header gives one
 * @param blockSize      block size in bytes
 * @param description    signal description (name), e.g. {@code MLII}
 * @param calibrated     false when the gain was 0 or missing (the amplitude is uncalibrated)
 * @param line           1-based line of the header this came from (for messages)
 */
public record SignalSpec(String fileName, SignalFormat format, int sampsPerFrame, int skew, long byteOffset,
                         double adcGain, int baseline, String units, int adcRes, int adcZero, int initValue,
                         OptionalInt checksum, int blockSize, String description, boolean calibrated, int line) {

    /** True for the {@code ~} signals of layout headers and for format 0: nothing is stored. */
    public boolean isNull() { return "~".equals(fileName) || format == SignalFormat.FMT_0; }
}
