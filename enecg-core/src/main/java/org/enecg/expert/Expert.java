package org.enecg.expert;

import java.util.ArrayList;
import java.util.List;
import org.enecg.io.Record;

/**
 * A frozen model that turns one ECG record into one float vector (DESIGN.md sections 2 and 4). An expert
 * declares what it reads and returns ({@link #spec()}), computes outputs for prepared items
 * ({@link #computeItems}), and leaves lead selection, resampling, normalisation, segmentation and pooling to the
 * shared code ({@link ExpertInput}, {@link Pooling}), so no expert repeats them.
 *
 * <h2>Fingerprint</h2>
 * Cached outputs are keyed by {@link #fingerprint()}, so it must change whenever the outputs could: the expert's
 * name; the version of its code (bump it when the algorithm changes); its whole input spec
 * ({@link ExpertSpec#describe()}: leads and their order, rate or length, fit, padding, units, filters,
 * normalisation, missing-lead policy, pooling, output names); every parameter (seeds, kernel counts, model-card
 * fields such as input and output names, activation, constant inputs); and the SHA-256 of its weights (every
 * model file, in order). Two experts with equal fingerprints must give equal outputs for every record.
 *
 * <h2>Threads</h2>
 * {@link #computeItems} and {@link #embed} may be called from several threads at once. The output row of a
 * record must not depend on the other records in the same call beyond floating-point rounding (native kernels such
 * as ONNX Runtime's pick different code paths by batch size, which changes the last bits). The embedding runner
 * therefore computes each record in a call of its own, so cached values are bit-for-bit the same whatever the
 * number of threads or the order of records.
 */
public interface Expert extends AutoCloseable {

    /** A short stable name: used in feature names, cache paths, reports and gate weights. */
    default String name() { return fingerprint().name(); }

    /** What the expert reads and returns. */
    ExpertSpec spec();

    /** Everything that determines its outputs. */
    Fingerprint fingerprint();

    /**
     * The data sets the expert's parameters were fitted or trained on, as source-database names (a model card's
     * {@code training_data}; a fitted built-in's parameter file records the databases of its fitting records). Empty for
     * an expert that learned nothing from data. The evaluation's "unseen" subset excludes every database named here.
     */
    default List<String> trainingData() { return List.of(); }

    /** Size of a record's output vector. */
    default int outputSize() { return spec().outputSize(); }

    /**
     * One output vector per item, each of {@code spec().itemOutputNames().size()} values; items are
     * {@code [spec().itemChannels()][samples]} as {@link ExpertInput#items()} makes them.
     *
     * @throws ExpertException when the computation fails; the message names the model file and input shape
     */
    float[][] computeItems(List<float[][]> items);

    /** The output of one prepared record: its items computed, then pooled. */
    default float[] embed(ExpertInput input) {
        float[][] out = computeItems(input.items());
        if (out.length != input.items().size()) {
            throw new ExpertException(name() + ": returned " + out.length + " outputs for " + input.items().size() + " items");
        }
        return spec().pooling().pool(out);
    }

    /**
     * One output row per record, in order: each record prepared by {@link ExpertInput#prepare}, its items computed,
     * then pooled. All items of the batch go to one {@link #computeItems} call.
     *
     * @throws IllegalArgumentException when a record cannot be prepared (the message names its file)
     */
    default float[][] embed(List<Record> records) {
        List<ExpertInput> inputs = new ArrayList<>(records.size());
        List<float[][]> items = new ArrayList<>();
        for (Record r : records) {
            ExpertInput in = ExpertInput.prepare(r, spec());
            inputs.add(in);
            items.addAll(in.items());
        }
        float[][] out = computeItems(items);
        if (out.length != items.size()) {
            throw new ExpertException(name() + ": returned " + out.length + " outputs for " + items.size() + " items");
        }
        float[][] rows = new float[records.size()][];
        int at = 0;
        for (int r = 0; r < inputs.size(); r++) {
            int k = inputs.get(r).items().size();
            rows[r] = spec().pooling().pool(java.util.Arrays.copyOfRange(out, at, at + k));
            at += k;
        }
        return rows;
    }

    /** Releases native resources (ONNX sessions); the expert cannot be used afterwards. */
    @Override default void close() {}
}
