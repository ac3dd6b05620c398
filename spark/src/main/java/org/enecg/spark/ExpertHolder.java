package org.enecg.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.enecg.cache.ExpertRegistry;
import org.enecg.expert.Expert;
import org.enecg.expert.GateInput;

/**
 * The experts of an executor JVM, opened once by the first task that needs them and shared by every task after
 * (experts are thread-safe; an ONNX expert's session is opened once, with as many intra-op threads as a task has
 * CPUs, {@code spark.task.cpus}). They stay open for the life of the JVM, as an executor's do.
 */
final class ExpertHolder {

    private static final Map<String, List<Expert>> OPEN = new HashMap<>();

    private ExpertHolder() {}

    /** The run's experts, then the gate input when the run caches it; opened on first use in this JVM. */
    static synchronized List<Expert> experts(JobSettings s, int onnxThreads) throws IOException {
        String key = s.home() + "\n" + String.join("\n", s.expertNames()) + "\n" + s.gate() + "\n" + onnxThreads;
        List<Expert> open = OPEN.get(key);
        if (open == null) {
            List<Expert> all = new ArrayList<>(ExpertRegistry.standard(Path.of(s.home())).openAll(s.expertNames(), onnxThreads));
            if (s.gate()) all.add(GateInput.paperDefaults());
            open = List.copyOf(all);
            OPEN.put(key, open);
        }
        return open;
    }

    /** How many times experts were opened in this JVM (one per distinct run setting), for tests. */
    static synchronized int openedSets() { return OPEN.size(); }
}
