package org.enecg.cache;

/** The text of {@code CACHE.md}, written into every cache folder so its layout explains itself. */
final class CacheReadme {
    private CacheReadme() {}

    static final String TEXT = """
            # EnECG embedding cache

            Written by `enecg embed` (and any command that needs expert outputs). Frozen experts never change, so each
            expert's output for each record is computed once and kept here.

            - `experts/<name>-<id>/`: one folder per expert *fingerprint* (name, version, every parameter, input spec,
              SHA-256 of the weights; see `fingerprint.json`). A changed expert gets a new folder.
            - `part-NNNNNN.npy`: float32 matrix, one row per record, one column per output (names in `fingerprint.json`),
              rows sorted by `record_key`.
            - `part-NNNNNN.csv`: its index, row i = matrix row i: `record_key` (SHA-256 of the record's decoded content,
              128 bits), `record_id`, and what the input step repaired: `missing_leads` (zero-filled), `non_finite` (NaN/inf
              set to 0), `padded` (samples per lead), `segments` (windows pooled).
            - `part-NNNNNN.sum`: the CRC-32C of the part's two files, written last: a part counts once it exists (a `.npy`
              or `.csv` without it is an interrupted write). A part whose files no longer match is refused by name.
              After a finished run there is one part per expert; an interrupted run leaves several (read them all).
            - `records.csv`: record files seen: path, a stamp (size, times, inode), `content_sha256` of the files' bytes,
              `record_key`, `record_id`; so an unchanged file is not decoded again to find its key.

            Python (numpy only; the matrix is memory-mapped, nothing is read until used):

                import csv, glob, numpy as np
                d = "experts/<name>-<id>"
                for part in sorted(glob.glob(d + "/part-*.sum")):
                    X = np.load(part[:-4] + ".npy", mmap_mode="r")
                    with open(part[:-4] + ".csv", newline="") as f:
                        index = list(csv.DictReader(f))          # index[i] describes X[i]

            Safe to delete: everything is recomputed on the next run.
            """;
}
