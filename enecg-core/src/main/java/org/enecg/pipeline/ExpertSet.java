package org.enecg.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.enecg.cache.ExpertRegistry;
import org.enecg.expert.Expert;
import org.enecg.expert.onnx.OnnxExpert;

/** Experts opened from names or card paths, each with where it came from; closing closes them all. */
public final class ExpertSet implements AutoCloseable {
    private final List<Expert> experts;
    private final List<ExpertSource> sources;

    private ExpertSet(List<Expert> experts, List<ExpertSource> sources) {
        this.experts = List.copyOf(experts);
        this.sources = List.copyOf(sources);
    }

    /**
     * Opens the named experts (the registry's default set when {@code names} is empty), one ONNX Runtime thread each:
     * records run in parallel instead.
     *
     * @param home the installation folder, to store card paths inside it relative to it
     * @throws IllegalArgumentException for an unknown name, or two experts with the same name
     */
    public static ExpertSet open(ExpertRegistry registry, List<String> names, Path home) throws IOException {
        List<String> wanted = names.isEmpty() ? registry.defaultNames() : names;
        if (wanted.isEmpty()) throw new IllegalArgumentException("no experts: none named and the default set is empty");
        List<Expert> opened = registry.openAll(wanted, 1);
        List<ExpertSource> sources = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < opened.size(); i++) {
            Expert e = opened.get(i);
            if (!seen.add(e.name())) {
                for (Expert x : opened) x.close();
                throw new IllegalArgumentException("two experts are named '" + e.name() + "' (" + wanted + ")");
            }
            String ref = wanted.get(i).trim();
            boolean card = e instanceof OnnxExpert;
            if (e instanceof OnnxExpert o && registry.card(ref) == null) ref = reference(o.card().file(), home);
            sources.add(new ExpertSource(e.name(), ref, e.fingerprint(), e.trainingData(), card));
        }
        return new ExpertSet(opened, sources);
    }

    /** A card path as stored in a model: relative to the installation when inside it, else absolute. */
    static String reference(Path card, Path home) {
        Path abs = card.toAbsolutePath().normalize();
        Path h = home.toAbsolutePath().normalize();
        return (abs.startsWith(h) ? h.relativize(abs) : abs).toString().replace('\\', '/');
    }

    public List<Expert> experts() { return experts; }

    public List<ExpertSource> sources() { return sources; }

    public List<String> names() { return sources.stream().map(ExpertSource::name).toList(); }

    /** The experts opened from model cards (the pretrained ONNX models), by name. */
    public List<String> cardExperts() {
        return sources.stream().filter(ExpertSource::card).map(ExpertSource::name).toList();
    }

    @Override
    public void close() {
        for (Expert e : experts) {
            try {
                e.close();
            } catch (RuntimeException ignored) {
                // closing frees native memory only
            }
        }
    }
}
