package org.enecg.expert.onnx;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks an opened ONNX model against its card, so a mismatch is reported when the expert opens, not mid-run. */
final class ModelCheck {

    private ModelCheck() {}

    /**
     * @param constantInfo filled with the declared type of each constant input
     * @return the model's fixed batch size, or 0 when the batch axis is dynamic
     */
    static int check(ModelCard card, Path model, OrtSession session, Map<String, TensorInfo> constantInfo)
            throws ModelCardException {
        Map<String, NodeInfo> inputs;
        Map<String, NodeInfo> outputs;
        try {
            inputs = session.getInputInfo();
            outputs = session.getOutputInfo();
        } catch (OrtException e) {
            throw new ModelCardException(model, "ONNX Runtime cannot describe the model's inputs and outputs: " + e.getMessage(), e);
        }
        String fileName = model.getFileName().toString();
        NodeInfo in = inputs.get(card.inputName());
        if (in == null) {
            throw new ModelCardException(card.file(), "input.name: '" + card.inputName() + "' is not an input of "
                    + fileName + "; its inputs are " + describe(inputs));
        }
        TensorInfo ti = floatTensor(card, fileName, "input", in);
        long[] shape = ti.getShape();
        ExpectedShape want = new ExpectedShape(card);
        if (shape.length != card.axes().rank()) {
            throw new ModelCardException(card.file(), "input '" + card.inputName() + "' of " + fileName + " has shape "
                    + Arrays.toString(shape) + " (rank " + shape.length + "); the card's axes " + card.axes().key()
                    + " need rank " + card.axes().rank());
        }
        for (int d = 1; d < shape.length; d++) {
            long expected = want.dim(d);
            if (shape[d] > 0 && expected > 0 && shape[d] != expected || shape[d] > 0 && expected == 0) {
                throw new ModelCardException(card.file(), "input '" + card.inputName() + "' of " + fileName + " has shape "
                        + Arrays.toString(shape) + "; the card asks for " + want.describe());
            }
        }
        int fixedBatch = shape[0] > 0 ? (int) shape[0] : 0;

        Set<String> fed = new HashSet<>();
        fed.add(card.inputName());
        for (ConstantInput c : card.constantInputs()) {
            NodeInfo ci = inputs.get(c.name());
            if (ci == null) {
                throw new ModelCardException(card.file(), "constant_inputs: '" + c.name() + "' is not an input of "
                        + fileName + "; its inputs are " + describe(inputs));
            }
            if (!(ci.getInfo() instanceof TensorInfo cti)) {
                throw new ModelCardException(card.file(), "constant_inputs: '" + c.name() + "' of " + fileName + " is not a tensor");
            }
            long[] cs = cti.getShape();
            boolean ok = cs.length == 2 && (cs[1] <= 0 || cs[1] == c.values().length)
                    || cs.length == 1 && c.values().length == 1;
            if (!ok) {
                throw new ModelCardException(card.file(), "constant_inputs: '" + c.name() + "' of " + fileName + " has shape "
                        + Arrays.toString(cs) + "; the card gives " + c.values().length + " value(s) per item ([batch, "
                        + c.values().length + "])");
            }
            if (!Set.of(OnnxJavaType.FLOAT, OnnxJavaType.DOUBLE, OnnxJavaType.INT64, OnnxJavaType.INT32).contains(cti.type)) {
                throw new ModelCardException(card.file(), "constant_inputs: '" + c.name() + "' of " + fileName
                        + " has element type " + cti.type + "; supported: float, double, int64, int32");
            }
            constantInfo.put(c.name(), cti);
            fed.add(c.name());
        }
        List<String> unfed = new ArrayList<>();
        for (String name : inputs.keySet()) if (!fed.contains(name)) unfed.add(name);
        if (!unfed.isEmpty()) {
            throw new ModelCardException(card.file(), fileName + " has input(s) " + unfed
                    + " that the card does not feed; give them in constant_inputs");
        }

        NodeInfo out = outputs.get(card.outputName());
        if (out == null) {
            throw new ModelCardException(card.file(), "output.name: '" + card.outputName() + "' is not an output of "
                    + fileName + "; its outputs are " + describe(outputs));
        }
        long[] os = floatTensor(card, fileName, "output", out).getShape();
        long per = 1;
        boolean known = os.length >= 1;
        for (int d = 1; d < os.length; d++) {
            if (os[d] <= 0) known = false;
            per *= os[d];
        }
        int names = card.spec().itemOutputNames().size();
        if (known && per != names) {
            throw new ModelCardException(card.file(), "output '" + card.outputName() + "' of " + fileName + " has shape "
                    + Arrays.toString(os) + " (" + per + " values per item); the card names " + names + " outputs");
        }
        return fixedBatch;
    }

    private static TensorInfo floatTensor(ModelCard card, String fileName, String what, NodeInfo info)
            throws ModelCardException {
        if (!(info.getInfo() instanceof TensorInfo t) || t.type != OnnxJavaType.FLOAT) {
            throw new ModelCardException(card.file(), what + " '" + info.getName() + "' of " + fileName
                    + " must be a float32 tensor, found " + info.getInfo());
        }
        return t;
    }

    private static String describe(Map<String, NodeInfo> nodes) {
        List<String> out = new ArrayList<>();
        for (NodeInfo n : nodes.values()) {
            if (n.getInfo() instanceof TensorInfo t) {
                out.add(n.getName() + " " + t.type.toString().toLowerCase(java.util.Locale.ROOT) + Arrays.toString(t.getShape()));
            } else {
                out.add(n.getName());
            }
        }
        return String.join(", ", out);
    }

    /** The dimensions the card implies for the signal input, by axis position (0: unknown/any). */
    private static final class ExpectedShape {
        private final ModelCard card;

        ExpectedShape(ModelCard card) { this.card = card; }

        long dim(int d) {
            int leads = card.spec().itemChannels();
            int samples = card.spec().samples(); // 0 for fit 'whole': any length
            switch (card.axes()) {
                case BATCH_LEADS_SAMPLES: return d == 1 ? leads : samples;
                case BATCH_SAMPLES_LEADS: return d == 1 ? samples : leads;
                default: return samples;
            }
        }

        String describe() {
            String s = card.spec().samples() > 0 ? card.spec().samples() + " samples" : "any number of samples";
            String l = card.spec().itemChannels() + " lead(s)";
            switch (card.axes()) {
                case BATCH_LEADS_SAMPLES: return "[batch, " + l + ", " + s + "]";
                case BATCH_SAMPLES_LEADS: return "[batch, " + s + ", " + l + "]";
                default: return "[batch, " + s + "]";
            }
        }
    }

    /** The constant input's tensor for a batch of {@code b} items, in the element type the model declares. */
    static OnnxTensor constantTensor(OrtEnvironment env, ConstantInput c, TensorInfo info, int b) throws OrtException {
        double[] v = c.values();
        int k = v.length;
        long[] shape = info.getShape().length == 1 ? new long[] {b} : new long[] {b, k};
        int n = b * k;
        switch (info.type) {
            case FLOAT: {
                float[] a = new float[n];
                for (int i = 0; i < n; i++) a[i] = (float) v[i % k];
                return OnnxTensor.createTensor(env, FloatBuffer.wrap(a), shape);
            }
            case DOUBLE: {
                double[] a = new double[n];
                for (int i = 0; i < n; i++) a[i] = v[i % k];
                return OnnxTensor.createTensor(env, DoubleBuffer.wrap(a), shape);
            }
            case INT64: {
                long[] a = new long[n];
                for (int i = 0; i < n; i++) a[i] = Math.round(v[i % k]);
                return OnnxTensor.createTensor(env, LongBuffer.wrap(a), shape);
            }
            default: {
                int[] a = new int[n];
                for (int i = 0; i < n; i++) a[i] = (int) Math.round(v[i % k]);
                return OnnxTensor.createTensor(env, IntBuffer.wrap(a), shape);
            }
        }
    }
}
