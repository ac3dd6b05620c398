package org.enecg.io.wfdb;

import java.util.List;

/**
 * A record as stored: its header and the digital samples of every signal over frames
 * {@code [from, from + nFrames)}. {@link RecordConverter} turns it into physical units.
 */
public final class DigitalRecord {
    private final WfdbHeader header;
    private final String name;
    private final double fs;
    private final long from;
    private final int nFrames;
    private final List<DigitalSignal> signals;

    DigitalRecord(WfdbHeader header, String name, double fs, long from, int nFrames, List<DigitalSignal> signals) {
        this.header = header;
        this.name = name;
        this.fs = fs;
        this.from = from;
        this.nFrames = nFrames;
        this.signals = List.copyOf(signals);
    }

    public WfdbHeader header() { return header; }

    /** Record name from the record line. */
    public String name() { return name; }

    /** Frame rate in Hz (the record line's sampling frequency). */
    public double fs() { return fs; }

    /** First frame read. */
    public long from() { return from; }

    /** Number of frames read. */
    public int nFrames() { return nFrames; }

    public List<DigitalSignal> signals() { return signals; }

    /** The largest samples-per-frame among the signals (1 for an ordinary single-rate record). */
    public int maxSampsPerFrame() {
        int m = 1;
        for (DigitalSignal s : signals) m = Math.max(m, s.sampsPerFrame());
        return m;
    }
}
