package org.enecg.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.enecg.cache.ExpertRegistry;
import org.enecg.expert.Fingerprint;
import org.enecg.expert.GateInput;
import org.enecg.model.EnEcgModel;
import org.enecg.model.ExpertInfo;
import org.enecg.model.ExpertOrigin;

/**
 * The link between a saved model and the frozen experts it was trained on: {@link #origins} records how to re-open
 * each expert (with every fingerprint field), and {@link #reopen} opens them again and refuses any that differs,
 * saying which expert and which fields changed.
 */
public final class ModelExperts {
    private ModelExperts() {}

    /** What a model file stores about each expert, in the set's order (the model's). */
    public static List<ExpertOrigin> origins(ExpertSet experts) {
        List<ExpertOrigin> out = new ArrayList<>();
        for (ExpertSource s : experts.sources()) out.add(new ExpertOrigin(s.name(), s.reference(), fields(s.fingerprint())));
        return out;
    }

    /** Every field of a fingerprint: name, version, each parameter, weights. */
    static SortedMap<String, String> fields(Fingerprint f) {
        SortedMap<String, String> m = new TreeMap<>(f.parameters());
        m.put("name", f.name());
        m.put("version", f.version());
        m.put("weights", f.weightsSha256());
        return m;
    }

    /**
     * Opens the model's experts again and checks each against the model: same fingerprint (every field when the
     * model recorded them, else the fingerprint id), and the same gate input.
     *
     * @throws IllegalArgumentException naming the model, the expert and what differs
     */
    public static ExpertSet reopen(EnEcgModel model, ExpertRegistry registry, Path home, GateInput gate) throws IOException {
        String expectedGate = Pipeline.gateInputDescription(gate);
        if (model.gated() && !model.gateInput().equals(expectedGate)) {
            throw new IllegalArgumentException(model.origin() + ": the model's gate reads " + model.gateInput()
                    + ", this enecg prepares " + expectedGate + "; retrain the model");
        }
        List<String> refs = new ArrayList<>();
        for (int e = 0; e < model.experts().size(); e++) {
            ExpertOrigin o = model.expertOrigins().isEmpty() ? null : model.expertOrigins().get(e);
            refs.add(o == null ? model.experts().get(e).name() : resolve(o.reference(), registry, home));
        }
        ExpertSet set;
        try {
            set = ExpertSet.open(registry, refs, home);
        } catch (IOException | RuntimeException ex) {
            throw new IllegalArgumentException(model.origin() + ": cannot open the experts the model was trained with: " + ex.getMessage(), ex);
        }
        try {
            for (int e = 0; e < model.experts().size(); e++) check(model, e, set.sources().get(e));
            return set;
        } catch (RuntimeException ex) {
            set.close();
            throw ex;
        }
    }

    private static String resolve(String reference, ExpertRegistry registry, Path home) {
        if (registry.names().contains(reference)) return reference;
        Path p = Path.of(reference);
        return p.isAbsolute() ? reference : home.resolve(p).toString();
    }

    private static void check(EnEcgModel model, int e, ExpertSource now) {
        ExpertInfo info = model.experts().get(e);
        String where = model.origin() + ": expert '" + info.name() + "'";
        if (!now.name().equals(info.name())) {
            throw new IllegalArgumentException(where + " now opens as '" + now.name() + "' (" + now.reference() + ")");
        }
        if (now.fingerprint().id().equals(info.fingerprint())) return;
        if (model.expertOrigins().isEmpty()) {
            throw new IllegalArgumentException(where + " has fingerprint " + info.fingerprint() + " in the model but "
                    + now.fingerprint().id() + " now (" + now.reference() + "): a different model or preprocessing");
        }
        SortedMap<String, String> then = model.expertOrigins().get(e).fingerprint();
        SortedMap<String, String> current = fields(now.fingerprint());
        List<String> diffs = new ArrayList<>();
        for (String k : new TreeSet<>(union(then.keySet(), current.keySet()))) {
            String a = then.get(k), b = current.get(k);
            if (a == null || !a.equals(b)) diffs.add(k + ": " + show(a) + " in the model, " + show(b) + " now");
        }
        throw new IllegalArgumentException(where + " (" + now.reference() + ") is not the one the model was trained with: "
                + (diffs.isEmpty() ? "fingerprint " + info.fingerprint() + " vs " + now.fingerprint().id() : String.join("; ", diffs)));
    }

    private static TreeSet<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        TreeSet<String> u = new TreeSet<>(a);
        u.addAll(b);
        return u;
    }

    private static String show(String v) {
        if (v == null) return "(absent)";
        return v.length() > 80 ? v.substring(0, 77) + "..." : "'" + v + "'";
    }
}
