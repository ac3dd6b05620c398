package org.enecg.data.importer;

import java.util.List;
import org.enecg.data.BatchResult;
import org.enecg.data.BatchResult.Skipped;
import org.enecg.data.ManifestRow;
import org.enecg.data.Manifest;

/**
 * What an import produced: the manifest of every record that worked, every record that was skipped with its
 * reason, and notes about records that were kept with a label left empty (e.g. "age 'abc' is not a number").
 */
public record ImportResult(Manifest manifest, List<Skipped> skipped, List<Skipped> notes) {
    public ImportResult {
        skipped = List.copyOf(skipped);
        notes = List.copyOf(notes);
    }

    public boolean nothingImported() { return manifest.size() == 0; }

    /** The rows that worked and the records skipped, as a {@link BatchResult}. */
    public BatchResult<ManifestRow> batch() { return new BatchResult<>(manifest.rows(), skipped); }
}
