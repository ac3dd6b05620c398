package org.enecg.expert.builtin;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.enecg.expert.Expert;

/**
 * The built-in experts by short name, as {@code enecg embed --experts rhythm,morphology,...} names them, and the
 * default set the main job uses. Each name builds a fresh instance; an expert's {@link Expert#name()} is its short
 * name.
 */
public final class BuiltinExperts {

    /** Short names of the built-in experts, in the order of the default set. */
    public static final List<String> NAMES = List.of("rhythm", "morphology", "spectral", "rocket", "dlinear");

    /**
     * The default expert set of {@code enecg run} and {@code enecg embed} without {@code --experts}: every built-in
     * (rhythm, morphology, spectral, MiniRocket, DLinear). Pretrained ONNX foundation models join it through their
     * model cards.
     */
    public static final List<String> DEFAULT_SET = NAMES;

    private static final Map<String, Supplier<Expert>> FACTORIES = factories();

    private BuiltinExperts() {}

    private static Map<String, Supplier<Expert>> factories() {
        Map<String, Supplier<Expert>> m = new LinkedHashMap<>();
        m.put("rhythm", RhythmExpert::new);
        m.put("morphology", MorphologyExpert::new);
        m.put("spectral", SpectralExpert::new);
        m.put("rocket", RocketExpert::new);
        m.put("dlinear", DLinearExpert::new);
        return Collections.unmodifiableMap(m);
    }

    /** Name to constructor, in {@link #NAMES} order. */
    public static Map<String, Supplier<Expert>> all() { return FACTORIES; }

    /**
     * A new instance of the built-in expert {@code name}.
     *
     * @throws IllegalArgumentException for an unknown name, listing the known ones
     */
    public static Expert create(String name) {
        Supplier<Expert> s = FACTORIES.get(name);
        if (s == null) throw new IllegalArgumentException("unknown built-in expert '" + name + "'; known: " + String.join(", ", NAMES));
        return s.get();
    }
}
