package org.enecg.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import org.enecg.cache.EmbeddingRows;
import org.enecg.data.Task;
import org.enecg.nn.Matrix;
import org.enecg.nn.Param;
import org.enecg.nn.Pass;

/**
 * EnECG on cached expert outputs: for every expert i and task t a head {@code y_it = Head_it(x_i)}, a gate
 * {@code W_t = softmax(Gate_t(g))} over the gate input {@code g}, and the prediction {@code y_t = Σ_i W_it ·
 * y_it} (logits for classification, standardised values for regression; see {@link Combination}).
 *
 * <p>All parameters are created from {@link #initSeed()}, so frozen base weights need not be stored: a model
 * file holds the trainable ones and a hash of the frozen ones ({@link ModelFile}). Build one with
 * the trainer of the {@code train} package; load one with {@link ModelFile#load}.
 */
public final class EnEcgModel {
    /** Rows per chunk when predicting. */
    private static final int INFER_CHUNK = 256;

    private final ModelConfig config;
    private final List<Task> tasks;
    private final List<ExpertInfo> experts;
    private final int gateDim;
    private final String gateInput;
    private final List<FeatureScaler> featureScalers;
    private final List<TargetScaler> targetScalers;
    private final long initSeed;
    final Head[][] heads;
    private final HeadShape[][] headShapes;   // [expert][task]
    final Gate[] gates;            // empty with uniform weights
    private final ClassDecisions decisions;
    private ModelProvenance provenance;
    private List<ExpertOrigin> expertOrigins = List.of();
    private String origin = "model";

    /**
     * @param config         shape and adaptation
     * @param tasks          tasks, in output order
     * @param experts        experts, in the order heads are built
     * @param gateDim        width of the gate input (ignored, may be 0, when the combination is uniform)
     * @param gateInput      description of the gate input from the caller (leads, samples, preprocessing), stored verbatim
     * @param featureScalers one per expert
     * @param targetScalers  one per task (identity for classification)
     * @param initSeed       seed of every initial value, frozen or not
     */
    public EnEcgModel(ModelConfig config, List<Task> tasks, List<ExpertInfo> experts, int gateDim, String gateInput,
                      List<FeatureScaler> featureScalers, List<TargetScaler> targetScalers, long initSeed) {
        this(config, tasks, experts, gateDim, gateInput, featureScalers, targetScalers, initSeed, null);
    }

    /**
     * As the other constructor, with a shape per head.
     *
     * @param headShapes [expert][task] the shape of each head; null: every head has the configuration's shape
     */
    public EnEcgModel(ModelConfig config, List<Task> tasks, List<ExpertInfo> experts, int gateDim, String gateInput,
                      List<FeatureScaler> featureScalers, List<TargetScaler> targetScalers, long initSeed, HeadShape[][] headShapes) {
        this.config = Objects.requireNonNull(config, "config");
        this.tasks = List.copyOf(tasks);
        this.experts = List.copyOf(experts);
        this.gateInput = Objects.requireNonNull(gateInput, "gateInput");
        this.featureScalers = List.copyOf(featureScalers);
        this.targetScalers = List.copyOf(targetScalers);
        this.initSeed = initSeed;
        if (this.tasks.isEmpty()) throw new IllegalArgumentException("a model needs at least one task");
        if (this.experts.isEmpty()) throw new IllegalArgumentException("a model needs at least one expert");
        if (this.featureScalers.size() != this.experts.size()) {
            throw new IllegalArgumentException(this.experts.size() + " experts but " + this.featureScalers.size() + " feature scalers");
        }
        if (this.targetScalers.size() != this.tasks.size()) {
            throw new IllegalArgumentException(this.tasks.size() + " tasks but " + this.targetScalers.size() + " target scalers");
        }
        for (int e = 0; e < this.experts.size(); e++) {
            if (this.featureScalers.get(e).dim() != this.experts.get(e).dim()) {
                throw new IllegalArgumentException("expert " + this.experts.get(e).name() + ": scaler has " + this.featureScalers.get(e).dim()
                        + " features, expert has " + this.experts.get(e).dim());
            }
        }
        boolean gated = config.combination() == Combination.GATE;
        if (gated && gateDim < 1) throw new IllegalArgumentException("a gated model needs a gate input, found width " + gateDim);
        this.gateDim = gated ? gateDim : 0;
        if (headShapes != null && (headShapes.length != this.experts.size()
                || java.util.Arrays.stream(headShapes).anyMatch(r -> r == null || r.length != this.tasks.size()))) {
            throw new IllegalArgumentException("head shapes must be " + this.experts.size() + " experts x " + this.tasks.size() + " tasks");
        }
        heads = new Head[this.experts.size()][this.tasks.size()];
        this.headShapes = new HeadShape[this.experts.size()][this.tasks.size()];
        for (int e = 0; e < this.experts.size(); e++) {
            for (int t = 0; t < this.tasks.size(); t++) {
                String name = "head." + this.experts.get(e).name() + "." + this.tasks.get(t).name();
                HeadShape shape = headShapes == null ? HeadShape.of(config) : Objects.requireNonNull(headShapes[e][t], "head shape");
                this.headShapes[e][t] = shape;
                heads[e][t] = new Head(name, this.experts.get(e).dim(), this.tasks.get(t).outputSize(), shape.applyTo(config),
                        rngFor(initSeed, name));
            }
        }
        this.decisions = new ClassDecisions(this.tasks);
        if (!gated) {
            gates = new Gate[0];
        } else if (config.gateSharing() == GateSharing.PER_TASK) {
            gates = new Gate[this.tasks.size()];
            for (int t = 0; t < gates.length; t++) {
                String name = "gate." + this.tasks.get(t).name();
                gates[t] = new Gate(name, gateDim, this.experts.size(), List.of("w"), config, rngFor(initSeed, name));
            }
        } else {
            List<String> names = config.gateSharing() == GateSharing.SINGLE ? List.of("all")
                    : this.tasks.stream().map(Task::name).toList();
            gates = new Gate[] {new Gate("gate", gateDim, this.experts.size(), names, config, rngFor(initSeed, "gate"))};
        }
    }

    /**
     * The initialisation stream of one component: the init seed mixed with a stable hash (FNV-1a, 64 bit) of the
     * component's name. A head's initial weights then depend only on (seed, expert, task): the same head in a
     * single-expert model and in the ensemble starts identical, and adding an expert changes no other head.
     */
    static SplittableRandom rngFor(long initSeed, String component) {
        long h = 0xcbf29ce484222325L;
        for (byte b : component.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return new SplittableRandom(initSeed ^ h);
    }

    public ModelConfig config() { return config; }

    public List<Task> tasks() { return tasks; }

    public List<ExpertInfo> experts() { return experts; }

    public List<String> expertNames() { return experts.stream().map(ExpertInfo::name).toList(); }

    public int gateDim() { return gateDim; }

    /** The shape of the head of expert {@code e} for task {@code t}. */
    public HeadShape headShape(int e, int t) { return headShapes[e][t]; }

    /** Whether every head has the configuration's shape. */
    public boolean uniformHeadShapes() {
        HeadShape c = HeadShape.of(config);
        for (HeadShape[] row : headShapes) for (HeadShape h : row) if (!h.equals(c)) return false;
        return true;
    }

    /** How task {@code t}'s class is decided: {@link ClassDecision#BALANCED} when it has class priors, else ARGMAX. */
    public ClassDecision classDecision(int t) { return decisions.decision(t); }

    /** The log class frequencies task {@code t}'s balanced decision divides by (a copy), or null under ARGMAX. */
    public double[] classLogPrior(int t) { return decisions.logPrior(t); }

    /**
     * Sets task {@code t}'s decision: {@code logPrior} (one finite value per class, the log of each class's training
     * frequency; see {@link ClassPriors}) makes it {@link ClassDecision#BALANCED}: reported probabilities are
     * {@code softmax(logits - logPrior)}; null makes it {@link ClassDecision#ARGMAX}.
     *
     * @throws IllegalArgumentException for a regression task or a prior of the wrong size or with non-finite values
     */
    public void setClassDecision(int t, double[] logPrior) { decisions.set(t, logPrior); }

    public String gateInput() { return gateInput; }

    public List<FeatureScaler> featureScalers() { return featureScalers; }

    public List<TargetScaler> targetScalers() { return targetScalers; }

    public long initSeed() { return initSeed; }

    /** Provenance, or null before training has finished. */
    public ModelProvenance provenance() { return provenance; }

    public void setProvenance(ModelProvenance p) { this.provenance = p; }

    /** How to re-open each expert (empty when the model was built without that information). */
    public List<ExpertOrigin> expertOrigins() { return expertOrigins; }

    /**
     * Records how to re-open the experts (saved in the model file).
     *
     * @throws IllegalArgumentException unless there is one origin per expert, in the model's expert order
     */
    public void setExpertOrigins(List<ExpertOrigin> origins) {
        List<String> names = origins.stream().map(ExpertOrigin::name).toList();
        if (!origins.isEmpty() && !names.equals(expertNames())) {
            throw new IllegalArgumentException("expert origins " + names + " do not match the model's experts " + expertNames());
        }
        this.expertOrigins = List.copyOf(origins);
    }

    /** What error messages call this model: the file it was loaded from, or "model". */
    public String origin() { return origin; }

    void setOrigin(String origin) { this.origin = origin; }

    /** The gate task {@code t} uses (index into {@link #gates}). */
    int gateOf(int t) { return config.gateSharing() == GateSharing.PER_TASK ? t : 0; }

    /** The output layer of its gate that task {@code t} uses. */
    int gateOutputOf(int t) {
        return config.gateSharing() == GateSharing.SHARED_TRUNK ? t : 0;
    }

    /** Every parameter, frozen ones included: heads in (expert, task) order, then the gates. */
    public List<Param> parameters() {
        List<Param> ps = new ArrayList<>();
        for (Head[] row : heads) for (Head h : row) ps.addAll(h.parameters());
        for (Gate g : gates) ps.addAll(g.parameters());
        return ps;
    }

    /** The trainable parameters of the gates (empty with uniform weights). */
    public List<Param> gateParameters() {
        List<Param> ps = new ArrayList<>();
        for (Gate g : gates) ps.addAll(g.parameters());
        return ps.stream().filter(Param::trainable).toList();
    }

    /** Whether the experts are weighted by a learned gate. */
    public boolean gated() { return gates.length > 0; }

    /**
     * Copies the trained heads of a single-expert model of the same tasks into this model's heads for that expert
     * (the staged schedule). Both must have been built with the same init seed, so their frozen weights are equal;
     * this is checked.
     */
    public void copyHeadsFrom(EnEcgModel single) {
        for (int t = 0; t < tasks.size(); t++) copyHeadFrom(single, t, t);
    }

    /**
     * Copies the trained head of task {@code fromTask} of a single-expert model into this model's head of that expert for
     * task {@code toTask} (same task definition, same shape, same init seed: checked).
     */
    public void copyHeadFrom(EnEcgModel single, int fromTask, int toTask) {
        if (single.experts.size() != 1) throw new IllegalArgumentException("heads are copied from a single-expert model, got " + single.expertNames());
        ExpertInfo info = single.experts.get(0);
        int e = expertNames().indexOf(info.name());
        if (e < 0 || !experts.get(e).equals(info)) throw new IllegalArgumentException("expert " + info + " is not one of " + experts);
        if (!single.tasks.get(fromTask).equals(tasks.get(toTask))) {
            throw new IllegalArgumentException("tasks differ: " + single.tasks.get(fromTask) + " vs " + tasks.get(toTask));
        }
        if (!single.headShapes[0][fromTask].equals(headShapes[e][toTask])) {
            throw new IllegalArgumentException("head " + info.name() + "/" + tasks.get(toTask).name() + " is " + headShapes[e][toTask]
                    + ", the trained one " + single.headShapes[0][fromTask]);
        }
        FeatureScaler mine = featureScalers.get(e);
        FeatureScaler theirs = single.featureScalers.get(0);
        if (!java.util.Arrays.equals(mine.mean(), theirs.mean()) || !java.util.Arrays.equals(mine.std(), theirs.std())) {
            throw new IllegalArgumentException("expert " + info.name() + ": heads were trained on differently scaled features");
        }
        {
            List<Param> to = heads[e][toTask].parameters();
            List<Param> from = single.heads[0][fromTask].parameters();
            for (int i = 0; i < to.size(); i++) {
                Param dst = to.get(i);
                Param src = from.get(i);
                if (!dst.name().equals(src.name()) || dst.size() != src.size()) {
                    throw new IllegalStateException("head parameter " + src + " does not match " + dst);
                }
                if (dst.trainable()) {
                    System.arraycopy(src.value(), 0, dst.value(), 0, dst.size());
                } else if (!java.util.Arrays.equals(src.value(), dst.value())) {
                    throw new IllegalStateException("frozen weights of " + dst.name() + " differ: the models were not built from the same init seed");
                }
            }
        }
    }

    /**
     * The trainable parameters that only task {@code t} uses (its heads, and its gate when gates are per task),
     * or null when some trainable parameter is shared between tasks (a shared gate).
     */
    public List<Param> taskParameters(int t) {
        if (gates.length > 0 && config.gateSharing() != GateSharing.PER_TASK && tasks.size() > 1) return null;
        List<Param> ps = new ArrayList<>();
        for (Head[] row : heads) ps.addAll(row[t].parameters());
        if (gates.length > 0) ps.addAll(gates[gateOf(t)].parameters());
        return ps.stream().filter(Param::trainable).toList();
    }

    public List<Param> trainableParameters() {
        return parameters().stream().filter(Param::trainable).toList();
    }

    /**
     * Matches the table's experts to this model's (by name; fingerprint and size must agree; extra experts in
     * the table are ignored), standardises their outputs, and, when {@code precomputeFrozen} and the first
     * layers are frozen, computes those layers once for all rows.
     *
     * @throws IllegalArgumentException naming {@link #origin()} and the expert when the table does not fit
     */
    public PreparedInputs prepare(EmbeddingRows table, boolean precomputeFrozen) {
        return prepare(table, precomputeFrozen, null);
    }

    /**
     * As {@link #prepare(EmbeddingRows, boolean)}, taking frozen first-layer outputs from {@code cache} where another
     * model of the same init seed already computed them, and adding the ones it computes (null: no cache).
     */
    public PreparedInputs prepare(EmbeddingRows table, boolean precomputeFrozen, FrozenCache cache) {
        int n = table.size();
        Matrix[] x = new Matrix[experts.size()];
        int repaired = 0;
        for (int e = 0; e < experts.size(); e++) {
            ExpertInfo info = experts.get(e);
            int found = table.expertNames().indexOf(info.name());
            if (found < 0) {
                throw new IllegalArgumentException(origin + ": expert '" + info.name() + "' is not in the data; the data has "
                        + table.expertNames());
            }
            if (!table.fingerprint(found).equals(info.fingerprint())) {
                throw new IllegalArgumentException(origin + ": expert '" + info.name() + "' has fingerprint " + info.fingerprint()
                        + " in the model but " + table.fingerprint(found) + " in the data (a different model or preprocessing)");
            }
            if (n > 0 && table.dim(found) != info.dim()) {
                throw new IllegalArgumentException(origin + ": expert '" + info.name() + "' outputs " + info.dim()
                        + " values in the model but " + table.dim(found) + " in the data");
            }
            Matrix m = new Matrix(n, info.dim());
            double clip = config.standardiseFeatures() ? config.featureClip() : 0;
            for (int r = 0; r < n; r++) repaired += featureScalers.get(e).apply(table.row(found, r), m.data, r * info.dim(), clip);
            x[e] = m;
        }
        GateRows gate = GateRows.of(this, table, x);
        List<String> ids = table.recordIds();
        Matrix[][] headBase = precomputeFrozen && n > 0 ? FrozenLayers.heads(this, x, ids, cache) : null;
        Matrix[] gateBase = precomputeFrozen && n > 0 ? FrozenLayers.gates(this, gate, ids, cache) : null;
        return new PreparedInputs(this, table.recordIds(), x, gate.present() ? gate : null, headBase, gateBase, repaired + gate.repaired());
    }

    /**
     * Computes every head's output for every row once (inference, no dropout) and keeps it in {@code in}: from then
     * on forward passes use these outputs and never train the heads (the staged schedule's second stage, where
     * only the gate learns).
     */
    public void freezeHeads(PreparedInputs in) {
        in.headOutputs = headOutputs(in);
    }

    /**
     * Freezes the heads with outputs computed elsewhere: the gate then trains on these instead of this model's own
     * heads' outputs (cross-fitting: each row's outputs from heads that never saw it; see the train package).
     *
     * @param outputs [expert][task] one row per row of {@code in}, in this model's output space: standardised values
     *                for regression (this model's target scaling), logits (or log-probabilities) for classification
     */
    public void freezeHeads(PreparedInputs in, Matrix[][] outputs) {
        checkOwner(in);
        if (outputs.length != experts.size()) throw new IllegalArgumentException(outputs.length + " experts of head outputs, model has " + experts.size());
        for (int e = 0; e < experts.size(); e++) {
            if (outputs[e].length != tasks.size()) throw new IllegalArgumentException(outputs[e].length + " tasks of head outputs, model has " + tasks.size());
            for (int t = 0; t < tasks.size(); t++) {
                Matrix m = outputs[e][t];
                if (m.rows != in.size() || m.cols != tasks.get(t).outputSize()) {
                    throw new IllegalArgumentException("head outputs of " + experts.get(e).name() + "/" + tasks.get(t).name() + " are " + m.rows + "x"
                            + m.cols + ", expected " + in.size() + "x" + tasks.get(t).outputSize());
                }
            }
        }
        in.headOutputs = outputs;
    }

    /**
     * Every head's output for every row of {@code in} (inference): [expert][task], standardised values for regression,
     * logits for classification.
     */
    public Matrix[][] headOutputs(PreparedInputs in) {
        checkOwner(in);
        int n = in.size();
        Matrix[][] out = new Matrix[experts.size()][tasks.size()];
        int[] rows = allRows(n);
        for (int e = 0; e < experts.size(); e++) {
            for (int t = 0; t < tasks.size(); t++) {
                Matrix base = in.headBase != null ? in.headBase[e][t] : null;   // null for a fully trained head
                out[e][t] = n == 0 ? new Matrix(0, tasks.get(t).outputSize()) : heads[e][t].forward(in.experts[e].selectRows(rows), base, Pass.inference());
            }
        }
        return out;
    }

    /** Outputs for the given rows of prepared inputs (inference: no dropout). */
    public ModelOutputs infer(PreparedInputs in, int[] rows) {
        checkOwner(in);
        int nt = tasks.size();
        double[][][] values = new double[nt][rows.length][];
        double[][][] weights = new double[nt][rows.length][];
        for (int start = 0; start < rows.length; start += INFER_CHUNK) {
            int[] chunk = java.util.Arrays.copyOfRange(rows, start, Math.min(rows.length, start + INFER_CHUNK));
            BatchStep.Forward f = BatchStep.forward(this, in, chunk, Pass.inference(), null);
            for (int t = 0; t < nt; t++) {
                Matrix out = f.outputs()[t];
                Matrix w = f.weights()[t];
                boolean regression = !tasks.get(t).type().isClassification();
                Matrix probs = regression ? out : decisions.probabilities(t, out);
                for (int i = 0; i < chunk.length; i++) {
                    double[] v = new double[out.cols];
                    for (int k = 0; k < out.cols; k++) {
                        v[k] = regression ? targetScalers.get(t).unscale(out.get(i, k)) : probs.get(i, k);
                    }
                    values[t][start + i] = v;
                    double[] wi = new double[w.cols];
                    for (int k = 0; k < w.cols; k++) wi[k] = w.get(i, k);
                    weights[t][start + i] = wi;
                }
            }
        }
        List<String> ids = new ArrayList<>(rows.length);
        for (int r : rows) ids.add(in.recordIds.get(r));
        return new ModelOutputs(ids, values, weights);
    }

    /** Every task's output and the gate weights for every record of the table. */
    public List<Prediction> predict(EmbeddingRows table) {
        PreparedInputs in = prepare(table, false);
        ModelOutputs o = infer(in, allRows(table.size()));
        List<Prediction> out = new ArrayList<>(table.size());
        for (int i = 0; i < table.size(); i++) {
            Map<String, TaskOutput> byTask = new LinkedHashMap<>();
            for (int t = 0; t < tasks.size(); t++) {
                double[] v = o.values()[t][i];
                Map<String, Double> w = new LinkedHashMap<>();
                for (int e = 0; e < experts.size(); e++) w.put(experts.get(e).name(), o.gateWeights()[t][i][e]);
                boolean regression = !tasks.get(t).type().isClassification();
                double value = regression ? v[0] : argmax(v);
                byTask.put(tasks.get(t).name(), new TaskOutput(value, regression ? new double[0] : v, w));
            }
            out.add(new Prediction(o.recordIds().get(i), byTask));
        }
        return out;
    }

    void checkOwner(PreparedInputs in) {
        if (in.model != this) throw new IllegalArgumentException("prepared inputs belong to another model");
    }

    static int argmax(double[] v) {
        int best = 0;
        for (int k = 1; k < v.length; k++) if (v[k] > v[best]) best = k;
        return best;
    }

    static int[] allRows(int n) {
        int[] r = new int[n];
        for (int i = 0; i < n; i++) r[i] = i;
        return r;
    }
}
