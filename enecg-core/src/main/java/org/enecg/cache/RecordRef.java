package org.enecg.cache;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import org.enecg.io.Record;

/**
 * A record to embed, not read yet: its id, its file (a WFDB header, or null for a record made in memory), which
 * part of the file it is, and how to read it. The embedding run reads a record only when the cache lacks one of its
 * outputs and its file changed since the key was remembered.
 *
 * @param id     record id, unique within the run (the table's row name; a manifest's {@code record_id})
 * @param path   the record's header file, used to recognise it unchanged on later runs ({@link FileStamp}); may be null
 * @param part   which samples of the file, for several records cut from one file (e.g. {@code 5000+5000} for
 *               samples [5000, 10000)); empty for the whole file
 * @param reader   reads the record
 * @param declared what the dataset says about the record (a manifest row's fs, n_samples, leads and start), empty for
 *                 nothing: it is part of the record's stamp, so a record whose row changed is read again, and its
 *                 reader checks it, even when its outputs are cached
 */
public record RecordRef(String id, Path path, String part, Reader reader, String declared) {

    /** Reads one record; a format problem is an IOException whose message names the file. */
    @FunctionalInterface
    public interface Reader {
        Record read() throws IOException;
    }

    public RecordRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(declared, "declared");
    }

    /** A part of a record file, with nothing declared about it beyond its file. */
    public RecordRef(String id, Path path, String part, Reader reader) { this(id, path, part, reader, ""); }

    /** A whole record file. */
    public RecordRef(String id, Path path, Reader reader) { this(id, path, "", reader); }

    /** A record already in memory. */
    public static RecordRef of(Record record) {
        return new RecordRef(record.id(), null, "", () -> record);
    }

    /** What to call it in messages: the file (and part), or the id. */
    public String label() {
        if (path == null) return id;
        return part.isEmpty() ? path.toString() : path + " [" + part + "]";
    }

    /** The key of this record's file and part in the record-key memo. */
    String memoKey() { return path.toAbsolutePath().normalize() + (part.isEmpty() ? "" : "#" + part); }
}
