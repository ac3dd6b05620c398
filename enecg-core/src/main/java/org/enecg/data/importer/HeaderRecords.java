package org.enecg.data.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Stream;
import org.enecg.data.HeaderLabels;
import org.enecg.data.Manifest;
import org.enecg.data.SnomedCodes;

/** Shared by the importers of WFDB trees: finding the records and turning header comments into label columns. */
final class HeaderRecords {
    /** Standard label columns read from header comments, in manifest order. */
    static final List<String> STANDARD_COLUMNS = List.of("age", "gender", "report_label", "conduction_abnormality", "dx");
    private static final Set<String> CONSUMED_KEYS = Set.of("age", "sex", "gender", "dx", "");

    private HeaderRecords() {}

    /**
     * Every {@code .hea} under {@code dir}, sorted by path, except multi-segment {@code _layout} headers; or the
     * one header of {@code dir} when it names a record ({@code data/100} or {@code data/100.hea}).
     */
    static List<Path> headers(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            Path h = dir.toString().endsWith(".hea") ? dir : dir.resolveSibling(dir.getFileName() + ".hea");
            if (Files.isRegularFile(h)) return List.of(h);
            throw new java.nio.file.NoSuchFileException(dir.toString(), null, "neither a folder of WFDB records nor a record");
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".hea"))
                    .filter(p -> !p.getFileName().toString().endsWith("_layout.hea"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        }
    }

    /** The folder record paths are written relative to: the source folder, or a single record's folder. */
    static Path base(Path source) {
        return Files.isDirectory(source) ? source : source.toAbsolutePath().getParent();
    }

    /** The record path (header without {@code .hea}). */
    static Path recordPath(Path header) {
        String n = header.getFileName().toString();
        return header.resolveSibling(n.substring(0, n.length() - 4));
    }

    /**
     * Label columns from header comments: {@code age} (years), {@code gender} (0 male, 1 female), and where a
     * {@code Dx} list is present {@code report_label}, {@code conduction_abnormality} and {@code dx} (the codes,
     * space separated). With {@code otherKeys}, every other {@code Key: value} becomes a column of its own.
     * Unreadable values leave the label empty and add a note naming the file and the value.
     */
    static Map<String, String> labels(HeaderLabels h, boolean otherKeys, Path header, ImportBuilder out) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("age", number(() -> HeaderLabels.age(h.ageText()), header, out));
        labels.put("gender", number(() -> HeaderLabels.gender(h.sexText()), header, out));
        List<String> codes = h.dxCodes();
        if (!codes.isEmpty()) {
            // no code stating the rhythm: the rhythm is unknown, report_label is missing (not "other")
            labels.put("report_label", SnomedCodes.reportLabel(codes).map(l -> Integer.toString(l.index())).orElse(""));
            labels.put("conduction_abnormality", SnomedCodes.conductionAbnormality(codes) ? "1" : "0");
            labels.put("dx", String.join(" ", codes));
        }
        if (otherKeys) {
            for (String key : h.keys()) {
                if (CONSUMED_KEYS.contains(key) || HeaderLabels.isSubjectKey(key)) continue; // the subject is subject_id
                String col = HeaderLabels.columnName(key);
                if (STANDARD_COLUMNS.contains(col) || Manifest.FIXED_COLUMNS.contains(col) || col.equals(Manifest.START_COLUMN)) {
                    col = "header_" + col;
                }
                labels.merge(col, String.join("; ", h.all(key)), (a, b) -> a + "; " + b);
            }
        }
        return labels;
    }

    private interface Parse { OptionalDouble get(); }

    private static String number(Parse p, Path header, ImportBuilder out) {
        try {
            OptionalDouble v = p.get();
            return v.isPresent() ? Manifest.formatNumber(v.getAsDouble()) : "";
        } catch (IllegalArgumentException e) {
            out.note(header.toString(), e.getMessage() + "; label left empty");
            return "";
        }
    }
}
