package org.enecg.expert.onnx;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ONNX Runtime sessions of one card's model files, checked against the card ({@link ModelCheck}). Opening them
 * is the expensive part of an ONNX expert (the native library, graph optimisation): {@link OnnxExpert} opens them on
 * first use, so a run whose outputs are all cached never pays for it.
 *
 * <p>Session settings, chosen for many small calls from several record-level threads (docs/benchmarks/throughput.md):
 * every graph optimisation ({@code ALL_OPT}, ONNX Runtime's own default, set explicitly so an upgrade cannot lower
 * it), {@code intraOpThreads} threads per call (1 while the embedding runner parallelises over records, so 2 cores are
 * never oversubscribed; with more, idle pool threads sleep rather than spin), no inter-op pool, sequential execution,
 * memory-pattern planning on.
 *
 * @param sessions     one per model file, in card order
 * @param fixedBatch   the batch size the models fix, or 0 when their batch axis is dynamic
 * @param constantInfo declared type of each constant input
 */
record OnnxSessions(OrtEnvironment env, List<OrtSession> sessions, int fixedBatch, Map<String, TensorInfo> constantInfo)
        implements AutoCloseable {

    /**
     * Opens and checks every model file of the card.
     *
     * @throws ModelCardException when a model file cannot be loaded or does not match the card
     */
    static OnnxSessions open(ModelCard card, int intraOpThreads) throws ModelCardException {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        List<OrtSession> sessions = new ArrayList<>();
        Map<String, TensorInfo> constantInfo = new HashMap<>();
        int fixedBatch = 0;
        try {
            for (Path model : card.models()) {
                OrtSession s = create(env, model, card, intraOpThreads);
                sessions.add(s);
                int fb = ModelCheck.check(card, model, s, constantInfo);
                if (sessions.size() > 1 && fb != fixedBatch) {
                    throw new ModelCardException(card.file(), "fold models disagree on the batch size: " + model);
                }
                fixedBatch = fb;
            }
        } catch (ModelCardException | RuntimeException e) {
            for (OrtSession s : sessions) closeQuietly(s);
            throw e;
        }
        return new OnnxSessions(env, List.copyOf(sessions), fixedBatch, Map.copyOf(constantInfo));
    }

    private static OrtSession create(OrtEnvironment env, Path model, ModelCard card, int threads) throws ModelCardException {
        try (OrtSession.SessionOptions opts = new OrtSession.SessionOptions()) {
            opts.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            opts.setIntraOpNumThreads(threads);
            opts.setInterOpNumThreads(1);
            opts.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            opts.setMemoryPatternOptimization(true);
            // Idle pool threads sleep instead of spinning: a spinning pool took 4x longer on the busy 2-core machine.
            if (threads > 1) opts.addConfigEntry("session.intra_op.allow_spinning", "0");
            return env.createSession(model.toString(), opts);
        } catch (OrtException e) {
            throw new ModelCardException(model, "ONNX Runtime cannot load this model (named in " + card.file() + "): "
                    + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        for (OrtSession s : sessions) closeQuietly(s);
    }

    private static void closeQuietly(OrtSession s) {
        try {
            s.close();
        } catch (OrtException e) {
            // Closing a session only frees native memory; nothing the caller could do about a failure here.
        }
    }
}
