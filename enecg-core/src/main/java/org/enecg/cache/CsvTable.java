package org.enecg.cache;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.enecg.util.AtomicFiles;

/** A small CSV file with a header row (the cache's indexes), written atomically, quoted as RFC 4180 says. */
record CsvTable(List<String> header, List<List<String>> rows) {

    private static final CsvMapper CSV = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

    CsvTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    static CsvTable read(Path file, List<String> expectedHeader) throws IOException {
        List<List<String>> all = new ArrayList<>();
        try (MappingIterator<List<String>> it = CSV.readerForListOf(String.class).readValues(Files.newBufferedReader(file))) {
            while (it.hasNext()) all.add(it.next());
        } catch (RuntimeException e) {
            throw new IOException(file + ": not a valid CSV file: " + e.getMessage(), e);
        }
        if (all.isEmpty() || !all.get(0).equals(expectedHeader)) {
            throw new IOException(file + ": expected the header " + String.join(",", expectedHeader) + ", found "
                    + (all.isEmpty() ? "an empty file" : String.join(",", all.get(0))));
        }
        List<List<String>> rows = all.subList(1, all.size());
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).size() != expectedHeader.size()) {
                throw new IOException(file + ": line " + (i + 2) + " has " + rows.get(i).size() + " fields, expected "
                        + expectedHeader.size());
            }
        }
        return new CsvTable(all.get(0), rows);
    }

    void write(Path file) throws IOException {
        AtomicFiles.write(file, this::writeTo);
    }

    void writeTo(java.io.OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        line(w, header);
        for (List<String> r : rows) line(w, r);
        w.flush();
    }

    static void line(Writer w, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) w.write(',');
            String f = fields.get(i);
            if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
                w.write('"');
                w.write(f.replace("\"", "\"\""));
                w.write('"');
            } else {
                w.write(f);
            }
        }
        w.write('\n');
    }
}
