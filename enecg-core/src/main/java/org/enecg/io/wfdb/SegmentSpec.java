package org.enecg.io.wfdb;

/**
 * One segment line of a multi-segment header.
 *
 * @param name     the segment's record name, or {@code ~} for a null segment
 * @param nSamples the segment's length in frames
 * @param line     1-based line of the header (for messages)
 */
public record SegmentSpec(String name, long nSamples, int line) {

    /** A null segment has no files; its samples read as invalid. */
    public boolean isNull() { return "~".equals(name); }
}
