package org.enecg.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.enecg.expert.Expert;
import org.enecg.expert.builtin.BuiltinExperts;
import org.enecg.expert.onnx.ModelCard;
import org.enecg.expert.onnx.OnnxExpert;

/**
 * Experts by name, as the command line gives them ({@code --experts ecgfm-like,path/to/card.json}): a built-in expert
 * (registered with {@link #register}), a model card bundled under {@code <home>/models} (by the card's {@code name}),
 * or the path of any card file.
 */
public final class ExpertRegistry {

    /**
     * Bundled model cards that join the default set after the built-ins ({@link BuiltinExperts#DEFAULT_SET}): the three
     * published ECG models under {@code models/pretrained} (issue 7), run through their model cards. {@code ecgfm-like}
     * and {@code moment-like} (models/test) are random-weight test models, not experts: name them with
     * {@code --experts} to use them.
     */
    public static final List<String> DEFAULT_CARDS = List.of("xceptiontime-ptbxl", "beat-aami-mitbih", "rhythm-leadii-cinc2020");

    private final Map<String, Supplier<Expert>> builtIns = new LinkedHashMap<>();
    private final Map<String, Path> cards = new TreeMap<>();

    /**
     * A registry with the built-in experts ({@link BuiltinExperts}: rhythm, morphology, spectral, rocket, dlinear, in
     * the order of their default set) and the model cards found under {@code home/models} (any depth, files ending
     * {@code .card.json}).
     */
    public static ExpertRegistry standard(Path home) throws IOException {
        ExpertRegistry r = new ExpertRegistry();
        BuiltinExperts.all().forEach(r::register);
        Path models = home.resolve("models");
        if (Files.isDirectory(models)) {
            try (Stream<Path> files = Files.walk(models)) {
                for (Path p : (Iterable<Path>) files.sorted()::iterator) {
                    if (!p.getFileName().toString().endsWith(".card.json")) continue;
                    String name = ModelCard.read(p).name();
                    Path before = r.cards.put(name, p);
                    if (before != null) throw new IOException(p + ": card name '" + name + "' is also used by " + before);
                }
            }
        }
        return r;
    }

    /** Adds a built-in expert (pure Java); the supplier builds a fresh instance. */
    public ExpertRegistry register(String name, Supplier<Expert> supplier) {
        if (builtIns.containsKey(name) || cards.containsKey(name)) throw new IllegalArgumentException("expert name '" + name + "' is taken");
        builtIns.put(name, supplier);
        return this;
    }

    /** Every name this registry knows: built-ins first, then bundled cards. */
    public List<String> names() {
        List<String> out = new ArrayList<>(builtIns.keySet());
        out.addAll(cards.keySet());
        return out;
    }

    /** The default set: every built-in, then {@link #DEFAULT_CARDS} that are present. */
    public List<String> defaultNames() {
        List<String> out = new ArrayList<>(builtIns.keySet());
        for (String c : DEFAULT_CARDS) if (cards.containsKey(c)) out.add(c);
        return out;
    }

    /** The card file of a bundled card name, if any. */
    public Path card(String name) { return cards.get(name); }

    /**
     * Opens one expert by name or card path. An ONNX expert opens its sessions on the first record it computes
     * ({@link OnnxExpert#openLazily}), so a run that finds everything cached never loads ONNX Runtime.
     *
     * @param onnxThreads intra-op threads of each ONNX session
     * @throws IllegalArgumentException for an unknown name (the message lists the known ones)
     */
    public Expert open(String nameOrCard, int onnxThreads) throws IOException {
        Supplier<Expert> b = builtIns.get(nameOrCard);
        if (b != null) return b.get();
        Path card = cards.get(nameOrCard);
        if (card == null && (nameOrCard.endsWith(".json") || Files.isRegularFile(Path.of(nameOrCard)))) card = Path.of(nameOrCard);
        if (card == null) {
            throw new IllegalArgumentException("unknown expert '" + nameOrCard + "'; known: " + String.join(", ", names())
                    + ", or the path of a model card (.json)");
        }
        return OnnxExpert.openLazily(ModelCard.read(card), onnxThreads);
    }

    /** Opens several experts; if one fails, those already opened are closed. */
    public List<Expert> openAll(List<String> namesOrCards, int onnxThreads) throws IOException {
        List<Expert> out = new ArrayList<>();
        try {
            for (String n : namesOrCards) out.add(open(n.trim(), onnxThreads));
            return out;
        } catch (IOException | RuntimeException e) {
            for (Expert x : out) {
                try {
                    x.close();
                } catch (Exception ignored) {
                    // closing frees native memory only; the original error matters
                }
            }
            throw e;
        }
    }
}
