package org.enecg.expert.onnx;

import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
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
 * {@code intraOpThreads} threads, 1 by default, because the embedding runner already parallelises over records
 * ({@link OnnxSessions} has the settings). {@link #openLazily} defers the sessions to the first computation, so a run
 * that finds every output cached never loads ONNX Runtime; the fingerprint (card and SHA-256 of the model files) is
 * known without them. Inputs are packed into one reused direct buffer per thread, which ONNX Runtime reads in place.
 * {@link #close()} releases the sessions.
 */
public final class OnnxExpert implements Expert {

    private static final String VERSION = "1";

    private final ModelCard card;
    private final int intraOpThreads;
    private final Fingerprint fingerprint;
    private final int itemOutputs;
    private final ThreadLocal<FloatBuffer> inputBuffer = new ThreadLocal<>();
    private volatile OnnxSessions sessions;
    private boolean closed;

    private OnnxExpert(ModelCard card, int intraOpThreads, Fingerprint fingerprint) {
        this.card = card;
        this.intraOpThreads = intraOpThreads;
        this.fingerprint = fingerprint;
        this.itemOutputs = card.spec().itemOutputNames().size();
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
        OnnxExpert e = openLazily(card, intraOpThreads);
        e.sessions();
        return e;
    }

    /**
     * The expert with its fingerprint, its sessions opened (and checked against the card) on the first computation.
     * A mismatch then surfaces as an {@link java.io.UncheckedIOException} around the {@link ModelCardException}, which
     * the embedding runner treats as fatal, not as a bad record.
     *
     * @throws ModelCardException when a model file is missing or unreadable
     */
    public static OnnxExpert openLazily(ModelCard card, int intraOpThreads) throws IOException {
        if (intraOpThreads < 1) throw new IllegalArgumentException("intraOpThreads must be at least 1, found " + intraOpThreads);
        List<String> hashes = new ArrayList<>();
        for (Path model : card.models()) {
            if (!Files.isRegularFile(model)) {
                throw new ModelCardException(card.file(), "model file " + model + " does not exist");
            }
            hashes.add(Fingerprint.sha256Hex(model));
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
        return new OnnxExpert(card, intraOpThreads, fp);
    }

    /** The sessions, opened on first use. */
    private OnnxSessions sessions() throws ModelCardException {
        OnnxSessions s = sessions;
        if (s != null) return s;
        synchronized (this) {
            if (closed) throw new IllegalStateException(card.name() + ": the expert is closed");
            if (sessions == null) sessions = OnnxSessions.open(card, intraOpThreads);
            return sessions;
        }
    }

    private OnnxSessions openedSessions() {
        try {
            return sessions();
        } catch (ModelCardException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Whether the sessions have been opened (for tests and benchmarks of lazy opening). */
    public boolean sessionsOpen() { return sessions != null; }

    public ModelCard card() { return card; }

    @Override
    public List<String> trainingData() { return card.trainingData(); }

    @Override public String name() { return card.name(); }

    @Override public ExpertSpec spec() { return card.spec(); }

    @Override public Fingerprint fingerprint() { return fingerprint; }

    /** The batch size the model's input fixes, or 0 when its batch axis is dynamic (opens the sessions). */
    public int fixedBatch() { return openedSessions().fixedBatch(); }

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
        int fixedBatch = openedSessions().fixedBatch();
        float[][] out = new float[items.size()][];
        int start = 0;
        while (start < items.size()) {
            int len = items.get(start)[0].length;
            int limit = fixedBatch > 0 ? fixedBatch : card.maxBatch();
            int end = start + 1;
            while (end < items.size() && end - start < limit && items.get(end)[0].length == len) end++;
            float[][] batch = runAllModels(items.subList(start, end), len, fixedBatch);
            System.arraycopy(batch, 0, out, start, batch.length);
            start = end;
        }
        return out;
    }

    /** Runs one batch of equal-length items through every model; the folds' activated outputs are averaged. */
    private float[][] runAllModels(List<float[][]> items, int samples, int fixedBatch) {
        OnnxSessions ss = openedSessions();
        int real = items.size();
        int b = fixedBatch > 0 ? fixedBatch : real;
        int channels = card.spec().itemChannels();
        long[] shape = card.axes().shape(b, channels, samples);
        FloatBuffer data = pack(items, b, channels, samples);
        double[][] sum = new double[real][itemOutputs];
        for (int m = 0; m < ss.sessions().size(); m++) {
            float[][] o = runOne(ss, m, data, shape, b, real);
            for (int i = 0; i < real; i++) {
                card.activation().applyInPlace(o[i]);
                for (int j = 0; j < itemOutputs; j++) sum[i][j] += o[i][j];
            }
        }
        float[][] out = new float[real][itemOutputs];
        for (int i = 0; i < real; i++) for (int j = 0; j < itemOutputs; j++) out[i][j] = (float) (sum[i][j] / ss.sessions().size());
        return out;
    }

    /**
     * The items as one C-order array in the card's axis order, in this thread's reused direct buffer (grown when
     * needed); items beyond {@code items.size()} are zeros.
     */
    private FloatBuffer pack(List<float[][]> items, int b, int channels, int samples) {
        int n = b * channels * samples;
        FloatBuffer data = inputBuffer.get();
        if (data == null || data.capacity() < n) {
            data = ByteBuffer.allocateDirect(n * Float.BYTES).order(ByteOrder.nativeOrder()).asFloatBuffer();
            inputBuffer.set(data);
        }
        data.clear();
        boolean leadsLast = card.axes() == Axes.BATCH_SAMPLES_LEADS;
        float[] row = leadsLast ? new float[samples * channels] : null;
        for (float[][] item : items) {
            for (int c = 0; c < channels; c++) {
                float[] lead = item[c];
                if (!leadsLast) {
                    data.put(lead, 0, samples);
                } else {
                    for (int t = 0; t < samples; t++) row[t * channels + c] = lead[t];
                }
            }
            if (leadsLast) data.put(row);
        }
        while (data.position() < n) data.put(0f);
        data.flip();
        return data;
    }

    private float[][] runOne(OnnxSessions ss, int m, FloatBuffer data, long[] shape, int b, int real) {
        Path model = card.models().get(m);
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            inputs.put(card.inputName(), OnnxTensor.createTensor(ss.env(), data.duplicate(), shape));
            for (ConstantInput c : card.constantInputs()) {
                inputs.put(c.name(), ModelCheck.constantTensor(ss.env(), c, ss.constantInfo().get(c.name()), b));
            }
            try (OrtSession.Result result = ss.sessions().get(m).run(inputs)) {
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
    public synchronized void close() {
        closed = true;
        if (sessions != null) sessions.close();
        sessions = null;
    }

    @Override public String toString() { return "OnnxExpert[" + card.name() + ", " + card.models() + "]"; }
}
