package org.enecg.cache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.enecg.expert.Fingerprint;

/**
 * A cheap summary of a record's files on disk, so a later run can tell, without decoding, that a record is
 * unchanged and reuse its content key: the name, size and modification time (ns) of every file in the header's
 * folder whose name is the record's name plus an extension ({@code 1.hea}, {@code 1.dat}, {@code 1.i}, ...), hashed.
 * Any change to those files changes the stamp, and the record is read and hashed again (an unchanged signal then
 * gets its old key back, so nothing is recomputed).
 */
public final class FileStamp {

    private FileStamp() {}

    /** The stamp of the record whose header (or only file) is {@code path}. */
    public static String of(Path path) throws IOException {
        Path file = path.toAbsolutePath().normalize();
        Path dir = file.getParent();
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        TreeMap<String, String> parts = new TreeMap<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, glob(base) + ".*")) {
            for (Path p : ds) add(parts, p);
        }
        add(parts, file);
        StringBuilder s = new StringBuilder(file.toString()).append('\n');
        parts.forEach((k, v) -> s.append(k).append(' ').append(v).append('\n'));
        return Fingerprint.sha256Hex(s.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 32);
    }

    private static void add(TreeMap<String, String> parts, Path p) throws IOException {
        BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
        if (!a.isRegularFile()) return;
        parts.put(p.getFileName().toString(), a.size() + " " + a.lastModifiedTime().to(TimeUnit.NANOSECONDS));
    }

    /** The base name with glob metacharacters escaped. */
    private static String glob(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            if ("*?[]{}\\".indexOf(c) >= 0) out.append('\\');
            out.append(c);
        }
        return out.toString();
    }
}
