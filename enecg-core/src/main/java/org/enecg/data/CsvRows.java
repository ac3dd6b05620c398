package org.enecg.data;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

/**
 * Streams the rows of a CSV file with a header line (RFC 4180: quoted cells may hold commas, quotes and
 * newlines, as in LUDB's {@code ludb.csv}). Rows are read one at a time, so files as large as MIMIC-IV's
 * {@code labevents.csv} never sit in memory. A UTF-8 byte-order mark is ignored.
 */
public final class CsvRows implements Closeable {
    private static final CsvFactory FACTORY = new CsvFactory();

    private final Path file;
    private final CsvParser parser;
    private final List<String> header;
    private final Map<String, Integer> index;
    private CsvRow next;

    private CsvRows(Path file, Reader reader) throws IOException {
        this.file = file;
        this.parser = FACTORY.createParser(reader);
        List<String> first = readRecord();
        if (first == null) throw new IOException(file + ": empty CSV file, expected a header line");
        List<String> names = new ArrayList<>();
        for (String h : first) names.add(stripBom(h).trim());
        this.header = Collections.unmodifiableList(names);
        Map<String, Integer> idx = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).isEmpty()) continue;
            if (idx.putIfAbsent(names.get(i), i) != null) {
                throw new IOException(file + " line 1: column '" + names.get(i) + "' appears twice");
            }
        }
        this.index = Collections.unmodifiableMap(idx);
    }

    /** Opens a CSV file; a missing file is an error naming it. */
    public static CsvRows open(Path file) throws IOException {
        if (!Files.isRegularFile(file)) throw new NoSuchFileException(file.toString(), null, "CSV file not found");
        BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        try {
            return new CsvRows(file, r);
        } catch (IOException | RuntimeException e) {
            r.close();
            throw e;
        }
    }

    /** Reads every row of {@code file} and hands it to {@code action}. */
    public static void forEach(Path file, Consumer<CsvRow> action) throws IOException {
        try (CsvRows rows = open(file)) {
            while (rows.hasNext()) action.accept(rows.next());
        }
    }

    public Path file() { return file; }

    public List<String> header() { return header; }

    /** Columns of {@code required} that the header lacks, in the order given. */
    public List<String> missing(List<String> required) {
        List<String> out = new ArrayList<>();
        for (String c : required) if (!index.containsKey(c)) out.add(c);
        return out;
    }

    /** Fails naming the file and the columns when any of {@code required} is absent. */
    public void require(List<String> required) throws IOException {
        List<String> missing = missing(required);
        if (!missing.isEmpty()) {
            throw new IOException(file + " line 1: missing column(s) " + String.join(", ", missing)
                    + "; header has " + String.join(", ", header));
        }
    }

    public boolean hasNext() throws IOException {
        if (next != null) return true;
        while (true) {
            int line = -1;
            List<String> cells = new ArrayList<>();
            JsonToken t;
            try {
                t = parser.nextToken();
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IOException(file + " line " + e.getLocation().getLineNr() + ": malformed CSV ("
                        + e.getOriginalMessage() + ")", e);
            }
            if (t == null) return false;
            if (t != JsonToken.START_ARRAY) throw new IOException(file + ": unexpected CSV token " + t);
            try {
                while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
                    if (t == null) throw new IOException(file + ": row ends inside a quoted cell");
                    if (line < 0) line = parser.currentTokenLocation().getLineNr();
                    cells.add(parser.getText());
                }
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IOException(file + " line " + e.getLocation().getLineNr() + ": malformed CSV ("
                        + e.getOriginalMessage() + ")", e);
            }
            if (cells.size() == 1 && cells.get(0).isBlank()) continue; // blank line
            while (cells.size() < header.size()) cells.add("");
            next = new CsvRow(file, line, cells, index);
            return true;
        }
    }

    public CsvRow next() throws IOException {
        if (!hasNext()) throw new NoSuchElementException(file + ": no more rows");
        CsvRow r = next;
        next = null;
        return r;
    }

    private List<String> readRecord() throws IOException {
        JsonToken t = parser.nextToken();
        if (t == null) return null;
        List<String> cells = new ArrayList<>();
        while ((t = parser.nextToken()) != JsonToken.END_ARRAY && t != null) cells.add(parser.getText());
        return cells;
    }

    private static String stripBom(String s) {
        return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
    }

    @Override public void close() throws IOException { parser.close(); }
}
