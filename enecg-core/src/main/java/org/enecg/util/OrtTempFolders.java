package org.enecg.util;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The folders ONNX Runtime's Java binding leaves in {@code java.io.tmpdir}. Version 1.29.0 ({@code ai.onnxruntime.OnnxRuntime.init})
 * extracts {@code libonnxruntime.so} and {@code libonnxruntime4j_jni.so} (about 28 MB) into
 * {@code Files.createTempDirectory("onnxruntime-java")}, a folder named {@code onnxruntime-java} followed by a random
 * unsigned number, and only asks {@code deleteOnExit} for it: the folder itself stays after a normal exit, everything
 * stays after {@code kill -9}.
 * <p>
 * {@link #removeOwn} deletes the folders whose libraries this process has mapped (on Linux a loaded library may be
 * unlinked: the mapping lives on), called as the process ends (also on Ctrl-C). {@link #removeLeftovers} deletes, at start, the folders no live process
 * uses: one is in use when some process maps or holds open a file in it ({@code /proc/<pid>/maps} and
 * {@code /proc/<pid>/fd}), and one changed in the last minute is left alone too, as another process may be extracting
 * into it right now. Without {@code /proc} (not Linux) nothing is known to be unused and nothing is deleted.
 */
public final class OrtTempFolders {
    /** {@code Files.createTempDirectory(prefix)} appends an unsigned long in decimal. */
    static final Pattern NAME = Pattern.compile("onnxruntime-java[0-9]+");
    /** A folder changed this recently may be in the middle of an extraction. */
    static final Duration YOUNG = Duration.ofMinutes(1);

    private static final Path PROC = Path.of("/proc");

    private OrtTempFolders() {}

    /** The temporary folder of this JVM ({@code java.io.tmpdir}; the launcher sets it to {@code target/tmp}). */
    public static Path tmpdir() { return Path.of(System.getProperty("java.io.tmpdir")); }

    /** ONNX Runtime folders directly under {@code tmpdir}, by name. */
    static List<Path> folders(Path tmpdir) throws IOException {
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(tmpdir)) return out;
        try (DirectoryStream<Path> d = Files.newDirectoryStream(tmpdir)) {
            for (Path p : d) if (NAME.matcher(p.getFileName().toString()).matches() && Files.isDirectory(p)) out.add(p);
        }
        out.sort(Comparator.naturalOrder());
        return out;
    }

    /** Deletes the ONNX Runtime folders of {@code tmpdir} that {@code inUse} rejects; returns those deleted. */
    static List<Path> removeUnused(Path tmpdir, Predicate<Path> inUse) throws IOException {
        List<Path> removed = new ArrayList<>();
        for (Path f : folders(tmpdir)) {
            if (inUse.test(f)) continue;
            deleteTree(f);
            removed.add(f);
        }
        return removed;
    }

    /** At start: deletes what earlier runs left (killed, or ONNX Runtime's own partial clean-up); returns those deleted. */
    public static List<Path> removeLeftovers(Path tmpdir) throws IOException {
        if (!Files.isDirectory(PROC.resolve("self")) || folders(tmpdir).isEmpty()) return List.of();
        Set<Path> used = filesInUse();
        Instant young = Instant.now().minus(YOUNG);
        return removeUnused(tmpdir, f -> usedUnder(used, f) || changedSince(f, young));
    }

    /** At the end of a command: deletes the folders whose libraries this process loaded; returns those deleted. */
    public static List<Path> removeOwn(Path tmpdir) throws IOException {
        if (!Files.isDirectory(PROC.resolve("self")) || folders(tmpdir).isEmpty()) return List.of();
        Set<Path> mine = mappedBy(PROC.resolve("self"));
        return removeUnused(tmpdir, f -> !usedUnder(mine, f));
    }

    /** Files mapped or held open by live processes. */
    static Set<Path> filesInUse() throws IOException {
        Set<Path> out = new HashSet<>();
        try (DirectoryStream<Path> d = Files.newDirectoryStream(PROC, "[0-9]*")) {
            for (Path p : d) {
                out.addAll(mappedBy(p));
                out.addAll(openBy(p));
            }
        }
        return out;
    }

    /** The files a process maps ({@code /proc/<pid>/maps}, last column); empty when it is gone or not readable. */
    static Set<Path> mappedBy(Path proc) {
        Set<Path> out = new HashSet<>();
        try (Stream<String> lines = Files.lines(proc.resolve("maps"))) {
            lines.forEach(l -> {
                int slash = l.indexOf('/');
                if (slash >= 0) out.add(Path.of(l.substring(slash).replace(" (deleted)", "")));
            });
        } catch (IOException | RuntimeException e) {
            // the process ended, or is not ours to read: it maps nothing we could see
        }
        return out;
    }

    private static Set<Path> openBy(Path proc) {
        Set<Path> out = new HashSet<>();
        try (DirectoryStream<Path> fds = Files.newDirectoryStream(proc.resolve("fd"))) {
            for (Path fd : fds) {
                try {
                    out.add(Files.readSymbolicLink(fd));
                } catch (IOException | RuntimeException e) {
                    // closed meanwhile
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process ended, or is not ours to read
        }
        return out;
    }

    private static boolean usedUnder(Set<Path> used, Path folder) {
        Path abs = folder.toAbsolutePath().normalize();
        Path real;
        try {
            real = folder.toRealPath();
        } catch (IOException e) {
            real = abs;
        }
        for (Path u : used) if (u.startsWith(abs) || u.startsWith(real)) return true;
        return false;
    }

    private static boolean changedSince(Path folder, Instant t) {
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                FileTime m = Files.getLastModifiedTime(p);
                if (m.toInstant().isAfter(t)) return true;
            }
            return false;
        } catch (IOException | RuntimeException e) {
            return true; // cannot tell: leave it
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
