package org.enecg.cache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.enecg.expert.Fingerprint;
import org.enecg.io.wfdb.SegmentSpec;
import org.enecg.io.wfdb.SignalSpec;
import org.enecg.io.wfdb.WfdbHeader;
import org.enecg.io.wfdb.WfdbReader;

/**
 * A cheap summary of a record's files on disk, so a later run can tell, without decoding, that a record is
 * unchanged and reuse its content key: the path, size and modification time (ns) of the WFDB header and of every
 * file it names (signal files; for a multi-segment record, each segment's header and its signal files), hashed.
 * A path that is not a {@code .hea} file is stamped alone. Any change to those files changes the stamp; the record
 * is then read and hashed again (an unchanged signal gets its old key back, so nothing is recomputed).
 */
public final class FileStamp {

    private FileStamp() {}

    /** The stamp of the record whose header (or only file) is {@code path}. */
    public static String of(Path path) throws IOException {
        Path file = path.toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) throw new NoSuchFileException(file.toString());
        TreeMap<String, String> parts = new TreeMap<>();
        add(parts, file);
        if (file.getFileName().toString().endsWith(".hea")) addNamedFiles(parts, file, new TreeSet<>());
        StringBuilder s = new StringBuilder();
        parts.forEach((k, v) -> s.append(k).append(' ').append(v).append('\n'));
        return Fingerprint.sha256Hex(s.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 32);
    }

    private static void addNamedFiles(TreeMap<String, String> parts, Path header, Set<Path> seen) throws IOException {
        if (!seen.add(header)) return;
        WfdbHeader h = WfdbReader.readHeader(header);
        Path dir = h.directory();
        for (SignalSpec s : h.signals()) {
            if (s.isNull()) continue;
            Path f = dir.resolve(s.fileName()).normalize();
            if (!parts.containsKey(f.toString()) && Files.isRegularFile(f)) add(parts, f);
        }
        for (SegmentSpec seg : h.segments()) {
            if (seg.isNull()) continue;
            Path segHeader = dir.resolve(seg.name() + ".hea").normalize();
            if (Files.isRegularFile(segHeader)) {
                add(parts, segHeader);
                addNamedFiles(parts, segHeader, seen);
            }
        }
    }

    private static void add(TreeMap<String, String> parts, Path p) throws IOException {
        BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
        parts.put(p.toString(), a.size() + " " + a.lastModifiedTime().to(TimeUnit.NANOSECONDS));
    }
}
