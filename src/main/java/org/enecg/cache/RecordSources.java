package org.enecg.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.enecg.io.Record;

/**
 * The records a {@code --data} argument names, as {@link RecordSource}s (read lazily):
 * <ul>
 *   <li>{@code bundled}: the bundled datasets under {@code <home>/data/bundled};</li>
 *   <li>a directory: every WFDB header ({@code *.hea}) below it, sorted by path; the id is the path relative to
 *       the directory without {@code .hea} ({@code ludb/data/1}), unique even when datasets reuse record names;</li>
 *   <li>a {@code .hea} file: that record;</li>
 *   <li>any other file: a list of header paths, one per line, relative to the list's folder ({@code #} comments and
 *       blank lines ignored); the id is the line as written, without {@code .hea}.</li>
 * </ul>
 * A manifest (CSV: record_id, subject_id, path, ...) plugs in as {@link #of(List, List, PathReader)} over its
 * record_id and path columns.
 */
public final class RecordSources {

    /** Reads the record whose header is the given file (the WFDB reader). */
    @FunctionalInterface
    public interface PathReader {
        Record read(Path header) throws IOException;
    }

    private RecordSources() {}

    public static List<RecordSource> resolve(String data, Path home, PathReader reader) throws IOException {
        Path p = data.equals("bundled") ? home.resolve("data/bundled") : Path.of(data);
        if (Files.isDirectory(p)) return directory(p, reader);
        if (!Files.exists(p)) throw new NoSuchFileException(p.toString(), null, "--data: no such file or directory");
        if (p.getFileName().toString().endsWith(".hea")) return List.of(source(p.toAbsolutePath().getParent(), p, reader));
        return list(p, reader);
    }

    /** Records with the given ids and header paths (e.g. a manifest's record_id and path columns). */
    public static List<RecordSource> of(List<String> ids, List<Path> headers, PathReader reader) {
        if (ids.size() != headers.size()) throw new IllegalArgumentException(ids.size() + " ids for " + headers.size() + " paths");
        List<RecordSource> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            Path h = headers.get(i);
            out.add(new RecordSource(ids.get(i), h, () -> reader.read(h)));
        }
        return out;
    }

    private static List<RecordSource> directory(Path dir, PathReader reader) throws IOException {
        List<RecordSource> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path h : (Iterable<Path>) files.filter(f -> f.getFileName().toString().endsWith(".hea")
                    && Files.isRegularFile(f)).sorted()::iterator) {
                out.add(source(dir, h, reader));
            }
        }
        if (out.isEmpty()) throw new IOException(dir + ": no WFDB header files (*.hea) found");
        return out;
    }

    private static List<RecordSource> list(Path file, PathReader reader) throws IOException {
        Path base = file.toAbsolutePath().getParent();
        List<RecordSource> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(file);
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            Path header = base.resolve(line).normalize();
            String id = line.replace('\\', '/');
            if (id.endsWith(".hea")) id = id.substring(0, id.length() - 4);
            out.add(new RecordSource(id, header, () -> reader.read(header)));
        }
        if (out.isEmpty()) throw new IOException(file + ": the record list is empty");
        return out;
    }

    private static RecordSource source(Path base, Path header, PathReader reader) {
        String rel;
        Path abs = header.toAbsolutePath().normalize();
        Path b = base.toAbsolutePath().normalize();
        rel = abs.startsWith(b) ? b.relativize(abs).toString() : abs.toString();
        rel = rel.replace('\\', '/');
        if (rel.endsWith(".hea")) rel = rel.substring(0, rel.length() - 4);
        return new RecordSource(rel, header, () -> reader.read(header));
    }
}
