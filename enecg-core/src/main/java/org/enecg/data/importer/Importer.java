package org.enecg.data.importer;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Builds a manifest from one kind of source. A bad record is reported in the result and skipped; an
 * exception means the source as a whole cannot be read (e.g. LUDB without {@code ludb.csv}).
 */
public interface Importer {

    /** The {@code --format} name, e.g. {@code ludb}. */
    String format();

    ImportResult importFrom(Path source) throws IOException;
}
