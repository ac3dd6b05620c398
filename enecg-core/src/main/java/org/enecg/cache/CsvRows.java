package org.enecg.cache;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32C;
import java.util.zip.CheckedInputStream;

/**
 * A cache index file read one row at a time (a part's index is never held whole), with the CRC-32C of every byte
 * read, so the caller can check the file against its {@link PartSum} once the last row is read.
 */
final class CsvRows implements AutoCloseable {

    private static final CsvMapper CSV = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

    private final Path file;
    private final List<String> header;
    private final CheckedInputStream in;
    private final MappingIterator<List<String>> it;
    private int line = 1;

    /** Opens {@code file} and checks that its first row is {@code header}. */
    CsvRows(Path file, List<String> header) throws IOException {
        this.file = file;
        this.header = header;
        this.in = new CheckedInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16), new CRC32C());
        try {
            this.it = CSV.readerForListOf(String.class).readValues(new InputStreamReader(new java.io.FilterInputStream(in) {
                @Override public void close() { }   // the parser closes its source at the end; the checksum still needs it
            }, StandardCharsets.UTF_8));
            List<String> first = it.hasNext() ? it.next() : null;
            if (!header.equals(first)) {
                throw new IOException(file + ": expected the header " + String.join(",", header) + ", found "
                        + (first == null ? "an empty file" : String.join(",", first)));
            }
        } catch (RuntimeException e) {
            in.close();
            throw new IOException(file + ": not a valid CSV file: " + e.getMessage(), e);
        } catch (IOException e) {
            in.close();
            throw e;
        }
    }

    /** The next row, or null at the end. */
    List<String> next() throws IOException {
        try {
            if (!it.hasNext()) return null;
            List<String> r = it.next();
            line++;
            if (r.size() != header.size()) {
                throw new IOException(file + ": line " + line + " has " + r.size() + " fields, expected " + header.size());
            }
            return r;
        } catch (RuntimeException e) {
            throw new IOException(file + ": not a valid CSV file: " + e.getMessage(), e);
        }
    }

    /** The CRC-32C of the bytes read so far (all of the file once {@link #next()} returned null). */
    long crc() throws IOException {
        while (in.read() >= 0) { }   // the parser may stop before the last byte (a final newline)
        return in.getChecksum().getValue();
    }

    @Override
    public void close() throws IOException { in.close(); }
}
