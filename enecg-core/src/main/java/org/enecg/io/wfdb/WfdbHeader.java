package org.enecg.io.wfdb;

import java.nio.file.Path;
import java.util.List;

/**
 * A parsed header file: the record line, then either signal lines (ordinary record) or segment lines
 * (multi-segment record), and the comment lines in file order without their {@code #}.
 */
public record WfdbHeader(Path path, RecordLine record, List<SignalSpec> signals, List<SegmentSpec> segments,
                         List<String> comments) {

    public WfdbHeader {
        signals = List.copyOf(signals);
        segments = List.copyOf(segments);
        comments = List.copyOf(comments);
    }

    public boolean isMultiSegment() { return record.isMultiSegment(); }

    /** The folder the record's other files are looked up in. */
    public Path directory() {
        Path parent = path.toAbsolutePath().getParent();
        return parent != null ? parent : Path.of(".");
    }

    /** A layout header: segment 0 of a variable-layout record, length 0, signal files all {@code ~}. */
    public boolean isLayout() {
        return !isMultiSegment() && record.nSamples() == 0 && signals.stream().allMatch(SignalSpec::isNull);
    }
}
