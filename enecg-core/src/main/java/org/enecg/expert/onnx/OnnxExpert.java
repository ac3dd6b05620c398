package org.enecg.expert.onnx;

import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.enecg.expert.Expert;
import org.enecg.expert.ExpertException;
import org.enecg.expert.ExpertSpec;
import org.enecg.expert.Fingerprint;

/**
 * An expert backed by one ONNX model, or by several (a fold ensemble, outputs averaged), run with ONNX Runtime on
 * the CPU and described by a {@link ModelCard}. Opening checks the model against the card (input and output names,
 * element types, ranks, fixed dimensions, constant inputs) and fails with a message naming both files. Items are
 * run in batches of the card's {@code max_batch}, or of the model's fixed batch size (padded with zero items).
 *
 * <p>Sessions are shared by all threads (ONNX Runtime allows concurrent {@code run} calls); each session uses
 * {@code intraOpThreads} threads, 1 by default, because the embedding run already parallelises over records.
 * {@link #close()} releases them.
 */
public final class OnnxExpert implements Expert {

    private static final String VERSION = "1";

    private final ModelCard card;
    private final List<OrtSession> sessions;
    private final OrtEnvironment env;
    private final Fingerprint fingerprint;
    private final int fixedBatch;
    private final int itemOutputs;
    private final Map<String, TensorInfo> constantInfo;

    private OnnxExpert(ModelCard card, List<OrtSession> sessions, OrtEnvironment env, Fingerprint fingerprint,
                       int fixedBatch, Map<String, TensorInfo> constantInfo) {
        this.card = card;
        this.sessions = sessions;
        this.env = env;
        this.fingerprint = fingerprint;
        this.fixedBatch = fixedBatch;
        this.itemOutputs = card.spec().itemOutputNames().size();
        this.constantInfo = constantInfo;
    }

    /** Reads the card and opens its model(s) with one intra-op thread per session. */
    public static OnnxExpert load(Path cardFile) throws IOException {
        return open(ModelCard.read(cardFile), 1);
    }

    /**
     * Opens the card's model file(s) and checks them against it.
     *
     * @throws ModelCardException when a model file is missing, corrupt, or does not match the card
     */
    public static OnnxExpert open(ModelCard card, int intraOpThreads) throws IOException {
        if (intraOpThreads < 1) throw new IllegalArgumentException("intraOpThreads must be at least 1, found " + intraOpThreads);
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        List<OrtSession> sessions = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        int fixedBatch = 0;
        Map<String, TensorInfo> constantInfo = new HashMap<>();
        try {
            for (Path model : card.models()) {
                if (!Files.isRegularFile(model)) {
                    throw new ModelCardException(card.file(), "model file " + model + " does not exist");
                }
                hashes.add(Fingerprint.sha256Hex(model));
                OrtSession s = createSession(env, model, card, intraOpThreads);
                sessions.add(s);
                int fb = ModelCheck.check(card, model, s, constantInfo);
                if (sessions.size() > 1 && fb != fixedBatch) {
                    throw new ModelCardException(card.file(), "fold models disagree on the batch size: " + model);
                }
                fixedBatch = fb;
            }
        } catch (IOException | RuntimeException e) {
            for (OrtSession s : sessions) closeQuietly(s);
            throw e;
        }
        Map<String, String> params = new LinkedHashMap<>();
        params.put("onnx.input", card.inputName());
        params.put("onnx.axes", card.axes().key());
        params.put("onnx.output", card.outputName());
        params.put("onnx.activation", card.activation().key());
        List<String> consts = new ArrayList<>();
        for (ConstantInput c : card.constantInputs()) consts.add(c.describe());
        params.put("onnx.constant_inputs", String.join(";", consts));
        params.put("onnx.models", Integer.toString(card.models().size()));
        Fingerprint fp = Fingerprint.of(card.name(), card.version() + "/onnx-expert-" + VERSION, card.spec(), params,
                String.join(",", hashes));
        return new OnnxExpert(card, List.copyOf(sessions), env, fp, fixedBatch, constantInfo);
    }

    private static OrtSession createSession(OrtEnvironment env, Path model, ModelCard card, int threads)
            throws ModelCardException {
        try (OrtSession.SessionOptions opts = new OrtSession.SessionOptions()) {
            opts.setIntraOpNumThreads(threads);
            opts.setInterOpNumThreads(1);
            opts.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            return env.createSession(model.toString(), opts);
        } catch (OrtException e) {
            throw new ModelCardException(model, "ONNX Runtime cannot load this model (named in " + card.file() + "): "
                    + e.getMessage(), e);
        }
    }

    public ModelCard card() { return card; }

    @Override
    public List<String> trainingData() { return card.trainingData(); }

    @Override public String name() { return card.name(); }

    @Override public ExpertSpec spec() { return card.spec(); }

    @Override public Fingerprint fingerprint() { return fingerprint; }

    /** The batch size the model's input fixes, or 0 when its batch axis is dynamic. */
    public int fixedBatch() { return fixedBatch; }

    @Override
    public float[][] computeItems(List<float[][]> items) {
        int channels = card.spec().itemChannels();
        for (int i = 0; i < items.size(); i++) {
            float[][] item = items.get(i);
            if (item.length != channels) {
                throw new ExpertException(card.name() + ": item " + i + " has " + item.length + " lead(s), the card ("
                        + card.file() + ") reads " + channels);
            }
            for (float[] lead : item) {
                if (lead.length != item[0].length) throw new ExpertException(card.name() + ": item " + i + " has leads of different lengths");
            }
        }
        float[][] out = new float[items.size()][];
        int start = 0;
        while (start < items.size()) {
            int len = items.get(start)[0].length;
            int limit = fixedBatch > 0 ? fixedBatch : card.maxBatch();
            int end = start + 1;
            while (end < items.size() && end - start < limit && items.get(end)[0].length == len) end++;
            float[][] batch = runAllModels(items.subList(start, end), len);
            System.arraycopy(batch, 0, out, start, batch.length);
            start = end;
        }
        return out;
    }

    /** Runs one batch of equal-length items through every model; the folds' activated outputs are averaged. */
    private float[][] runAllModels(List<float[][]> items, int samples) {
        int real = items.size();
        int b = fixedBatch > 0 ? fixedBatch : real;
        int channels = card.spec().itemChannels();
        long[] shape = card.axes().shape(b, channels, samples);
        float[] data = pack(items, b, channels, samples);
        double[][] sum = new double[real][itemOutputs];
        for (int m = 0; m < sessions.size(); m++) {
            float[][] o = runOne(m, data, shape, b, real);
            for (int i = 0; i < real; i++) {
                card.activation().applyInPlace(o[i]);
                for (int j = 0; j < itemOutputs; j++) sum[i][j] += o[i][j];
            }
        }
        float[][] out = new float[real][itemOutputs];
        for (int i = 0; i < real; i++) for (int j = 0; j < itemOutputs; j++) out[i][j] = (float) (sum[i][j] / sessions.size());
        return out;
    }

    /** The items as one C-order array in the card's axis order; items beyond {@code items.size()} are zeros. */
    private float[] pack(List<float[][]> items, int b, int channels, int samples) {
        float[] data = new float[b * channels * samples];
        boolean leadsLast = card.axes() == Axes.BATCH_SAMPLES_LEADS;
        for (int i = 0; i < items.size(); i++) {
            float[][] item = items.get(i);
            int base = i * channels * samples;
            for (int c = 0; c < channels; c++) {
                float[] lead = item[c];
                if (!leadsLast) {
                    System.arraycopy(lead, 0, data, base + c * samples, samples);
                } else {
                    for (int t = 0; t < samples; t++) data[base + t * channels + c] = lead[t];
                }
            }
        }
        return data;
    }

    private float[][] runOne(int m, float[] data, long[] shape, int b, int real) {
        Path model = card.models().get(m);
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            inputs.put(card.inputName(), OnnxTensor.createTensor(env, FloatBuffer.wrap(data), shape));
            for (ConstantInput c : card.constantInputs()) {
                inputs.put(c.name(), ModelCheck.constantTensor(env, c, constantInfo.get(c.name()), b));
            }
            try (OrtSession.Result result = sessions.get(m).run(inputs)) {
                Optional<OnnxValue> v = result.get(card.outputName());
                if (v.isEmpty() || !(v.get() instanceof OnnxTensor t) || t.getInfo().type != OnnxJavaType.FLOAT) {
                    throw new ExpertException(model + ": output '" + card.outputName() + "' is missing or not a float tensor");
                }
                FloatBuffer fb = t.getFloatBuffer();
                if (fb.remaining() != (long) b * itemOutputs) {
                    throw new ExpertException(model + ": output '" + card.outputName() + "' has shape "
                            + Arrays.toString(t.getInfo().getShape()) + " for input " + Arrays.toString(shape)
                            + "; the card (" + card.file().getFileName() + ") expects " + itemOutputs + " values per item");
                }
                float[][] out = new float[real][itemOutputs];
                for (int i = 0; i < real; i++) fb.get(out[i]);
                return out;
            }
        } catch (OrtException e) {
            throw new ExpertException(model + ": ONNX Runtime failed on input '" + card.inputName() + "' "
                    + Arrays.toString(shape) + ": " + e.getMessage(), e);
        } finally {
            for (OnnxTensor t : inputs.values()) t.close();
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

    @Override public String toString() { return "OnnxExpert[" + card.name() + ", " + card.models() + "]"; }
}
