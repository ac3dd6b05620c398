package org.enecg.data.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.enecg.data.HeaderLabels;
import org.enecg.data.Manifest;

/**
 * The EnECG authors' JSON-lines files: one object per line with {@code subject_id}, {@code ecg_path} (a WFDB
 * record, no extension) and label keys ({@code rr_interval}, {@code age}, {@code gender}, {@code flag},
 * {@code report_label}, ...). Every other key becomes a label column. Record id = the record's file name
 * (the MIMIC-IV-ECG study id).
 *
 * <p>The authors drop the value 29999 as invalid (MIMIC-IV-ECG's "not measured"); so do we, in any numeric key,
 * leaving that label empty (counted in the notes). They also keep only the first ECG of each subject; we keep
 * every ECG, and evaluation picks one per subject. {@code ecg_path} is tried as written, then against
 * {@code root} (default: the file's folder), then its part from {@code files/} on against {@code root}, so
 * paths from the authors' machine work once {@code root} names the local MIMIC-IV-ECG folder.
 */
public final class JsonLinesImporter implements Importer {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final RecordSource source;
    private final Path root;

    /** @param root folder that relative (or foreign absolute) {@code ecg_path}s resolve against; null: the file's folder */
    public JsonLinesImporter(RecordSource source, Path root) {
        this.source = source;
        this.root = root;
    }

    @Override public String format() { return "jsonl"; }

    @Override
    public ImportResult importFrom(Path file) throws IOException {
        if (!Files.isRegularFile(file)) throw new java.nio.file.NoSuchFileException(file.toString(), null, "JSON-lines file not found");
        Path base = root != null ? root : file.toAbsolutePath().getParent();
        ImportBuilder out = new ImportBuilder(base, List.of("rr_interval", "age", "gender", "flag", "report_label"));
        Map<String, Integer> invalid = new TreeMap<>();
        int lineNo = 0;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = r.readLine()) != null; ) {
                lineNo++;
                if (line.isBlank()) continue;
                String where = file + " line " + lineNo;
                try {
                    JsonNode o = JSON.readTree(line);
                    if (o == null || !o.isObject()) throw new IOException("not a JSON object");
                    String subject = text(o.get("subject_id"));
                    String ecgPath = text(o.get("ecg_path"));
                    if (subject.isEmpty() || ecgPath.isEmpty()) throw new IOException("needs subject_id and ecg_path");
                    Path recordPath = locate(ecgPath, base);
                    RecordSource.Shape rec = source.shape(recordPath);
                    Map<String, String> labels = new LinkedHashMap<>();
                    for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                        Map.Entry<String, JsonNode> e = it.next();
                        if (e.getKey().equals("subject_id") || e.getKey().equals("ecg_path")) continue;
                        labels.put(e.getKey(), label(e.getKey(), e.getValue(), invalid, where, out));
                    }
                    String id = recordPath.getFileName().toString();
                    out.add(ImportBuilder.row(id, subject, out.relative(recordPath), rec, labels), where);
                } catch (JsonProcessingException e) {
                    out.skip(where, "not valid JSON (" + e.getOriginalMessage() + ")");
                } catch (IOException | RuntimeException e) {
                    out.skip(where, ImportBuilder.message(e));
                }
            }
        }
        if (lineNo == 0) out.skip(file, "empty file: no JSON lines");
        invalid.forEach((k, n) -> out.note(file.toString(), n + " value(s) of " + k + " are 29999 (invalid, as the authors treat it): left empty"));
        return out.build();
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? "" : n.asText().strip();
    }

    private static String label(String key, JsonNode v, Map<String, Integer> invalid, String where, ImportBuilder out) {
        if (v == null || v.isNull()) return "";
        if (v.isNumber()) {
            double d = v.asDouble();
            if (d == 29999) {
                invalid.merge(key, 1, Integer::sum);
                return "";
            }
            return Manifest.formatNumber(d);
        }
        if (v.isBoolean()) return v.asBoolean() ? "1" : "0";
        if (v.isTextual()) {
            String s = v.asText().strip();
            if (key.equals("gender") && !isNumber(s)) {
                try {
                    var g = HeaderLabels.gender(s);
                    return g.isPresent() ? Manifest.formatNumber(g.getAsDouble()) : "";
                } catch (IllegalArgumentException e) {
                    out.note(where, "gender " + e.getMessage() + ": left empty");
                    return "";
                }
            }
            if (s.equals("29999")) {
                invalid.merge(key, 1, Integer::sum);
                return "";
            }
            return s;
        }
        out.note(where, "key " + key + " holds " + v.getNodeType() + ", not a label value: left empty");
        return "";
    }

    private static boolean isNumber(String s) {
        try {
            Double.parseDouble(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Where the record is: as written, relative to {@code base}, or its {@code files/...} part under {@code base}. */
    static Path locate(String ecgPath, Path base) throws IOException {
        String p = ecgPath.endsWith(".hea") ? ecgPath.substring(0, ecgPath.length() - 4) : ecgPath;
        Path asWritten = Path.of(p);
        if (asWritten.isAbsolute() && exists(asWritten)) return asWritten;
        if (!asWritten.isAbsolute() && exists(base.resolve(p))) return base.resolve(p).normalize();
        String unix = p.replace('\\', '/');
        int i = unix.lastIndexOf("/files/");
        if (i >= 0 && exists(base.resolve(unix.substring(i + 1)))) return base.resolve(unix.substring(i + 1)).normalize();
        if (unix.startsWith("files/") && exists(base.resolve(unix))) return base.resolve(unix).normalize();
        throw new java.nio.file.NoSuchFileException(ecgPath, null,
                "record not found (tried as written and under " + base + "; give --root, the MIMIC-IV-ECG folder that holds files/)");
    }

    private static boolean exists(Path record) {
        return Files.isRegularFile(record.resolveSibling(record.getFileName() + ".hea"));
    }
}
