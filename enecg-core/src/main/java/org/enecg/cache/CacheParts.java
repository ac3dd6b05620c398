package org.enecg.cache;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.enecg.util.AtomicFiles;

/**
 * Parts computed elsewhere, moved into a cache: a distributed run (the {@code enecg-spark} module) fills a private
 * cache per partition of its records with the {@link Embedder}, closes it (one part per expert), then publishes that
 * part into the shared cache under a number fixed for the partition before the run started. A retried partition
 * writes the same files under the same names, so rows are never duplicated, and every file is written atomically
 * with the index last (a part counts once its index exists, as in {@link ExpertStore}): a half-published partition
 * is a part without an index, ignored until the retry completes it. Every file of a part is carried over, whatever
 * its extension, so a part keeps whatever the store writes beside its matrix and index.
 */
public final class CacheParts {

    /** The file names of parts, as {@link ExpertStore} writes them. */
    private static final Pattern PART = Pattern.compile("part-(\\d{6})\\.(.+)");
    private static final String INDEX_EXTENSION = "csv";
    /** The largest part number the six-digit names hold. */
    public static final int MAX_PART_NUMBER = 999_999;

    private CacheParts() {}

    /** A number above every part in every expert folder of the cache (1 for an empty or missing cache). */
    public static int nextPartNumber(Path cache) throws IOException {
        int max = 0;
        Path experts = cache.resolve("experts");
        if (!Files.isDirectory(experts)) return 1;
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(experts, Files::isDirectory)) {
            for (Path f : folders) {
                for (int n : parts(f).keySet()) max = Math.max(max, n);
            }
        }
        return max + 1;
    }

    /**
     * Copies each expert folder's one part from {@code workerCache} (closed, so compacted) into {@code sharedCache}
     * as part {@code partNumber}; writes the folder's {@code fingerprint.json} when the shared folder lacks it.
     *
     * @return the expert folders that received a part
     * @throws IOException when a worker folder holds more than one part, or the shared folder belongs to another
     *                     expert with the same short id
     */
    public static List<String> publish(Path workerCache, Path sharedCache, int partNumber) throws IOException {
        if (partNumber < 1 || partNumber > MAX_PART_NUMBER) {
            throw new IllegalArgumentException("part numbers run from 1 to " + MAX_PART_NUMBER + ", found " + partNumber);
        }
        List<String> published = new ArrayList<>();
        Path experts = workerCache.resolve("experts");
        if (!Files.isDirectory(experts)) return published;
        List<Path> folders = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(experts, Files::isDirectory)) {
            ds.forEach(folders::add);
        }
        folders.sort(null);
        for (Path from : folders) {
            TreeMap<Integer, List<Path>> parts = parts(from);
            if (parts.isEmpty()) continue;
            if (parts.size() > 1) {
                throw new IOException(from + ": " + parts.size() + " parts; a worker cache must be closed (one part per expert) before it is published");
            }
            Path to = sharedCache.resolve("experts").resolve(from.getFileName().toString());
            Files.createDirectories(to);
            copyFingerprint(from.resolve("fingerprint.json"), to.resolve("fingerprint.json"));
            List<Path> files = new ArrayList<>(parts.firstEntry().getValue());
            files.sort(java.util.Comparator.comparingInt(CacheParts::order)); // matrix, index, then the checksum file that makes the part count
            for (Path f : files) {
                Matcher m = PART.matcher(f.getFileName().toString());
                if (!m.matches()) throw new IllegalStateException(f.toString());
                Path target = to.resolve(String.format("part-%06d.%s", partNumber, m.group(2)));
                if (isSum(f)) {
                    // the checksum file names the part's files: name them by their new number
                    String text = Files.readString(f).replace("part-" + m.group(1) + ".", String.format("part-%06d.", partNumber));
                    AtomicFiles.writeString(target, text);
                } else {
                    AtomicFiles.write(target, out -> Files.copy(f, out));
                }
            }
            published.add(from.getFileName().toString());
        }
        return published;
    }

    private static void copyFingerprint(Path from, Path to) throws IOException {
        byte[] bytes = Files.readAllBytes(from);
        if (Files.exists(to)) {
            if (!Arrays.equals(bytes, Files.readAllBytes(to))) {
                throw new IOException(to + ": this folder belongs to another expert with the same short id"
                        + " (fingerprint differs from the one computed in " + from + ")");
            }
            return;
        }
        AtomicFiles.write(to, bytes);
    }

    private static boolean isIndex(Path p) { return p.getFileName().toString().endsWith("." + INDEX_EXTENSION); }

    private static boolean isSum(Path p) { return p.getFileName().toString().endsWith(".sum"); }

    private static int order(Path p) { return isSum(p) ? 2 : isIndex(p) ? 1 : 0; }

    /** The part files of an expert folder by part number (temporary files of atomic writes start with a dot). */
    private static TreeMap<Integer, List<Path>> parts(Path folder) throws IOException {
        TreeMap<Integer, List<Path>> out = new TreeMap<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(folder, "part-*")) {
            for (Path p : ds) {
                Matcher m = PART.matcher(p.getFileName().toString());
                if (m.matches() && Files.isRegularFile(p)) out.computeIfAbsent(Integer.parseInt(m.group(1)), k -> new ArrayList<>()).add(p);
            }
        }
        return out;
    }
}
