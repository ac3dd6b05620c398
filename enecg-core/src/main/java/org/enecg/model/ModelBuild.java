package org.enecg.model;

import java.util.Arrays;
import java.util.List;
import org.enecg.nn.Param;

/** What {@link EnEcgModel.Builder#build} checks and assembles: every part's size, the network, copied heads. */
final class ModelBuild {
    private ModelBuild() {}

    /** A trained head to copy in: task {@code fromTask} of a single-expert model into task {@code toTask}. */
    record HeadCopy(EnEcgModel single, int fromTask, int toTask) {}

    static EnEcgModel build(EnEcgModel.Builder b) {
        int ne = b.experts.size();
        int nt = b.tasks.size();
        if (nt == 0) throw new IllegalArgumentException("a model needs at least one task");
        if (ne == 0) throw new IllegalArgumentException("a model needs at least one expert");
        if (b.featureScalers == null || b.featureScalers.size() != ne) {
            throw new IllegalArgumentException(ne + " experts but " + (b.featureScalers == null ? 0 : b.featureScalers.size()) + " feature scalers");
        }
        if (b.targetScalers == null || b.targetScalers.size() != nt) {
            throw new IllegalArgumentException(nt + " tasks but " + (b.targetScalers == null ? 0 : b.targetScalers.size()) + " target scalers");
        }
        for (int e = 0; e < ne; e++) {
            if (b.featureScalers.get(e).dim() != b.experts.get(e).dim()) {
                throw new IllegalArgumentException("expert " + b.experts.get(e).name() + ": scaler has " + b.featureScalers.get(e).dim()
                        + " features, expert has " + b.experts.get(e).dim());
            }
        }
        boolean gated = b.config.combination() == Combination.GATE;
        if (gated && b.gateDim < 1) throw new IllegalArgumentException("a gated model needs a gate input, found width " + b.gateDim);
        List<String> names = b.experts.stream().map(ExpertInfo::name).toList();
        List<String> originNames = b.expertOrigins.stream().map(ExpertOrigin::name).toList();
        if (!b.expertOrigins.isEmpty() && !originNames.equals(names)) {
            throw new IllegalArgumentException("expert origins " + originNames + " do not match the model's experts " + names);
        }
        ClassDecisions decisions = b.decisions != null ? b.decisions : ClassDecisions.argmax(b.tasks);
        Network network = b.network;
        if (network == null) {
            HeadShape[][] shapes = shapes(b);
            network = new Network(b.config, b.tasks, b.experts, shapes, b.gateDim, b.initSeed);
            EnEcgModel draft = new EnEcgModel(b, network, decisions);
            for (HeadCopy c : b.copies) copyHead(draft, c);
        } else if (!b.copies.isEmpty()) {
            throw new IllegalStateException("heads are copied only into a new network");
        }
        return new EnEcgModel(b, network, decisions);
    }

    private static HeadShape[][] shapes(EnEcgModel.Builder b) {
        int ne = b.experts.size();
        int nt = b.tasks.size();
        HeadShape[][] s = b.shapes;
        if (s != null && (s.length != ne || Arrays.stream(s).anyMatch(r -> r == null || r.length != nt))) {
            throw new IllegalArgumentException("head shapes must be " + ne + " experts x " + nt + " tasks");
        }
        HeadShape[][] out = new HeadShape[ne][nt];
        for (int e = 0; e < ne; e++) {
            for (int t = 0; t < nt; t++) out[e][t] = s == null ? HeadShape.of(b.config) : java.util.Objects.requireNonNull(s[e][t], "head shape");
        }
        return out;
    }

    static HeadShape[][] shapesOf(Network n, int experts, int tasks) {
        HeadShape[][] s = new HeadShape[experts][tasks];
        for (int e = 0; e < experts; e++) for (int t = 0; t < tasks; t++) s[e][t] = n.headShape(e, t);
        return s;
    }

    /** Copies one trained head (trainable values) into the draft; frozen values must already agree (same init seed). */
    private static void copyHead(EnEcgModel into, HeadCopy c) {
        EnEcgModel single = c.single();
        if (single.experts().size() != 1) throw new IllegalArgumentException("heads are copied from a single-expert model, got " + single.expertNames());
        ExpertInfo info = single.experts().get(0);
        int e = into.expertNames().indexOf(info.name());
        if (e < 0 || !into.experts().get(e).equals(info)) throw new IllegalArgumentException("expert " + info + " is not one of " + into.experts());
        if (!single.tasks().get(c.fromTask()).equals(into.tasks().get(c.toTask()))) {
            throw new IllegalArgumentException("tasks differ: " + single.tasks().get(c.fromTask()) + " vs " + into.tasks().get(c.toTask()));
        }
        if (!single.headShape(0, c.fromTask()).equals(into.headShape(e, c.toTask()))) {
            throw new IllegalArgumentException("head " + info.name() + "/" + into.tasks().get(c.toTask()).name() + " is " + into.headShape(e, c.toTask())
                    + ", the trained one " + single.headShape(0, c.fromTask()));
        }
        FeatureScaler mine = into.featureScalers().get(e);
        FeatureScaler theirs = single.featureScalers().get(0);
        if (!Arrays.equals(mine.mean(), theirs.mean()) || !Arrays.equals(mine.std(), theirs.std())) {
            throw new IllegalArgumentException("expert " + info.name() + ": heads were trained on differently scaled features");
        }
        List<Param> to = into.network().headParameters(e, c.toTask());
        List<Param> from = single.network().headParameters(0, c.fromTask());
        for (int i = 0; i < to.size(); i++) {
            Param dst = to.get(i);
            Param src = from.get(i);
            if (!dst.name().equals(src.name()) || dst.size() != src.size()) throw new IllegalStateException("head parameter " + src + " does not match " + dst);
            if (dst.trainable()) {
                System.arraycopy(src.value(), 0, dst.value(), 0, dst.size());
            } else if (!Arrays.equals(src.value(), dst.value())) {
                throw new IllegalStateException("frozen weights of " + dst.name() + " differ: the models were not built from the same init seed");
            }
        }
    }
}
