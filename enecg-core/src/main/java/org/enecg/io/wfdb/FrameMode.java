package org.enecg.io.wfdb;

/**
 * How a record whose signals have different numbers of samples per frame (several sampling rates in one
 * record) becomes a {@code Record}, whose leads share one sampling rate.
 */
public enum FrameMode {
    /**
     * One value per frame: the mean of the signal's valid samples in that frame (NaN if none is valid), at the
     * record's frame rate. This is wfdb-python's {@code smooth_frames=True}, the default there too.
     */
    SMOOTH,
    /**
     * Every signal at the highest rate: frame rate × the largest samples-per-frame; slower signals repeat each
     * sample, as {@code rdsamp -H} does. No information is lost.
     */
    EXPAND
}
