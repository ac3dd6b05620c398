package org.enecg.signal;

/**
 * Wave boundaries of one beat, as sample indices; -1 where a boundary was not found (no P wave in atrial
 * fibrillation, a T wave cut off by the end of the record).
 *
 * @param pOnset    start of the P wave
 * @param qrsOnset  start of the QRS complex
 * @param rPeak     the beat's fiducial point (the detector's R peak)
 * @param qrsOffset end of the QRS complex (J point)
 * @param tEnd      end of the T wave
 */
public record WaveBoundaries(int pOnset, int qrsOnset, int rPeak, int qrsOffset, int tEnd) {

    /** QRS duration in ms, NaN if either boundary is missing. */
    public double qrsMs(double fs) { return span(qrsOnset, qrsOffset, fs); }

    /** PR interval (P onset to QRS onset) in ms, NaN if missing. */
    public double prMs(double fs) { return span(pOnset, qrsOnset, fs); }

    /** QT interval (QRS onset to T end) in ms, NaN if missing. */
    public double qtMs(double fs) { return span(qrsOnset, tEnd, fs); }

    private static double span(int a, int b, double fs) { return a < 0 || b < 0 ? Double.NaN : (b - a) * 1000.0 / fs; }
}
