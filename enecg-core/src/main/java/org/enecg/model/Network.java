package org.enecg.model;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.enecg.data.Task;
import org.enecg.nn.Matrix;
import org.enecg.nn.Param;
import org.enecg.nn.Pass;

/**
 * The trainable network of EnECG: a head per (expert, task), the gates (none with uniform weights), and how tasks
 * are routed to gates ({@link GateSharing}). {@link #forward} returns its result as a value that {@link #backward}
 * takes back; nothing else reads the heads or gates.
 *
 * <p>Every parameter is created from the init seed and the component's name ({@link #rngFor}), so frozen base
 * weights need not be stored: a model file holds the trainable ones and a hash of the frozen ones.
 */
public final class Network {
    private final ModelConfig config;
    private final int nTasks;
    private final int nExperts;
    private final Head[][] heads;          // [expert][task]
    private final HeadShape[][] shapes;    // [expert][task]
    private final Gate[] gates;            // empty with uniform weights

    /**
     * A forward pass, in model units (standardised values, logits): combined outputs and weights per task, and what
     * the backward pass needs (each head's output; each gate output's weights, [gate][output]).
     */
    public record Forward(Matrix[] outputs, Matrix[] weights, Matrix[][] headOutputs, Matrix[][] gateWeights, boolean fixedHeads) {}

    Network(ModelConfig config, List<Task> tasks, List<ExpertInfo> experts, HeadShape[][] shapes, int gateDim, long initSeed) {
        this.config = config;
        this.nTasks = tasks.size();
        this.nExperts = experts.size();
        this.heads = new Head[nExperts][nTasks];
        this.shapes = shapes;
        for (int e = 0; e < nExperts; e++) {
            for (int t = 0; t < nTasks; t++) {
                String name = "head." + experts.get(e).name() + "." + tasks.get(t).name();
                heads[e][t] = new Head(name, experts.get(e).dim(), tasks.get(t).outputSize(), shapes[e][t].applyTo(config), rngFor(initSeed, name));
            }
        }
        if (config.combination() != Combination.GATE) {
            gates = new Gate[0];
        } else if (config.gateSharing() == GateSharing.PER_TASK) {
            gates = new Gate[nTasks];
            for (int t = 0; t < nTasks; t++) {
                String name = "gate." + tasks.get(t).name();
                gates[t] = new Gate(name, gateDim, nExperts, List.of("w"), config, rngFor(initSeed, name));
            }
        } else {
            List<String> names = config.gateSharing() == GateSharing.SINGLE ? List.of("all") : tasks.stream().map(Task::name).toList();
            gates = new Gate[] {new Gate("gate", gateDim, nExperts, names, config, rngFor(initSeed, "gate"))};
        }
    }

    /**
     * The initialisation stream of one component: the init seed mixed with a stable hash (FNV-1a, 64 bit) of the
     * component's name. A head's initial weights then depend only on (seed, expert, task): the same head in a
     * single-expert model and in the ensemble starts identical, and adding an expert changes no other head.
     */
    static SplittableRandom rngFor(long initSeed, String component) {
        long h = 0xcbf29ce484222325L;
        for (byte b : component.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return new SplittableRandom(initSeed ^ h);
    }

    /** The shape of the head of expert {@code e} for task {@code t}. */
    public HeadShape headShape(int e, int t) { return shapes[e][t]; }

    /** Whether experts are weighted by a learned gate. */
    public boolean gated() { return gates.length > 0; }

    int gateCount() { return gates.length; }

    /** The gate task {@code t} uses. */
    private int gateOf(int t) { return config.gateSharing() == GateSharing.PER_TASK ? t : 0; }

    /** The output layer of its gate that task {@code t} uses. */
    private int gateOutputOf(int t) { return config.gateSharing() == GateSharing.SHARED_TRUNK ? t : 0; }

    /** Every parameter, frozen ones included: heads in (expert, task) order, then the gates. */
    public List<Param> parameters() {
        List<Param> ps = new ArrayList<>();
        for (Head[] row : heads) for (Head h : row) ps.addAll(h.parameters());
        for (Gate g : gates) ps.addAll(g.parameters());
        return ps;
    }

    public List<Param> trainableParameters() { return parameters().stream().filter(Param::trainable).toList(); }

    /** The trainable parameters of the gates (empty with uniform weights). */
    public List<Param> gateParameters() {
        List<Param> ps = new ArrayList<>();
        for (Gate g : gates) ps.addAll(g.parameters());
        return ps.stream().filter(Param::trainable).toList();
    }

    /** The parameters (frozen ones included) of the head of expert {@code e} for task {@code t}. */
    public List<Param> headParameters(int e, int t) { return heads[e][t].parameters(); }

    /**
     * The trainable parameters only task {@code t} uses (its heads, and its gate when gates are per task), or null when
     * some trainable parameter is shared between tasks (a shared gate).
     */
    public List<Param> taskParameters(int t) {
        if (gates.length > 0 && config.gateSharing() != GateSharing.PER_TASK && nTasks > 1) return null;
        List<Param> ps = new ArrayList<>();
        for (Head[] row : heads) ps.addAll(row[t].parameters());
        if (gates.length > 0) ps.addAll(gates[gateOf(t)].parameters());
        return ps.stream().filter(Param::trainable).toList();
    }

    /** The trainable parameters task {@code t} uses: its heads and its gate (which other tasks may share). */
    public List<Param> parametersOf(int t) {
        List<Param> ps = new ArrayList<>();
        for (Head[] row : heads) ps.addAll(row[t].parameters());
        if (gates.length > 0) ps.addAll(gates[gateOf(t)].parameters());
        return ps.stream().filter(Param::trainable).toList();
    }

    /** The frozen first-layer output of head (e, t) for inputs {@code x}, or null when that layer trains. */
    Matrix frozenFirstLayer(int e, int t, Matrix x) { return heads[e][t].frozenFirstLayer(x); }

    /** Parameter-name prefix of head (e, t) and of gate {@code g} (cache keys of their frozen layers). */
    String headName(int e, int t) { return heads[e][t].name; }

    String gateName(int g) { return gates[g].name; }

    /** The frozen trunk output of gate {@code g} for gate inputs {@code x}, or null when it has none. */
    Matrix frozenTrunk(int g, Matrix x) { return gates[g].frozenTrunk(x); }

    /**
     * Forward pass over a batch; {@code active[t]} false skips task t (null: all tasks). The heads run unless the batch
     * gives their outputs ({@link Batch#heads}).
     */
    public Forward forward(Batch b, Pass pass, boolean[] active) {
        int rows = b.gate() != null ? b.gate().rows : b.fixedHeads() ? b.heads()[0][0].rows : b.experts()[0].rows;
        Matrix[][] gateW = new Matrix[gates.length][];
        for (int gi = 0; gi < gates.length; gi++) {
            Gate gate = gates[gi];
            gateW[gi] = new Matrix[gate.outputCount()];
            boolean[] used = new boolean[gate.outputCount()];
            boolean any = false;
            for (int t = 0; t < nTasks; t++) {
                if (gateOf(t) == gi && (active == null || active[t])) {
                    used[gateOutputOf(t)] = true;
                    any = true;
                }
            }
            if (!any) continue;
            Matrix hidden = gate.hidden(b.gate(), b.gateBase() != null ? b.gateBase()[gi] : null, pass);
            for (int o = 0; o < used.length; o++) if (used[o]) gateW[gi][o] = gate.weights(o, hidden, pass);
        }
        Matrix uniform = null;
        if (gates.length == 0) {
            uniform = new Matrix(rows, nExperts);
            uniform.fill(1f / nExperts);
        }
        Matrix[][] headOut = new Matrix[nExperts][nTasks];
        Matrix[] outputs = new Matrix[nTasks];
        Matrix[] weights = new Matrix[nTasks];
        for (int t = 0; t < nTasks; t++) {
            if (active != null && !active[t]) continue;
            Matrix w = uniform != null ? uniform : gateW[gateOf(t)][gateOutputOf(t)];
            Matrix sum = null;
            for (int e = 0; e < nExperts; e++) {
                Matrix y;
                if (b.fixedHeads()) {
                    y = b.heads()[e][t];
                } else {
                    Matrix base = b.headBase() != null ? b.headBase()[e][t] : null;
                    y = heads[e][t].forward(b.experts()[e], base, pass);
                }
                if (sum == null) sum = new Matrix(rows, y.cols);
                headOut[e][t] = y;
                for (int i = 0; i < y.rows; i++) {
                    float wi = w.get(i, e);
                    for (int k = 0; k < y.cols; k++) sum.data[i * y.cols + k] += wi * y.get(i, k);
                }
            }
            outputs[t] = sum;
            weights[t] = w;
        }
        return new Forward(outputs, weights, headOut, gateW, b.fixedHeads());
    }

    /**
     * Backward pass of {@code f}: accumulates the gradients of every trainable parameter given dLoss/dOutput per task
     * ({@code dOut[t]} null: task t had no loss). Heads whose outputs were given do not learn.
     */
    public void backward(Forward f, Matrix[] dOut) {
        Matrix[][] dWeights = new Matrix[gates.length][];
        for (int gi = 0; gi < gates.length; gi++) dWeights[gi] = new Matrix[gates[gi].outputCount()];
        for (int t = 0; t < nTasks; t++) {
            if (dOut[t] == null) continue;
            Matrix w = f.weights()[t];
            Matrix dw = null;
            if (gates.length > 0) {
                Matrix[] slot = dWeights[gateOf(t)];
                int o = gateOutputOf(t);
                if (slot[o] == null) slot[o] = new Matrix(w.rows, nExperts);
                dw = slot[o];
            }
            for (int e = 0; e < nExperts; e++) {
                Matrix y = f.headOutputs()[e][t];
                Matrix dy = new Matrix(y.rows, y.cols);
                for (int i = 0; i < y.rows; i++) {
                    float wi = w.get(i, e);
                    double dwi = 0;
                    for (int k = 0; k < y.cols; k++) {
                        float d = dOut[t].get(i, k);
                        dy.set(i, k, wi * d);
                        dwi += (double) d * y.get(i, k);
                    }
                    if (dw != null) dw.data[i * nExperts + e] += (float) dwi;
                }
                if (!f.fixedHeads()) heads[e][t].backward(dy);
            }
        }
        for (int gi = 0; gi < gates.length; gi++) {
            Matrix dHidden = null;
            for (int o = 0; o < dWeights[gi].length; o++) {
                if (dWeights[gi][o] == null) continue;
                Matrix d = gates[gi].backwardOutput(o, f.gateWeights()[gi][o], dWeights[gi][o]);
                if (dHidden == null) dHidden = d;
                else for (int i = 0; i < d.data.length; i++) dHidden.data[i] += d.data[i];
            }
            if (dHidden != null) gates[gi].backwardTrunk(dHidden);
        }
    }
}
