package org.enecg.io.wfdb;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * What to read and how strictly.
 *
 * @param from     first frame (sample number) to read, 0-based
 * @param to       frame after the last to read, or -1 for the end of the record
 * @param frames   how signals with several samples per frame are brought to one rate ({@link FrameMode})
 * @param strict   true: a checksum or length mismatch is an error. false: the reader goes on, missing samples
 *                 read as invalid (NaN), and each problem is passed to {@code problems}
 * @param problems receives one message per problem found when not strict (never silently dropped)
 */
public record ReadOptions(long from, long to, FrameMode frames, boolean strict, Consumer<String> problems) {

    public ReadOptions {
        if (from < 0) throw new IllegalArgumentException("from must be at least 0, found " + from);
        if (to != -1 && to < from) throw new IllegalArgumentException("to must be -1 (end) or at least from (" + from + "), found " + to);
        Objects.requireNonNull(frames, "frames");
        Objects.requireNonNull(problems, "problems");
    }

    /** The whole record, frames smoothed, mismatches are errors. */
    public static ReadOptions defaults() {
        return new ReadOptions(0, -1, FrameMode.SMOOTH, true, message -> { });
    }

    /** Frames {@code [from, to)}; {@code to} -1 means the end of the record. Checksums are only verified on whole reads. */
    public ReadOptions range(long from, long to) { return new ReadOptions(from, to, frames, strict, problems); }

    public ReadOptions frames(FrameMode mode) { return new ReadOptions(from, to, mode, strict, problems); }

    /** Go on past checksum and length mismatches, reporting each to {@code sink}. */
    public ReadOptions lenient(Consumer<String> sink) { return new ReadOptions(from, to, frames, false, sink); }

    /** True when the whole record is read (checksums can be verified). */
    boolean whole(long nFrames) { return from == 0 && (to == -1 || to == nFrames); }
}
