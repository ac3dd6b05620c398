package org.enecg.serve;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.enecg.cache.ExpertRegistry;
import org.enecg.expert.Expert;
import org.enecg.expert.ExpertSpec;
import org.enecg.expert.Fit;
import org.enecg.expert.GateInput;
import org.enecg.io.Record;
import org.enecg.model.EnEcgModel;
import org.enecg.model.ModelFile;
import org.enecg.model.Prediction;
import org.enecg.pipeline.ExpertSet;
import org.enecg.pipeline.ModelExperts;
import org.enecg.pipeline.Pipeline;
import org.enecg.pipeline.Predictor;

/**
 * A saved model with its experts, opened once (ONNX sessions included) and shared by every request: predictions go
 * through {@link Predictor}, the same expert calls and model as {@code enecg predict}, computed in memory for each
 * request (never recalled from an earlier upload).
 */
public final class ModelService implements AutoCloseable {
    /** Records shorter than this are refused whatever the experts read: too few beats for the rhythm features. */
    static final double MIN_SECONDS_FLOOR = 2.0;

    private final String name;
    private final EnEcgModel model;
    private final ExpertSet experts;
    private final GateInput gate;
    private final double minSeconds;

    private ModelService(String name, EnEcgModel model, ExpertSet experts, GateInput gate) {
        this.name = name;
        this.model = model;
        this.experts = experts;
        this.gate = gate;
        List<Expert> all = new ArrayList<>(experts.experts());
        all.add(gate);
        this.minSeconds = minimumSeconds(all);
    }

    /**
     * Loads a model file and opens its experts, checked against the model as {@code enecg predict} does.
     *
     * @param name the model's name in the API ({@code /v2/models/NAME})
     * @param home the installation folder (where built-in expert weights and model cards are found)
     */
    public static ModelService open(Path modelFile, String name, Path home) throws IOException {
        EnEcgModel m = ModelFile.load(modelFile);
        GateInput gate = Pipeline.gateInput();
        ExpertSet set = ModelExperts.reopen(m, ExpertRegistry.standard(home), home, gate);
        return new ModelService(name, m, set, gate);
    }

    public String name() { return name; }

    public EnEcgModel model() { return model; }

    /** The shortest record accepted, in seconds. */
    public double minSeconds() { return minSeconds; }

    /**
     * Half the longest window an expert reads (a shorter record would be more than half padding), and never below
     * {@link #MIN_SECONDS_FLOOR}. Experts that read the whole record or resample it to a fixed length set no minimum.
     */
    static double minimumSeconds(List<? extends Expert> experts) {
        double longest = 0;
        for (Expert e : experts) {
            ExpertSpec s = e.spec();
            if ((s.fit() == Fit.CROP || s.fit() == Fit.WINDOWS) && s.samples() > 0 && s.fs() > 0) longest = Math.max(longest, s.samples() / s.fs());
        }
        return Math.max(MIN_SECONDS_FLOOR, longest / 2);
    }

    /**
     * Every task's answer for one record, with the gate weights.
     *
     * @throws ApiError 422 when an expert cannot use the record
     */
    public Prediction predict(Record record) {
        try {
            return Predictor.predictOne(model, experts, gate, record);
        } catch (IllegalArgumentException e) {
            throw ApiError.unprocessable(record.id() + ": " + e.getMessage());
        }
    }

    @Override
    public void close() { experts.close(); }
}
