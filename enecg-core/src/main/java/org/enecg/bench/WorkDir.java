package org.enecg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Scratch folders of a benchmark run (caches, tables, models), removed when a measurement is done with them. */
final class WorkDir {
    private WorkDir() {}

    /** A new empty folder {@code prefix-N} under {@code work}. */
    static Path fresh(Path work, String prefix) throws IOException {
        Files.createDirectories(work);
        for (int i = 1; ; i++) {
            Path p = work.resolve(prefix + "-" + i);
            if (!Files.exists(p)) return Files.createDirectories(p);
        }
    }

    /** Deletes a folder and everything in it (nothing when it does not exist). */
    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) Files.delete(p);
        }
    }
}
