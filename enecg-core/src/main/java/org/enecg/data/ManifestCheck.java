package org.enecg.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Does a manifest row still describe its record? The row's {@code fs}, {@code n_samples} and {@code leads} are
 * compared with the record as read (its header's values: a strict read holds exactly the header's length) when the
 * record is read for embedding or prediction. A mismatch is an
 * error naming the row and each field that differs, never a silent crop or resampling: the row's labels were made for
 * the record the manifest described, and a header that says otherwise means the files or the manifest changed since
 * (docs/datasets.md, "When the manifest and the header disagree").
 * <ul>
 * <li>{@code fs}: equal within 1e-9 relative (the manifest writes it in shortest round-trip form);</li>
 * <li>{@code n_samples}: equal for a whole-record row; a window ({@link ManifestRow#window()}) must end within the
 *     record; not checked when the header does not give the length;</li>
 * <li>{@code leads}: the same names in the same order (standard spelling where known, as importers write them); an
 *     empty {@code leads} cell states nothing and is not checked.</li>
 * </ul>
 */
public final class ManifestCheck {

    /** What the record holds, as its header states it (lead names in the manifest's spelling). */
    public record RecordShape(double fs, long nSamples, boolean lengthKnown, List<String> leads) {
        public RecordShape {
            leads = List.copyOf(leads);
        }
    }

    private ManifestCheck() {}

    /** Every field of {@code row} that {@code header} contradicts, as one message; empty when they agree. */
    public static Optional<String> mismatch(ManifestRow row, RecordShape header) { // header: the record read
        List<String> fields = new ArrayList<>();
        if (Math.abs(row.fs() - header.fs()) > 1e-9 * Math.max(row.fs(), header.fs())) {
            fields.add("fs is " + Manifest.formatNumber(row.fs()) + " Hz in the manifest, " + Manifest.formatNumber(header.fs())
                    + " Hz in the header");
        }
        if (header.lengthKnown()) {
            long end = (long) row.start() + row.nSamples();
            if (!row.window() && row.nSamples() != header.nSamples()) {
                fields.add("n_samples is " + row.nSamples() + " in the manifest, " + header.nSamples() + " in the header"
                        + (row.nSamples() < header.nSamples() ? " (a row for part of a record needs the start column)" : ""));
            } else if (row.window() && end > header.nSamples()) {
                fields.add("the window [" + row.start() + ", " + end + ") runs past the header's " + header.nSamples() + " samples");
            }
        }
        if (!row.leads().isEmpty() && !row.leads().equals(header.leads())) {
            fields.add("leads are " + String.join(" ", row.leads()) + " in the manifest, " + String.join(" ", header.leads())
                    + " in the header");
        }
        if (fields.isEmpty()) return Optional.empty();
        return Optional.of("manifest row " + row.recordId() + " does not match its header: " + String.join("; ", fields)
                + "; correct the manifest or import the data again");
    }
}
