package org.enecg.model;

import org.enecg.util.AtomicFiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import org.enecg.data.Task;
import org.enecg.nn.Param;

/**
 * The saved form of an {@link EnEcgModel}: one file, written atomically, all integers big-endian.
 * <pre>
 *   bytes  "ENECG-MODEL\n"                      magic (12 bytes)
 *   int32  format version                        1, or 2 when some head has another shape than the configuration's,
 *                                                 a task decides its class BALANCED or the gate has no network
 *                                                 (GateSource.NONE): format 1 cannot express those, and a reader
 *                                                 of format 1 refuses 2 clearly instead of misreading it
 *   int32  n, then n bytes of UTF-8 JSON header  config, tasks, experts (name, fingerprint, size, feature
 *                                                 mean/std), optional expert origins (how to re-open each
 *                                                 expert, every fingerprint field), gate input (width,
 *                                                 description), target scalers, init seed, SHA-256 of the
 *                                                 frozen weights, provenance; format 2 also head_shapes
 *                                                 ([expert][task] "FULL:64", when not all the config's) and
 *                                                 class_decisions (task, BALANCED, log_prior per class)
 *   int32  number of tensors, then per tensor    name (Java modified UTF-8), int32 rows, int32 cols, float32 values
 *   bytes  SHA-256 of everything above           (32 bytes)
 * </pre>
 * Only trainable tensors are stored. Frozen base weights are regenerated from the init seed, and their hash
 * must equal the stored one, so a change in initialisation code can never silently load different weights.
 */
public final class ModelFile {
    /** The newest format this version reads and writes. */
    public static final int FORMAT_VERSION = 2;
    private static final byte[] MAGIC = "ENECG-MODEL\n".getBytes(StandardCharsets.US_ASCII);
    private static final int DIGEST_BYTES = 32;

    private ModelFile() {}

    public static void save(EnEcgModel model, Path file) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.write(MAGIC);
        out.writeInt(formatNeeded(model));
        byte[] header = ModelJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(header(model));
        out.writeInt(header.length);
        out.write(header);
        List<Param> trainable = model.trainableParameters();
        out.writeInt(trainable.size());
        for (Param p : trainable) {
            out.writeUTF(p.name());
            out.writeInt(p.rows());
            out.writeInt(p.cols());
            for (float v : p.value()) out.writeFloat(v);
        }
        out.flush();
        byte[] body = bytes.toByteArray();
        byte[] all = java.util.Arrays.copyOf(body, body.length + DIGEST_BYTES);
        System.arraycopy(ModelDigests.sha256(body, body.length), 0, all, body.length, DIGEST_BYTES);
        AtomicFiles.write(file, all);
    }

    /**
     * Reads a model.
     *
     * @throws ModelFileException naming the file: missing, truncated, corrupt (checksum), not a model file, a newer
     *                            format, a malformed header, or frozen weights that no longer regenerate identically
     */
    public static EnEcgModel load(Path file) throws IOException {
        byte[] all;
        try {
            all = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ModelFileException(file, "no such model file");
        }
        int minimum = MAGIC.length + 4 + 4 + 4 + DIGEST_BYTES;
        if (all.length < MAGIC.length || !java.util.Arrays.equals(all, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new ModelFileException(file, "not an EnECG model file (it does not start with the ENECG-MODEL marker)");
        }
        if (all.length < minimum) {
            throw new ModelFileException(file, "truncated: " + all.length + " bytes, a model file has at least " + minimum);
        }
        int bodyLength = all.length - DIGEST_BYTES;
        byte[] stored = java.util.Arrays.copyOfRange(all, bodyLength, all.length);
        if (!MessageDigest.isEqual(stored, ModelDigests.sha256(all, bodyLength))) {
            throw new ModelFileException(file, "checksum mismatch: the file is corrupt or truncated (" + all.length + " bytes)");
        }
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(all, MAGIC.length, bodyLength - MAGIC.length));
        int version = in.readInt();
        if (version > FORMAT_VERSION) {
            throw new ModelFileException(file, "model format version " + version + " is newer than this enecg reads (" + FORMAT_VERSION
                    + "); use a newer enecg");
        }
        if (version < 1) throw new ModelFileException(file, "invalid model format version " + version);
        EnEcgModel model;
        try {
            byte[] headerBytes = new byte[in.readInt()];
            in.readFully(headerBytes);
            model = fromHeader(ModelJson.MAPPER.readTree(headerBytes), file);
            readTensors(in, model, file);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ModelFileException mfe) throw mfe;
            throw new ModelFileException(file, "malformed model file: " + e.getMessage(), e);
        }
        return model.withOrigin(file.toString());
    }

    /** 1 unless the model has per-head shapes, a balanced decision or a gate without a network (format 1 readers know none of them). */
    static int formatNeeded(EnEcgModel m) {
        if (!m.uniformHeadShapes() || m.config().gateSource() == GateSource.NONE) return 2;
        for (int t = 0; t < m.tasks().size(); t++) if (m.classDecision(t) != ClassDecision.ARGMAX) return 2;
        return 1;
    }

    private static ObjectNode header(EnEcgModel m) {
        ObjectNode h = ModelJson.MAPPER.createObjectNode();
        h.put("format", "enecg-model");
        h.put("format_version", formatNeeded(m));
        h.set("config", ModelJson.config(m.config()));
        ArrayNode tasks = h.putArray("tasks");
        for (Task t : m.tasks()) tasks.add(ModelJson.task(t));
        ArrayNode experts = h.putArray("experts");
        for (int e = 0; e < m.experts().size(); e++) {
            ExpertInfo info = m.experts().get(e);
            ObjectNode x = experts.addObject();
            x.put("name", info.name());
            x.put("fingerprint", info.fingerprint());
            x.put("dim", info.dim());
            x.set("feature_mean", ModelJson.doubles(m.featureScalers().get(e).mean()));
            x.set("feature_std", ModelJson.doubles(m.featureScalers().get(e).std()));
        }
        if (!m.uniformHeadShapes()) {
            ArrayNode shapes = h.putArray("head_shapes");             // [expert][task], e.g. "FULL:64"
            for (int e = 0; e < m.experts().size(); e++) {
                ArrayNode row = shapes.addArray();
                for (int t = 0; t < m.tasks().size(); t++) row.add(m.headShape(e, t).toString());
            }
        }
        ArrayNode decisions = ModelJson.MAPPER.createArrayNode();
        for (int t = 0; t < m.tasks().size(); t++) {
            if (m.classDecision(t) == ClassDecision.ARGMAX) continue;
            ObjectNode d = decisions.addObject();
            d.put("task", m.tasks().get(t).name());
            d.put("decision", m.classDecision(t).name());
            d.set("log_prior", ModelJson.doubles(m.classLogPrior(t)));
        }
        if (!decisions.isEmpty()) h.set("class_decisions", decisions);
        ObjectNode gate = h.putObject("gate");
        gate.put("dim", m.gateDim());
        gate.put("input", m.gateInput());
        ArrayNode targets = h.putArray("target_scalers");
        for (TargetScaler s : m.targetScalers()) {
            ObjectNode t = targets.addObject();
            t.put("mean", s.mean());
            t.put("std", s.std());
        }
        if (!m.expertOrigins().isEmpty()) {
            ArrayNode origins = h.putArray("expert_origins");
            for (ExpertOrigin o : m.expertOrigins()) {
                ObjectNode x = origins.addObject();
                x.put("name", o.name());
                x.put("reference", o.reference());
                ObjectNode fp = x.putObject("fingerprint");
                o.fingerprint().forEach(fp::put);
            }
        }
        h.put("init_seed", m.initSeed());
        h.put("frozen_sha256", ModelDigests.frozen(m));
        if (m.provenance() != null) h.set("provenance", ModelJson.provenance(m.provenance()));
        return h;
    }

    private static EnEcgModel fromHeader(JsonNode h, Path file) throws ModelFileException {
        if (!"enecg-model".equals(h.path("format").asText())) {
            throw new ModelFileException(file, "header does not describe an enecg model (format '" + h.path("format").asText() + "')");
        }
        ModelConfig config = ModelJson.config(ModelJson.req(h, "config"));
        List<Task> tasks = new ArrayList<>();
        ModelJson.req(h, "tasks").forEach(t -> tasks.add(ModelJson.task(t)));
        List<ExpertInfo> experts = new ArrayList<>();
        List<FeatureScaler> scalers = new ArrayList<>();
        for (JsonNode x : ModelJson.req(h, "experts")) {
            experts.add(new ExpertInfo(ModelJson.req(x, "name").asText(), ModelJson.req(x, "fingerprint").asText(), ModelJson.req(x, "dim").asInt()));
            scalers.add(new FeatureScaler(ModelJson.doubles(ModelJson.req(x, "feature_mean")), ModelJson.doubles(ModelJson.req(x, "feature_std"))));
        }
        List<TargetScaler> targets = new ArrayList<>();
        for (JsonNode t : ModelJson.req(h, "target_scalers")) {
            targets.add(new TargetScaler(ModelJson.req(t, "mean").asDouble(), ModelJson.req(t, "std").asDouble()));
        }
        JsonNode gate = ModelJson.req(h, "gate");
        HeadShape[][] shapes = null;
        if (h.has("head_shapes")) {
            JsonNode a = h.get("head_shapes");
            if (a.size() != experts.size()) throw new IllegalArgumentException("head_shapes has " + a.size() + " experts, the model " + experts.size());
            shapes = new HeadShape[experts.size()][tasks.size()];
            for (int e = 0; e < experts.size(); e++) {
                if (a.get(e).size() != tasks.size()) throw new IllegalArgumentException("head_shapes of " + experts.get(e).name() + " has "
                        + a.get(e).size() + " tasks, the model " + tasks.size());
                for (int t = 0; t < tasks.size(); t++) shapes[e][t] = HeadShape.parse(a.get(e).get(t).asText());
            }
        }
        EnEcgModel.Builder b = EnEcgModel.builder(config, tasks, experts).gate(ModelJson.req(gate, "dim").asInt(), ModelJson.req(gate, "input").asText())
                .featureScalers(scalers).targetScalers(targets).initSeed(ModelJson.req(h, "init_seed").asLong()).headShapes(shapes);
        ClassDecisions decisions = ClassDecisions.argmax(tasks);
        if (h.has("class_decisions")) {
            for (JsonNode d : h.get("class_decisions")) {
                String task = ModelJson.req(d, "task").asText();
                int t = tasks.stream().map(Task::name).toList().indexOf(task);
                if (t < 0) throw new IllegalArgumentException("class_decisions names task '" + task + "', which the model does not have");
                if (ClassDecision.valueOf(ModelJson.req(d, "decision").asText()) != ClassDecision.BALANCED) {
                    throw new IllegalArgumentException("class_decisions of '" + task + "' is not BALANCED");
                }
                decisions = decisions.with(t, ModelJson.doubles(ModelJson.req(d, "log_prior")));
            }
        }
        b.decisions(decisions);
        if (h.has("provenance")) b.provenance(ModelJson.provenance(h.get("provenance")));
        if (h.has("expert_origins")) {
            List<ExpertOrigin> origins = new ArrayList<>();
            for (JsonNode x : h.get("expert_origins")) {
                java.util.TreeMap<String, String> fp = new java.util.TreeMap<>();
                ModelJson.req(x, "fingerprint").fields().forEachRemaining(f -> fp.put(f.getKey(), f.getValue().asText()));
                origins.add(new ExpertOrigin(ModelJson.req(x, "name").asText(), ModelJson.req(x, "reference").asText(), fp));
            }
            b.expertOrigins(origins);
        }
        EnEcgModel m = b.build();
        String expected = ModelJson.req(h, "frozen_sha256").asText();
        String actual = ModelDigests.frozen(m);
        if (!expected.equals(actual)) {
            String by = h.path("provenance").path("project_version").asText("an unknown version");
            throw new ModelFileException(file, "the frozen base weights regenerated from init seed " + m.initSeed()
                    + " differ from the ones the model was trained with (saved by enecg " + by + ", read by " + ProjectVersion.get()
                    + "): the initialisation code has changed; retrain the model");
        }
        return m;
    }

    private static void readTensors(DataInputStream in, EnEcgModel m, Path file) throws IOException {
        List<Param> trainable = m.trainableParameters();
        int n = in.readInt();
        if (n != trainable.size()) {
            throw new ModelFileException(file, "holds " + n + " trainable tensors, its configuration needs " + trainable.size());
        }
        for (Param p : trainable) {
            String name = in.readUTF();
            int rows = in.readInt();
            int cols = in.readInt();
            if (!name.equals(p.name()) || rows != p.rows() || cols != p.cols()) {
                throw new ModelFileException(file, "tensor " + name + " [" + rows + "x" + cols + "] where " + p + " was expected");
            }
            float[] v = p.value();
            for (int i = 0; i < v.length; i++) v[i] = in.readFloat();
        }
        if (in.available() != 0) throw new ModelFileException(file, in.available() + " unexpected bytes after the last tensor");
    }
}
