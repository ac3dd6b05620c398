package org.enecg.expert;

import java.util.HashMap;
import java.util.Map;
import org.enecg.io.Record;
import org.enecg.signal.FftResampler;

/**
 * One record's leads resampled once per target length, shared by the experts that read a lead through the same steps
 * ({@link ExpertInput#prepare(Record, ExpertSpec, ResampledLeads)}): the same lead of the record, the same units, the
 * same record z-score or none, the same cropped span and the same new length give the same resampled samples, so the
 * FFT runs once (the built-in rhythm, morphology and spectral experts all read 12 leads at 500 Hz). Only those steps
 * come before resampling, so a hit is exactly the array the expert would have computed. Callers get a copy, since
 * later steps normalise in place. Made per record by the embedding runner; thread-safe.
 */
public final class ResampledLeads {

    private record Key(int lead, float unitsFactor, boolean recordZ, int from, int to) {}

    private final Record record;
    private final Map<Key, float[]> memo = new HashMap<>();
    private int hits, misses;

    /** An empty memo for this record's leads. */
    public ResampledLeads(Record record) { this.record = record; }

    /** The record whose leads these are. */
    public Record record() { return record; }

    /**
     * Lead {@code lead} of the record, already selected, sanitised, scaled by {@code unitsFactor}, z-scored when
     * {@code recordZ} and cropped to {@code x.length} samples, resampled to {@code to} samples.
     */
    synchronized float[] resample(int lead, float unitsFactor, boolean recordZ, float[] x, int to) {
        Key k = new Key(lead, unitsFactor, recordZ, x.length, to);
        float[] y = memo.get(k);
        if (y == null) {
            misses++;
            y = FftResampler.resample(x, to);
            memo.put(k, y);
        } else {
            hits++;
        }
        return y.clone();
    }

    /** Resamplings answered from the memo. */
    public synchronized int hits() { return hits; }

    /** Resamplings computed. */
    public synchronized int misses() { return misses; }
}
