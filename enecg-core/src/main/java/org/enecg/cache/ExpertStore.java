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
 * and numbered parts, each a float32 matrix {@code part-NNNNNN.npy} (one row per record, rows sorted by record key),
 * its index {@code part-NNNNNN.csv} ({@link CachedRow#HEADER}, row i of the CSV is row i of the matrix) and its
 * checksums {@code part-NNNNNN.sum} ({@link PartSum}). A part is written matrix, index, checksums, each atomically;
 * it counts only once its checksum file exists, so an interrupted run leaves at most an orphan matrix or index,
 * ignored and later deleted.
 *
 * <p>Only a compact key index ({@link KeyIndex}) and the rows not yet written stay in memory; rows are read from the
 * parts' files when asked for ({@link PartMatrix}). {@link #compact()} merges the parts into one by a streaming
 * merge of key-sorted parts ({@link PartMerge}). A read-only store never writes.
 */
final class ExpertStore {

    private static final Pattern PART = Pattern.compile("part-(\\d{6})\\.(npy|csv|sum)");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final int dim;
    private final boolean readOnly;
    private final KeyIndex index = new KeyIndex();
    private List<Part> parts = new ArrayList<>();
    private int[] starts = new int[0];
    private final Map<String, Integer> pendingOf = new HashMap<>();
    private final List<CachedRow> pendingIndex = new ArrayList<>();
    private final List<float[]> pendingRows = new ArrayList<>();
    private int nextSeq;

    /** A written part: its number, files, checksums and (mapped on first use) its matrix. */
    static final class Part {
        final int seq;
        final Path npy, csv, sum;
        final PartSum sums;
        private PartMatrix matrix;

        Part(Path dir, int seq, PartSum sums) {
            this.seq = seq;
            this.npy = dir.resolve(name(seq, "npy"));
            this.csv = dir.resolve(name(seq, "csv"));
            this.sum = dir.resolve(name(seq, "sum"));
            this.sums = sums;
        }

        int rows() { return sums.rows(); }

        synchronized PartMatrix matrix(int dim) throws IOException {
            if (matrix == null) matrix = PartMatrix.open(npy, sums.rows(), dim, sums.npyCrc());
            return matrix;
        }
    }

    private ExpertStore(Path dir, int dim, boolean readOnly) {
        this.dir = dir;
        this.dim = dim;
        this.readOnly = readOnly;
    }

    static String name(int seq, String ext) { return String.format("part-%06d.%s", seq, ext); }

    /** The folder name of an expert: its name (unsafe characters replaced) and fingerprint id. */
    static String folderName(Fingerprint fp) {
        return fp.name().replaceAll("[^A-Za-z0-9._-]", "_") + "-" + fp.id();
    }

    /** Opens the store; a read-only store of an expert never cached is empty and creates nothing. */
    static ExpertStore open(Path root, Fingerprint fp, List<String> outputNames, boolean readOnly) throws IOException {
        Path dir = root.resolve("experts").resolve(folderName(fp));
        Path fpFile = dir.resolve("fingerprint.json");
        ExpertStore s = new ExpertStore(dir, outputNames.size(), readOnly);
        if (Files.exists(fpFile)) {
            String stored = JSON.readTree(fpFile.toFile()).path("canonical").asText();
            if (!stored.equals(fp.canonical())) {
                throw new IOException(fpFile + ": this folder belongs to another expert with the same short id;"
                        + " delete the folder to recompute it");
            }
        } else if (readOnly) {
            return s;
        } else {
            Files.createDirectories(dir);
            AtomicFiles.writeString(fpFile, fingerprintJson(fp, outputNames));
        }
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
        TreeMap<Integer, Path> sums = files("sum");
        int last = 0;
        for (String ext : List.of("npy", "csv", "sum")) {
            TreeMap<Integer, Path> f = ext.equals("sum") ? sums : files(ext);
            if (!f.isEmpty()) last = Math.max(last, f.lastKey());
        }
        nextSeq = last + 1;
        List<Part> loaded = new ArrayList<>();
        for (Map.Entry<Integer, Path> e : sums.entrySet()) loaded.add(new Part(dir, e.getKey(), PartSum.read(e.getValue())));
        setParts(loaded);
    }

    /** Makes {@code list} the parts and indexes their keys (streaming each index, checking its checksum). */
    private void setParts(List<Part> list) throws IOException {
        int[] st = new int[list.size()];
        int at = 0;
        for (int i = 0; i < list.size(); i++) {
            Part p = list.get(i);
            st[i] = at;
            int r = 0;
            if (!Files.exists(p.csv)) throw new IOException(p.sum + ": its index " + p.csv.getFileName() + " is missing; delete " + dir + " to recompute this expert");
            try (CsvRows rows = new CsvRows(p.csv, CachedRow.HEADER)) {
                for (List<String> f; (f = rows.next()) != null; r++) {
                    if (!KeyIndex.valid(f.get(0))) throw new IOException(p.csv + ": line " + (r + 2) + ": '" + f.get(0) + "' is not a record key");
                    if (index.get(f.get(0)) < 0) index.put(f.get(0), at + r);
                }
                long crc = rows.crc();
                if (crc != p.sums.csvCrc()) {
                    throw new IOException(p.csv + ": damaged (CRC-32C " + PartSum.hex(crc) + ", written as " + PartSum.hex(p.sums.csvCrc())
                            + "); delete this part's files (" + name(p.seq, "*") + ") and embed again to recompute its rows");
                }
            }
            if (r != p.rows()) throw new IOException(p.csv + ": " + r + " rows, its checksum file says " + p.rows());
            at += r;
        }
        parts = list;
        starts = st;
    }

    private TreeMap<Integer, Path> files(String ext) throws IOException {
        TreeMap<Integer, Path> out = new TreeMap<>();
        if (!Files.isDirectory(dir)) return out;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "part-*." + ext)) {
            for (Path p : ds) {
                Matcher m = PART.matcher(p.getFileName().toString());
                if (m.matches()) out.put(Integer.parseInt(m.group(1)), p);
            }
        }
        return out;
    }

    synchronized boolean has(String key) { return pendingOf.containsKey(key) || index.get(key) >= 0; }

    /** The row of a key (a copy), or null. */
    synchronized float[] get(String key) throws IOException {
        Integer p = pendingOf.get(key);
        if (p != null) return pendingRows.get(p).clone();
        int row = index.get(key);
        return row < 0 ? null : rows().read(row);
    }

    synchronized void put(CachedRow row, float[] values) {
        if (values.length != dim) {
            throw new IllegalArgumentException("expected " + dim + " values for " + dir.getFileName() + ", found " + values.length);
        }
        if (readOnly) throw new IllegalStateException(dir + ": the cache is open read-only; cannot add the row of " + row.recordId());
        if (has(row.recordKey())) return;
        pendingOf.put(row.recordKey(), pendingRows.size());
        pendingIndex.add(row);
        pendingRows.add(values.clone());
    }

    synchronized int pending() { return pendingRows.size(); }

    synchronized int size() { return index.size() + pendingRows.size(); }

    /** Writes the rows added since the last flush as a new part, sorted by record key. */
    synchronized void flush() throws IOException {
        if (pendingRows.isEmpty()) return;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < pendingRows.size(); i++) order.add(i);
        order.sort(Comparator.comparing(i -> pendingIndex.get(i).recordKey()));
        float[][] m = new float[order.size()][];
        List<List<String>> idx = new ArrayList<>(order.size());
        for (int k = 0; k < m.length; k++) {
            m[k] = pendingRows.get(order.get(k));
            idx.add(pendingIndex.get(order.get(k)).fields());
        }
        Part p = PartMerge.writePart(dir, nextSeq++, m, idx, dim);
        List<Part> list = new ArrayList<>(parts);
        list.add(p);
        int base = starts.length == 0 ? 0 : starts[starts.length - 1] + parts.get(parts.size() - 1).rows();
        for (int k = 0; k < idx.size(); k++) index.put(idx.get(k).get(0), base + k);
        int[] st = java.util.Arrays.copyOf(starts, starts.length + 1);
        st[starts.length] = base;
        parts = list;
        starts = st;
        pendingOf.clear();
        pendingIndex.clear();
        pendingRows.clear();
    }

    /**
     * Merges every part into one, sorted by record key (streaming, at most {@link PartMerge#FAN_IN} parts at a time),
     * then deletes the older parts and any orphan files. Nothing to do when one part and no orphan is left.
     */
    synchronized void compact() throws IOException {
        if (readOnly) return;
        flush();
        boolean orphans = files("npy").size() != parts.size() || files("csv").size() != parts.size();
        if (parts.size() <= 1 && !orphans) return;
        List<Part> list = new ArrayList<>(parts);
        while (list.size() > 1) {
            int n = Math.min(PartMerge.FAN_IN, list.size());
            Part merged = PartMerge.merge(dir, nextSeq++, list.subList(0, n), dim);
            for (Part old : list.subList(0, n)) deletePart(old.seq);
            list = new ArrayList<>(list.subList(n, list.size()));
            list.add(merged);
        }
        TreeMap<Integer, Path> keep = new TreeMap<>();
        for (Part p : list) keep.put(p.seq, p.sum);
        for (String ext : List.of("npy", "csv")) {
            for (Map.Entry<Integer, Path> e : files(ext).entrySet()) if (!keep.containsKey(e.getKey())) Files.deleteIfExists(e.getValue());
        }
        index.clear();
        setParts(list);
    }

    private void deletePart(int seq) throws IOException {
        Files.deleteIfExists(dir.resolve(name(seq, "sum")));   // first: the part stops counting before its data goes
        Files.deleteIfExists(dir.resolve(name(seq, "npy")));
        Files.deleteIfExists(dir.resolve(name(seq, "csv")));
    }

    /** Everything written and pending, with the index rows (reads every row: for tests and small data). */
    synchronized CachedMatrix readAll() throws IOException {
        flush();
        List<CachedRow> idx = new ArrayList<>();
        List<float[]> out = new ArrayList<>();
        StoredRows view = rows();
        int at = 0;
        for (Part p : parts) {
            try (CsvRows rows = new CsvRows(p.csv, CachedRow.HEADER)) {
                for (List<String> f; (f = rows.next()) != null; ) {
                    idx.add(CachedRow.parse(f));
                    try {
                        out.add(view.read(at++));
                    } catch (java.io.UncheckedIOException e) {
                        throw e.getCause();
                    }
                }
            }
        }
        return new CachedMatrix(idx, out.toArray(new float[0][]));
    }

    /** Where the row of {@code key} is among {@link #rows()}, or -1 (rows not yet written are not there: flush first). */
    synchronized int rowOf(String key) { return index.get(key); }

    /** The written rows as they are now: a view that later flushes and compactions do not change. */
    synchronized StoredRows rows() { return new StoredRows(parts.toArray(new Part[0]), starts.clone(), dim); }
}
