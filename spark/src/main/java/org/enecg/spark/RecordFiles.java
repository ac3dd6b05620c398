package org.enecg.spark;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.enecg.io.wfdb.SegmentSpec;
import org.enecg.io.wfdb.SignalSpec;
import org.enecg.io.wfdb.WfdbHeader;
import org.enecg.io.wfdb.WfdbReader;

/**
 * Records and manifests behind a Hadoop URI (HDFS, S3 through s3a, or any file system Hadoop knows): copied to a
 * local folder, then read by the core's readers as local files. A record brings its header, every signal file the
 * header names and, for a multi-segment record, each segment's header and files, all from the header's folder.
 */
final class RecordFiles {

    private RecordFiles() {}

    /** Whether a --data or manifest location is a URI for Hadoop ({@code hdfs://}, {@code s3a://}, {@code file:}). */
    static boolean isUri(String location) {
        int colon = location.indexOf(':');
        return colon > 1 && location.substring(0, colon).matches("[A-Za-z][A-Za-z0-9+.-]*");
    }

    /** Copies one file to a local path. */
    static void copy(URI from, Path to, Configuration conf) throws IOException {
        FileSystem fs = FileSystem.get(from, conf);
        Files.createDirectories(to.toAbsolutePath().getParent());
        try (InputStream in = fs.open(new org.apache.hadoop.fs.Path(from))) {
            Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Copies a record (its location as the manifest resolves it: a record name or a {@code .hea} file) into
     * {@code dir}, keeping file names; returns the local record path to read.
     */
    static Path fetch(String location, Path dir, Configuration conf) throws IOException {
        URI uri = URI.create(location);
        String name = fileName(uri);
        String header = name.endsWith(".hea") ? name : name + ".hea";
        URI folder = uri.resolve(".");
        fetchHeader(folder, header, dir, conf, new HashSet<>());
        return dir.resolve(name);
    }

    private static void fetchHeader(URI folder, String header, Path dir, Configuration conf, Set<String> seen) throws IOException {
        if (!seen.add(header)) return;
        Path local = dir.resolve(header);
        copy(folder.resolve(encode(header)), local, conf);
        WfdbHeader h = WfdbReader.readHeader(local);
        for (SignalSpec s : h.signals()) {
            if (s.isNull() || seen.contains(s.fileName())) continue;
            seen.add(s.fileName());
            copy(folder.resolve(encode(s.fileName())), dir.resolve(s.fileName()), conf);
        }
        for (SegmentSpec seg : h.segments()) {
            if (!seg.isNull()) fetchHeader(folder, seg.name() + ".hea", dir, conf, seen);
        }
    }

    private static String fileName(URI uri) {
        String p = uri.getPath();
        if (p == null || p.isEmpty() || p.endsWith("/")) throw new IllegalArgumentException(uri + ": not a record's location");
        return p.substring(p.lastIndexOf('/') + 1);
    }

    /** A file name as a relative URI reference (spaces and the like escaped). */
    private static String encode(String fileName) {
        try {
            return new URI(null, null, fileName, null).getRawPath();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("file name '" + fileName + "': " + e.getMessage(), e);
        }
    }
}
