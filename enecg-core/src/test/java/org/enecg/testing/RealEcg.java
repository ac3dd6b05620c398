package org.enecg.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.enecg.io.Record;
import org.enecg.io.wfdb.Annotation;
import org.enecg.io.wfdb.AnnotationReader;
import org.enecg.io.wfdb.Annotations;
import org.enecg.io.wfdb.WfdbReader;

/**
 * Real recordings that ship with the repository, for tests and benchmarks: MIT-BIH Arrhythmia record 100 with
 * its reference beats (copied with the WFDB reader's fixtures, src/test/resources/org/enecg/io/wfdb/sample-data),
 * and the 200 LUDB records of data/bundled/ludb with their per-lead wave annotations.
 */
public final class RealEcg {

    public static final Path MITBIH_100 = Path.of("enecg-core/src/test/resources/org/enecg/io/wfdb/sample-data/100");
    public static final Path LUDB = Path.of("data/bundled/ludb");

    /** Beat annotation symbols (WFDB's isqrs): every mnemonic that marks a QRS complex. */
    public static final Set<String> BEAT_SYMBOLS = Set.of("N", "L", "R", "a", "V", "F", "J", "A", "S", "E", "j", "/", "Q", "e", "n", "f",
            "r", "B", "x");

    private RealEcg() {}

    public static Record read(Path record) {
        try {
            return WfdbReader.read(record);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Annotations annotations(Path file) {
        try {
            return AnnotationReader.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Record ludb(int id) { return read(LUDB.resolve("data").resolve(String.valueOf(id))); }

    /** LUDB wave annotations of one lead ({@code N.ii} for lead "ii"), in file order. */
    public static List<Annotation> ludbAnnotations(int id, String lead) {
        return annotations(LUDB.resolve("data").resolve(id + "." + lead)).list();
    }

    /** Sample numbers of the beat annotations of MIT-BIH record 100 ({@code 100.atr}). */
    public static int[] mitbih100Beats() {
        Annotations a = annotations(Path.of(MITBIH_100 + ".atr"));
        return a.list().stream().filter(x -> BEAT_SYMBOLS.contains(x.symbol())).mapToInt(x -> (int) x.sample()).toArray();
    }

    /** Leads of a record as arrays (millivolts). */
    public static float[][] leads(Record r) {
        float[][] x = new float[r.nLeads()][];
        for (int l = 0; l < x.length; l++) x[l] = r.leads().get(l).samples();
        return x;
    }

    /** LUDB's {@code Rhythms} column of ludb.csv by record id (multi-line cells joined with "; "). */
    public static Map<Integer, String> ludbColumn(String column) {
        try {
            String text = Files.readString(LUDB.resolve("ludb.csv"));
            List<List<String>> rows = parseCsv(text);
            int c = rows.get(0).indexOf(column);
            if (c < 0) throw new IllegalArgumentException("ludb.csv has no column " + column);
            Map<Integer, String> out = new HashMap<>();
            for (List<String> row : rows.subList(1, rows.size())) {
                if (row.size() <= c) continue;
                out.put(Integer.parseInt(row.get(0).trim()), row.get(c).trim().replace("\n", "; "));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** RFC 4180 CSV with quoted cells that may hold newlines. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') { cell.append('"'); i++; }
                else if (ch == '"') quoted = false;
                else cell.append(ch);
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                cell.append(ch);
            }
        }
        if (cell.length() > 0 || !row.isEmpty()) { row.add(cell.toString()); rows.add(row); }
        return rows;
    }
}
