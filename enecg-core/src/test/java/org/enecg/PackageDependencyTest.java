package org.enecg;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the architecture of DESIGN.md section 2 true: dependencies point downstream only, and the
 * embedding cache is the only bridge between the frozen side (io, signal, expert) and the trainable side
 * (nn, model, train, eval). Every reference to {@code org.enecg.<package>} in a main source file counts.
 */
class PackageDependencyTest {

    /**
     * For each package, the project packages its code may refer to (besides itself and {@code util}, which
     * holds general helpers such as atomic writes and may itself refer to nothing).
     */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("util", Set.of()),
            Map.entry("io", Set.of()),
            Map.entry("io.wfdb", Set.of("io")),
            Map.entry("signal", Set.of()),
            Map.entry("signal.quality", Set.of("io", "signal")),
            Map.entry("data", Set.of("io", "io.wfdb", "signal")),
            Map.entry("data.importer", Set.of("io", "io.wfdb", "signal", "data")),
            Map.entry("expert", Set.of("io", "io.wfdb", "signal")),
            Map.entry("expert.builtin", Set.of("io", "io.wfdb", "signal", "expert")),
            Map.entry("expert.onnx", Set.of("io", "io.wfdb", "signal", "expert")),
            Map.entry("cache", Set.of("io", "io.wfdb", "signal", "data", "expert", "expert.builtin", "expert.onnx")),
            Map.entry("nn", Set.of()),
            Map.entry("split", Set.of()),
            Map.entry("metrics", Set.of()),
            Map.entry("model", Set.of("nn", "data", "cache", "metrics")),
            Map.entry("train", Set.of("nn", "model", "data", "cache", "split", "metrics")),
            Map.entry("eval", Set.of("nn", "model", "train", "data", "cache", "split", "metrics")),
            // the consumers: the wiring shared by the front ends, the benchmark harness, the command line
            Map.entry("pipeline", Set.of("io", "io.wfdb", "signal", "signal.quality", "data", "data.importer", "expert", "expert.builtin", "expert.onnx",
                    "cache", "nn", "split", "metrics", "model", "train", "eval")),
            Map.entry("bench", Set.of("io", "io.wfdb", "signal", "data", "data.importer", "expert", "expert.builtin", "expert.onnx",
                    "cache", "nn", "split", "metrics", "model", "train", "eval", "pipeline")),
            Map.entry("serve", Set.of("io", "io.wfdb", "signal", "signal.quality", "data", "data.importer", "expert", "cache", "model",
                    "pipeline")),
            Map.entry("cli", Set.of("io", "io.wfdb", "signal", "signal.quality", "data", "data.importer", "expert", "expert.builtin", "expert.onnx",
                    "cache", "nn", "split", "metrics", "model", "train", "eval", "pipeline", "serve", "bench")));

    /** Front ends built on other branches (no rule yet): they may use every package, and no package above may use them. */
    private static final Set<String> CONSUMERS = Set.of("serve");

    private static final Pattern REF = Pattern.compile("org\\.enecg\\.([a-z]+(?:\\.[a-z]+)*)\\.[A-Z]");

    @Test
    void packagesOnlyReferToUpstreamPackages() throws IOException {
        Path root = Path.of("enecg-core/src/main/java/org/enecg");
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                String pkg = root.relativize(f.getParent()).toString().replace('/', '.');
                Set<String> allowed = ALLOWED.get(pkg);
                if (allowed == null) continue; // front ends without a rule yet may use anything
                Matcher m = REF.matcher(Files.readString(f));
                while (m.find()) {
                    String target = m.group(1);
                    boolean general = target.equals("util") && !pkg.equals("util");
                    if (!target.equals(pkg) && !allowed.contains(target) && !general) {
                        violations.add(root.relativize(f) + " refers to org.enecg." + target);
                    }
                }
            }
        }
        assertTrue(violations.isEmpty(), "package rule broken:\n" + String.join("\n", violations));
    }

    @Test
    void everyPackageIsCoveredByTheRule() throws IOException {
        Path root = Path.of("enecg-core/src/main/java/org/enecg");
        List<String> unknown = new ArrayList<>();
        try (Stream<Path> dirs = Files.walk(root)) {
            dirs.filter(Files::isDirectory).filter(d -> !d.equals(root)).forEach(d -> {
                String pkg = root.relativize(d).toString().replace('/', '.');
                if (!ALLOWED.containsKey(pkg) && !CONSUMERS.contains(pkg) && !pkg.startsWith("cli.")) {
                    unknown.add(pkg);
                }
            });
        }
        assertTrue(unknown.isEmpty(), "packages without a dependency rule (add them to ALLOWED): " + unknown);
    }
}
