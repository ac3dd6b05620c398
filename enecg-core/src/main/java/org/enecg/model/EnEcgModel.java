package org.enecg.model;

import java.util.List;
import java.util.Objects;
import org.enecg.cache.EmbeddingRows;
import org.enecg.data.Task;
import org.enecg.nn.Param;

/**
 * EnECG on cached expert outputs, an immutable value built once by its {@link Builder}: for every expert i and task t
 * a head {@code y_it = Head_it(x_i)}, a gate {@code W_t = softmax(Gate_t(g))} over the gate input {@code g}, and the
 * prediction {@code y_t = Σ_i W_it · y_it} (logits for classification, standardised values for regression; see
 * {@link Combination}), held by its {@link Network}; beside it the feature and target scalers, the class decisions and
 * the provenance.
 *
 * <p>All parameters are created from {@link #initSeed()}, so frozen base weights need not be stored: a model file
 * holds the trainable ones and a hash of the frozen ones ({@link ModelFile}). Build one with the trainer of the
 * {@code train} package; load one with {@link ModelFile#load}. The {@code with...} methods return a new model sharing
 * this one's network.
 */
public final class EnEcgModel {
    private final ModelConfig config;
    private final List<Task> tasks;
    private final List<ExpertInfo> experts;
    private final int gateDim;
    private final String gateInput;
    private final List<FeatureScaler> featureScalers;
    private final List<TargetScaler> targetScalers;
    private final long initSeed;
    private final Network network;
    private final ClassDecisions decisions;
    private final ModelProvenance provenance;
    private final List<ExpertOrigin> expertOrigins;
    private final String origin;

    EnEcgModel(Builder b, Network network, ClassDecisions decisions) {
        this.config = b.config;
        this.tasks = b.tasks;
        this.experts = b.experts;
        this.gateDim = b.config.combination() == Combination.GATE ? b.gateDim : 0;
        this.gateInput = b.gateInput;
        this.featureScalers = b.featureScalers;
        this.targetScalers = b.targetScalers;
        this.initSeed = b.initSeed;
        this.network = network;
        this.decisions = decisions;
        this.provenance = b.provenance;
        this.expertOrigins = b.expertOrigins;
        this.origin = b.origin;
    }

    /** A builder of a model of these tasks over these experts (in the order heads are built). */
    public static Builder builder(ModelConfig config, List<Task> tasks, List<ExpertInfo> experts) {
        return new Builder(config, tasks, experts);
    }

    /** A builder holding everything this model holds; what it builds shares this model's network unless its shape changes. */
    private Builder toBuilder() {
        Builder b = builder(config, tasks, experts).gate(gateDim, gateInput).featureScalers(featureScalers).targetScalers(targetScalers)
                .initSeed(initSeed).provenance(provenance).origin(origin);
        b.expertOrigins = expertOrigins;
        b.shapes = ModelBuild.shapesOf(network, experts.size(), tasks.size());
        b.network = network;
        b.decisions = decisions;
        return b;
    }

    public ModelConfig config() { return config; }

    public List<Task> tasks() { return tasks; }

    public List<ExpertInfo> experts() { return experts; }

    public List<String> expertNames() { return experts.stream().map(ExpertInfo::name).toList(); }

    public int gateDim() { return gateDim; }

    public String gateInput() { return gateInput; }

    public List<FeatureScaler> featureScalers() { return featureScalers; }

    public List<TargetScaler> targetScalers() { return targetScalers; }

    public long initSeed() { return initSeed; }

    /** The heads and gates. */
    public Network network() { return network; }

    /** The shape of the head of expert {@code e} for task {@code t}. */
    public HeadShape headShape(int e, int t) { return network.headShape(e, t); }

    /** Whether every head has the configuration's shape. */
    public boolean uniformHeadShapes() {
        HeadShape c = HeadShape.of(config);
        for (int e = 0; e < experts.size(); e++) for (int t = 0; t < tasks.size(); t++) if (!headShape(e, t).equals(c)) return false;
        return true;
    }

    public ClassDecisions decisions() { return decisions; }

    /** How task {@code t}'s class is decided: {@link ClassDecision#BALANCED} when it has class priors, else ARGMAX. */
    public ClassDecision classDecision(int t) { return decisions.decision(t); }

    /** The log class frequencies task {@code t}'s balanced decision divides by (a copy), or null under ARGMAX. */
    public double[] classLogPrior(int t) { return decisions.logPrior(t); }

    /** This model with task {@code t}'s decision set (see {@link ClassDecisions#with}). */
    public EnEcgModel withClassDecision(int t, double[] logPrior) { return withDecisions(decisions.with(t, logPrior)); }

    /** This model with these class decisions. */
    public EnEcgModel withDecisions(ClassDecisions d) {
        Builder b = toBuilder();
        b.decisions = Objects.requireNonNull(d, "decisions");
        return b.build();
    }

    /** Provenance, or null for a model not (yet) trained. */
    public ModelProvenance provenance() { return provenance; }

    public EnEcgModel withProvenance(ModelProvenance p) { return toBuilder().provenance(p).build(); }

    /** How to re-open each expert (empty when the model was built without that information). */
    public List<ExpertOrigin> expertOrigins() { return expertOrigins; }

    /**
     * This model with how to re-open its experts (saved in the model file).
     *
     * @throws IllegalArgumentException unless there is one origin per expert, in the model's expert order
     */
    public EnEcgModel withExpertOrigins(List<ExpertOrigin> origins) { return toBuilder().expertOrigins(origins).build(); }

    /** What error messages call this model: the file it was loaded from, or "model". */
    public String origin() { return origin; }

    EnEcgModel withOrigin(String o) { return toBuilder().origin(o).build(); }

    /** Every parameter, frozen ones included: heads in (expert, task) order, then the gates. */
    public List<Param> parameters() { return network.parameters(); }

    public List<Param> trainableParameters() { return network.trainableParameters(); }

    /** The trainable parameters of the gates (empty with uniform weights). */
    public List<Param> gateParameters() { return network.gateParameters(); }

    /** See {@link Network#taskParameters}. */
    public List<Param> taskParameters(int t) { return network.taskParameters(t); }

    /** Whether the experts are weighted by a learned gate. */
    public boolean gated() { return network.gated(); }

    /**
     * Matches the rows' experts to this model's (by name; fingerprint and size must agree; extra experts are ignored)
     * and, when {@code precomputeFrozen} and the first layers are frozen, computes those layers once for all rows.
     *
     * @throws IllegalArgumentException naming {@link #origin()} and the expert when the rows do not fit
     */
    public PreparedInputs prepare(EmbeddingRows rows, boolean precomputeFrozen) { return prepare(rows, precomputeFrozen, null); }

    /**
     * As {@link #prepare(EmbeddingRows, boolean)}, taking frozen first-layer outputs from {@code cache} where another
     * model of the same init seed already computed them, and adding the ones it computes (null: no cache).
     */
    public PreparedInputs prepare(EmbeddingRows rows, boolean precomputeFrozen, FrozenCache cache) {
        return Inference.prepare(this, rows, precomputeFrozen, cache);
    }

    /** Outputs for the given rows of prepared inputs (inference: no dropout). */
    public ModelOutputs infer(PreparedInputs in, int[] rows) { return Inference.infer(this, in, null, rows); }

    /** As {@link #infer(PreparedInputs, int[])}, combining the given head outputs instead of running the heads (see {@link BatchStep}). */
    public ModelOutputs infer(PreparedInputs in, org.enecg.nn.Matrix[][] fixedHeads, int[] rows) { return Inference.infer(this, in, fixedHeads, rows); }

    /** Every head's output for every row of {@code in} (inference): [expert][task], standardised values for regression, logits for classification. */
    public org.enecg.nn.Matrix[][] headOutputs(PreparedInputs in) { return Inference.headOutputs(this, in); }

    /** Every task's output and the gate weights for every record of the rows. */
    public List<Prediction> predict(EmbeddingRows rows) { return Inference.predict(this, rows); }

    void checkOwner(PreparedInputs in) {
        if (!in.belongsTo(this)) throw new IllegalArgumentException("prepared inputs belong to another model");
    }

    /** How a model is put together; {@link #build} checks every part. */
    public static final class Builder {
        final ModelConfig config;
        final List<Task> tasks;
        final List<ExpertInfo> experts;
        int gateDim;
        String gateInput = "";
        List<FeatureScaler> featureScalers;
        List<TargetScaler> targetScalers;
        long initSeed;
        HeadShape[][] shapes;
        ModelProvenance provenance;
        List<ExpertOrigin> expertOrigins = List.of();
        String origin = "model";
        Network network;
        ClassDecisions decisions;
        final List<ModelBuild.HeadCopy> copies = new java.util.ArrayList<>();

        private Builder(ModelConfig config, List<Task> tasks, List<ExpertInfo> experts) {
            this.config = Objects.requireNonNull(config, "config");
            this.tasks = List.copyOf(tasks);
            this.experts = List.copyOf(experts);
        }

        /** The gate's input width (ignored when the combination is uniform) and its description (stored verbatim). */
        public Builder gate(int width, String description) {
            this.gateDim = width;
            this.gateInput = Objects.requireNonNull(description, "gate input description");
            return this;
        }

        /** One per expert. */
        public Builder featureScalers(List<FeatureScaler> s) { this.featureScalers = List.copyOf(s); return this; }

        /** One per task (identity for classification). */
        public Builder targetScalers(List<TargetScaler> s) { this.targetScalers = List.copyOf(s); return this; }

        /** The seed of every initial value, frozen or not. */
        public Builder initSeed(long seed) { this.initSeed = seed; return this; }

        /** [expert][task] the shape of each head; null: every head has the configuration's shape. */
        public Builder headShapes(HeadShape[][] s) { this.shapes = s; return this; }

        public Builder decisions(ClassDecisions d) { this.decisions = d; return this; }

        public Builder provenance(ModelProvenance p) { this.provenance = p; return this; }

        public Builder expertOrigins(List<ExpertOrigin> o) { this.expertOrigins = List.copyOf(o); return this; }

        Builder origin(String o) { this.origin = o; return this; }

        /**
         * The trained head of task {@code fromTask} of a single-expert model goes into this model's head of that expert
         * for task {@code toTask} (same task, same shape, same feature scaling and init seed: checked at {@link #build}).
         */
        public Builder headFrom(EnEcgModel single, int fromTask, int toTask) {
            copies.add(new ModelBuild.HeadCopy(single, fromTask, toTask));
            return this;
        }

        /** Every head of a single-expert model of the same tasks. */
        public Builder headsFrom(EnEcgModel single) {
            for (int t = 0; t < tasks.size(); t++) headFrom(single, t, t);
            return this;
        }

        public EnEcgModel build() { return ModelBuild.build(this); }
    }
}
