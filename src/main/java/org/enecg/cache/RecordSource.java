package org.enecg.cache;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import org.enecg.io.Record;

/**
 * Where a record comes from, without reading it yet: its id, its file (a WFDB header, or null for a record made in
 * memory) and how to read it. The embedding run reads a record only when the cache lacks one of its outputs.
 *
 * @param id     record id, unique within the run (the table's row name)
 * @param path   the record's file, used to recognise it unchanged on later runs (see {@link FileStamp}); may be null
 * @param reader reads the record
 */
public record RecordSource(String id, Path path, Reader reader) {

    /** Reads one record; a format problem is an IOException whose message names the file. */
    @FunctionalInterface
    public interface Reader {
        Record read() throws IOException;
    }

    public RecordSource {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reader, "reader");
    }

    /** A record already in memory. */
    public static RecordSource of(Record record) {
        return new RecordSource(record.id(), null, () -> record);
    }

    /** What to call it in messages: the file, or the id. */
    public String label() { return path != null ? path.toString() : id; }
}
