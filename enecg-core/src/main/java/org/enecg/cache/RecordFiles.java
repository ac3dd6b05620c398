package org.enecg.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.enecg.io.wfdb.SegmentSpec;
import org.enecg.io.wfdb.SignalSpec;
import org.enecg.io.wfdb.WfdbHeader;
import org.enecg.io.wfdb.WfdbReader;

/**
 * The files a record is made of, in a fixed order: its WFDB header and every file it names (signal files; for a
 * multi-segment record each segment's header and its signal files). A path that is not a {@code .hea} file is the
 * record alone. Both the {@link FileStamp} and the {@link ContentHash} of a record cover exactly these files.
 */
final class RecordFiles {

    private RecordFiles() {}

    /** The record's files, sorted by path, the header first among equals; absolute and normalised. */
    static List<Path> of(Path path) throws IOException {
        Path file = path.toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) throw new NoSuchFileException(file.toString());
        TreeSet<Path> files = new TreeSet<>();
        files.add(file);
        if (file.getFileName().toString().endsWith(".hea")) addNamedFiles(files, file, new TreeSet<>());
        return new ArrayList<>(files);
    }

    private static void addNamedFiles(TreeSet<Path> files, Path header, Set<Path> seen) throws IOException {
        if (!seen.add(header)) return;
        WfdbHeader h = WfdbReader.readHeader(header);
        Path dir = h.directory();
        for (SignalSpec s : h.signals()) {
            if (s.isNull()) continue;
            Path f = dir.resolve(s.fileName()).toAbsolutePath().normalize();
            if (Files.isRegularFile(f)) files.add(f);
        }
        for (SegmentSpec seg : h.segments()) {
            if (seg.isNull()) continue;
            Path segHeader = dir.resolve(seg.name() + ".hea").toAbsolutePath().normalize();
            if (Files.isRegularFile(segHeader)) {
                files.add(segHeader);
                addNamedFiles(files, segHeader, seen);
            }
        }
    }
}
