package org.enecg.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of a batch over many files: the items that worked and, for every item that did not, its path
 * and what was wrong. A bad item never stops a batch and is never dropped without a trace (DESIGN.md section 8).
 *
 * @param ok      items produced, in input order
 * @param skipped items that were reported and skipped
 * @param <T>     the item type, e.g. {@link ManifestRow}
 */
public record BatchResult<T>(List<T> ok, List<Skipped> skipped) {

    /** One item left out: the file (or source row) and the reason, e.g. "A0001.mat: 1,024 bytes, header needs 180,024". */
    public record Skipped(String path, String message) {
        public Skipped {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(message, "message");
        }

        public static Skipped of(Path path, String message) { return new Skipped(path.toString(), message); }

        @Override public String toString() { return path + ": " + message; }
    }

    public BatchResult {
        ok = List.copyOf(ok);
        skipped = List.copyOf(skipped);
    }

    public boolean nothingWorked() { return ok.isEmpty(); }

    /** Mutable accumulator for a batch in progress. */
    public static final class Builder<T> {
        private final List<T> ok = new ArrayList<>();
        private final List<Skipped> skipped = new ArrayList<>();

        public Builder<T> ok(T item) { ok.add(item); return this; }

        public Builder<T> skip(String path, String message) { skipped.add(new Skipped(path, message)); return this; }

        public Builder<T> skip(Path path, String message) { return skip(path.toString(), message); }

        public Builder<T> addAll(BatchResult<? extends T> other) {
            ok.addAll(other.ok());
            skipped.addAll(other.skipped());
            return this;
        }

        public int okCount() { return ok.size(); }

        public BatchResult<T> build() { return new BatchResult<>(ok, skipped); }
    }

    public static <T> Builder<T> builder() { return new Builder<>(); }
}
