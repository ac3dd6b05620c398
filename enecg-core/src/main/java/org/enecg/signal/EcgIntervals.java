package org.enecg.signal;

/**
 * Global intervals of a record, measured on its median beat (all leads delineated together): PR, QRS and QT in
 * ms and the frontal QRS axis in degrees. NaN where a boundary, or lead I or aVF for the axis, is missing.
 *
 * @param prMs            P onset to QRS onset
 * @param qrsMs           QRS onset to QRS offset
 * @param qtMs            QRS onset to T end
 * @param qrsAxisDegrees  see {@link QrsAxis}
 * @param beatsUsed       beats in the median beat
 */
public record EcgIntervals(double prMs, double qrsMs, double qtMs, double qrsAxisDegrees, int beatsUsed) {

    /**
     * Intervals of {@code beat}; {@code leadI} and {@code leadAvf} are indices of those leads in the median beat,
     * or -1 when the record lacks them (the axis is then NaN).
     */
    public static EcgIntervals of(MedianBeat beat, int leadI, int leadAvf, DelineationConfig config) {
        WaveBoundaries w = beat.boundaries(config);
        double axis = leadI >= 0 && leadAvf >= 0 && beat.beatsUsed() > 0
                ? QrsAxis.degrees(beat.lead(leadI), beat.lead(leadAvf), w.qrsOnset(), w.qrsOffset()) : Double.NaN;
        return new EcgIntervals(w.prMs(beat.fs()), w.qrsMs(beat.fs()), w.qtMs(beat.fs()), axis, beat.beatsUsed());
    }
}
