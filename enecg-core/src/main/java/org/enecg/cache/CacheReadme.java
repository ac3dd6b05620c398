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
            - `part-NNNNNN.npy`: float32 matrix, one row per record, one column per output (names in `fingerprint.json`).
            - `part-NNNNNN.csv`: its index, row i = matrix row i: `record_key` (SHA-256 of the record's content, 128 bits),
              `record_id`, and what the input step repaired: `missing_leads` (zero-filled), `non_finite` (NaN/inf set to 0),
              `padded` (samples per lead), `segments` (windows pooled).
              After a finished run there is one part per expert; an interrupted run leaves several (read them all).
            - `records.csv`: record files seen (path, a stamp of their size and time, `record_key`, `record_id`), so an
              unchanged file is not read again to find its key.

            Python:

                import glob, numpy as np, pandas as pd
                d = "experts/ecgfm-like-<id>"
                parts = sorted(glob.glob(d + "/part-*.csv"))   # a .npy without its .csv is an interrupted write: skip it
                idx = pd.concat([pd.read_csv(p, dtype=str, keep_default_na=False) for p in parts], ignore_index=True)
                X = np.concatenate([np.load(p[:-4] + ".npy") for p in parts])
                # after an interrupted merge a record_key can appear twice, with equal rows: keep the first

            Safe to delete: everything is recomputed on the next run.
            """;
}
