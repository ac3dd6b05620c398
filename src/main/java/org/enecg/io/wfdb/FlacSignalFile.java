package org.enecg.io.wfdb;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.List;

/** FLAC-compressed signal files (formats 508, 516, 524). */
final class FlacSignalFile {
    private FlacSignalFile() {}

    static SignalGroupReader.Layout layout(Path file, FileChannel ch, List<SignalSpec> group, int tspf, long offset)
            throws IOException {
        throw new WfdbFormatException(file, "unsupported format " + group.get(0).format() + " (FLAC) in " + file.getFileName());
    }

    static int[] frames(Path file, SignalGroupReader.Layout layout, List<SignalSpec> group, int tspf, long rStart, long rEnd)
            throws IOException {
        throw new WfdbFormatException(file, "unsupported format " + group.get(0).format() + " (FLAC) in " + file.getFileName());
    }
}
