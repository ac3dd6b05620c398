package org.enecg.cache;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.enecg.expert.Fingerprint;
import org.enecg.util.AtomicFiles;

/**
 * One expert's part of the cache: the folder {@code experts/<name>-<fingerprint id>/} with {@code fingerprint.json}
 * and numbered parts, each a float32 matrix {@code part-NNNNNN.npy} (one row per record) and its index
 * {@code part-NNNNNN.csv} ({@link CachedRow#HEADER}, row i of the CSV is row i of the matrix). A part is written
 * matrix first, index second, both atomically: a part counts only once its index exists, so an interrupted run
 * leaves at most an orphan matrix, which is ignored and later deleted. {@link #compact()} merges all parts into
 * one, sorted by record id, so after a finished run one expert's outputs are one matrix.
 */
final class ExpertStore {

    private static final Pattern PART = Pattern.compile("part-(\\d{6})\\.(npy|csv)");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final int dim;
    private final Map<String, Integer> rowOfKey = new HashMap<>();
    private final List<CachedRow> index = new ArrayList<>();
    private final List<float[]> rows = new ArrayList<>();
    private int pendingFrom;
    private int nextSeq;

    private ExpertStore(Path dir, int dim) {
        this.dir = dir;
        this.dim = dim;
    }

    /** The folder name of an expert: its name (unsafe characters replaced) and fingerprint id. */
    static String folderName(Fingerprint fp) {
        return fp.name().replaceAll("[^A-Za-z0-9._-]", "_") + "-" + fp.id();
    }

    static ExpertStore open(Path root, Fingerprint fp, List<String> outputNames) throws IOException {
        Path dir = root.resolve("experts").resolve(folderName(fp));
        Files.createDirectories(dir);
        Path fpFile = dir.resolve("fingerprint.json");
        if (Files.exists(fpFile)) {
            String stored = JSON.readTree(fpFile.toFile()).path("canonical").asText();
            if (!stored.equals(fp.canonical())) {
                throw new IOException(fpFile + ": this folder belongs to another expert with the same short id;"
                        + " delete the folder to recompute it");
            }
        } else {
            AtomicFiles.writeString(fpFile, fingerprintJson(fp, outputNames));
        }
        ExpertStore s = new ExpertStore(dir, outputNames.size());
        s.load();
        return s;
    }

    private static String fingerprintJson(Fingerprint fp, List<String> outputNames) throws IOException {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", fp.id());
        n.put("name", fp.name());
        n.put("version", fp.version());
        ObjectNode p = n.putObject("parameters");
        fp.parameters().forEach(p::put);
        n.put("weights_sha256", fp.weightsSha256());
        var names = n.putArray("output_names");
        outputNames.forEach(names::add);
        n.put("canonical", fp.canonical());
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(n) + "\n";
    }

    Path dir() { return dir; }

    int dim() { return dim; }

    private void load() throws IOException {
        TreeMap<Integer, Path> csvs = parts("csv");
        nextSeq = 1 + Math.max(csvs.isEmpty() ? 0 : csvs.lastKey(),
                parts("npy").isEmpty() ? 0 : parts("npy").lastKey());
        for (Map.Entry<Integer, Path> e : csvs.entrySet()) {
            Path csv = e.getValue();
            Path npy = dir.resolve(String.format("part-%06d.npy", e.getKey()));
            CsvTable t = CsvTable.read(csv, CachedRow.HEADER);
            NpyArray a;
            try {
                a = Npy.read(npy);
            } catch (java.nio.file.NoSuchFileException ex) {
                throw new IOException(csv + ": its matrix " + npy.getFileName() + " is missing; delete " + dir
                        + " to recompute this expert");
            }
            int[] shape = a.shape();
            if (shape.length != 2 || shape[0] != t.rows().size() || shape[1] != dim) {
                throw new IOException(npy + ": shape " + java.util.Arrays.toString(shape) + " does not match its index ("
                        + t.rows().size() + " rows) and the expert's " + dim + " outputs; delete " + dir + " to recompute");
            }
            float[][] m = a.toMatrix();
            for (int r = 0; r < m.length; r++) add(CachedRow.parse(t.rows().get(r)), m[r]);
        }
        pendingFrom = rows.size();
    }

    private TreeMap<Integer, Path> parts(String ext) throws IOException {
        TreeMap<Integer, Path> out = new TreeMap<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "part-*." + ext)) {
            for (Path p : ds) {
                Matcher m = PART.matcher(p.getFileName().toString());
                if (m.matches()) out.put(Integer.parseInt(m.group(1)), p);
            }
        }
        return out;
    }

    private void add(CachedRow row, float[] values) {
        Integer at = rowOfKey.get(row.recordKey());
        if (at != null) {
            // Same content, same fingerprint: same values. Keep the newer record id.
            index.set(at, row);
            rows.set(at, values);
        } else {
            rowOfKey.put(row.recordKey(), rows.size());
            index.add(row);
            rows.add(values);
        }
    }

    synchronized boolean has(String key) { return rowOfKey.containsKey(key); }

    synchronized float[] get(String key) {
        Integer at = rowOfKey.get(key);
        return at == null ? null : rows.get(at);
    }

    synchronized void put(CachedRow row, float[] values) {
        if (values.length != dim) {
            throw new IllegalArgumentException("expected " + dim + " values for " + dir.getFileName() + ", found " + values.length);
        }
        if (rowOfKey.containsKey(row.recordKey())) return;
        add(row, values.clone());
    }

    synchronized int pending() { return rows.size() - pendingFrom; }

    synchronized int size() { return rows.size(); }

    /** Writes the rows added since the last flush as a new part. */
    synchronized void flush() throws IOException {
        if (pending() == 0) return;
        writePart(nextSeq++, pendingFrom, rows.size(), null);
        pendingFrom = rows.size();
    }

    /** Rewrites everything as one part sorted by record id, then deletes the older parts and orphans. */
    synchronized void compact() throws IOException {
        flush();
        TreeMap<Integer, Path> csvs = parts("csv");
        TreeMap<Integer, Path> npys = parts("npy");
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) order.add(i);
        order.sort(Comparator.comparing((Integer i) -> index.get(i).recordId()).thenComparing(i -> index.get(i).recordKey()));
        boolean sorted = true;
        for (int i = 0; i < order.size(); i++) sorted &= order.get(i) == i;
        if (sorted && csvs.size() == 1 && npys.size() == 1 && csvs.firstKey().equals(npys.firstKey())) return;
        int seq = nextSeq++;
        writePart(seq, 0, rows.size(), order);
        for (Path p : csvs.values()) Files.deleteIfExists(p);
        for (Path p : npys.values()) Files.deleteIfExists(p);
    }

    private void writePart(int seq, int from, int to, List<Integer> order) throws IOException {
        int n = to - from;
        float[][] part = new float[n][];   // the stored rows themselves, streamed: no flat copy of the part
        List<List<String>> idx = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            int i = order != null ? order.get(k) : from + k;
            part[k] = rows.get(i);
            idx.add(index.get(i).fields());
        }
        Npy.writeMatrix(dir.resolve(String.format("part-%06d.npy", seq)), part, dim);
        new CsvTable(CachedRow.HEADER, idx).write(dir.resolve(String.format("part-%06d.csv", seq)));
    }

    /** Everything stored: the index and the rows, aligned (not copies). */
    synchronized CachedMatrix snapshot() {
        return new CachedMatrix(List.copyOf(index), rows.toArray(new float[0][]));
    }
}
