package org.enecg.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * An expert's written rows as one sequence over its parts at one moment (row numbers run through the parts in
 * order): what disk-backed {@link EmbeddingRows} read from. Later flushes and compactions make new views; this one
 * keeps reading the files it was made from.
 */
final class StoredRows {

    private final ExpertStore.Part[] parts;
    private final int[] starts;
    private final int dim;

    StoredRows(ExpertStore.Part[] parts, int[] starts, int dim) {
        this.parts = parts;
        this.starts = starts;
        this.dim = dim;
    }

    int dim() { return dim; }

    /** A copy of row {@code row}; a damaged or unreadable part is an {@link UncheckedIOException} naming its file. */
    float[] read(int row) {
        int p = Arrays.binarySearch(starts, row);
        if (p < 0) p = -p - 2;
        while (p + 1 < starts.length && starts[p + 1] == row) p++;   // skip empty parts
        if (p < 0) throw new IndexOutOfBoundsException("row " + row);
        try {
            return parts[p].matrix(dim).row(row - starts[p]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
