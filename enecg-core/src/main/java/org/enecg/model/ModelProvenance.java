package org.enecg.model;

import java.time.Instant;

/**
 * Where a model came from, saved in its file (as Tribuo's ModelProvenance): the project version, when and
 * on what it was trained (Java and OS matter: Math and StrictMath may differ across platforms), the seeds, and
 * the training log.
 *
 * @param projectVersion enecg version that trained it
 * @param trainedAt      ISO-8601 instant
 * @param javaVersion    {@code java.version}
 * @param osName         {@code os.name}
 * @param osArch         {@code os.arch}
 * @param seed           the run seed
 * @param fold           cross-validation fold (0-based), or -1 for a model trained on all data
 * @param training       the training log
 */
public record ModelProvenance(String projectVersion, String trainedAt, String javaVersion, String osName, String osArch,
                              long seed, int fold, TrainingLog training) {

    /** Provenance of a model trained now, on this JVM. */
    public static ModelProvenance now(long seed, int fold, TrainingLog training) {
        return new ModelProvenance(ProjectVersion.get(), Instant.now().toString(), System.getProperty("java.version"),
                System.getProperty("os.name"), System.getProperty("os.arch"), seed, fold, training);
    }
}
