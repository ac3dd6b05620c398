package org.enecg.io.wfdb;

import java.util.Optional;

/**
 * The record line of a header, with defaults applied ({@link HeaderDefaults}).
 *
 * @param name              record name
 * @param nSegments         number of segments for a multi-segment header, 0 for an ordinary record
 * @param nSignals          number of signals
 * @param fs                sampling (frame) frequency in Hz
 * @param counterFrequency  counter frequency in Hz
 * @param baseCounter       counter value of sample 0
 * @param nSamples          samples per signal (frames) as written; 0 (as written) or
 *                          {@link HeaderDefaults#SAMPLES_UNSPECIFIED} (missing) mean unspecified
 * @param baseTime          time of day of sample 0 as written ({@code HH:MM:SS[.ms]}), or null
 * @param baseDate          date of sample 0 as written ({@code DD/MM/YYYY}), or null
 * @param fsGiven           false when the sampling frequency was missing and 250 Hz was assumed
 */
public record RecordLine(String name, int nSegments, int nSignals, double fs, double counterFrequency,
                         double baseCounter, long nSamples, String baseTime, String baseDate, boolean fsGiven) {

    public boolean isMultiSegment() { return nSegments > 0; }

    /** False when the header gives no length (0 or missing): it is then taken from the signal file. */
    public boolean lengthKnown() { return nSamples > 0; }

    public Optional<String> baseTimeText() { return Optional.ofNullable(baseTime); }

    public Optional<String> baseDateText() { return Optional.ofNullable(baseDate); }
}
