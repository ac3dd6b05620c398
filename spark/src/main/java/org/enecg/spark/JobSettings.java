package org.enecg.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * What every executor needs to embed its partitions, fixed by the driver before the job starts.
 *
 * @param home        the installation folder on the executors (where {@code models/} is; a shared path or the
 *                    working folder that {@code --archives} unpacks into)
 * @param expertNames experts by name or card path, in order (the gate input follows when {@code gate})
 * @param gate        whether the gate input is cached too
 * @param fingerprints the fingerprint id of each expert (and the gate input) as the driver opened it: an executor
 *                    whose model files differ refuses to run rather than fill other folders
 * @param cache       the shared cache folder, as a path every executor can write
 * @param firstPart   the part number of partition 0; partition p publishes part {@code firstPart + p}
 * @param failOnce    for tests: the partition whose first attempt fails after publishing its parts, or -1
 */
public record JobSettings(String home, List<String> expertNames, boolean gate, List<String> fingerprints, String cache,
                          int firstPart, int failOnce)
        implements Serializable {

    public JobSettings {
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(cache, "cache");
        expertNames = List.copyOf(expertNames);
        fingerprints = List.copyOf(fingerprints);
    }
}
