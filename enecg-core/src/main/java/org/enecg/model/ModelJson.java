package org.enecg.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.enecg.data.Task;
import org.enecg.data.TaskType;

/** JSON forms of the model's configuration, tasks and provenance, with field names fixed here (snake_case). */
public final class ModelJson {
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private ModelJson() {}

    public static ObjectNode config(ModelConfig c) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("head_hidden", c.headHidden());
        o.put("gate_hidden", c.gateHidden());
        o.put("adaptation", c.adaptation().name());
        o.put("lora_rank", c.loraRank());
        o.put("lora_alpha", c.loraAlpha());
        o.put("lora_dropout", c.loraDropout());
        o.put("output_layer", c.outputLayer().name());
        o.put("gate_sharing", c.gateSharing().name());
        o.put("combination", c.combination().name());
        o.put("standardise_features", c.standardiseFeatures());
        o.put("feature_clip", c.featureClip());
        o.put("gate_source", c.gateSource().name());
        o.put("standardise_targets", c.standardiseTargets());
        return o;
    }

    public static ModelConfig config(JsonNode o) {
        return new ModelConfig(req(o, "head_hidden").asInt(), req(o, "gate_hidden").asInt(),
                Adaptation.valueOf(req(o, "adaptation").asText()), req(o, "lora_rank").asInt(), req(o, "lora_alpha").asDouble(),
                req(o, "lora_dropout").asDouble(), OutputLayer.valueOf(req(o, "output_layer").asText()),
                GateSharing.valueOf(req(o, "gate_sharing").asText()), Combination.valueOf(req(o, "combination").asText()),
                req(o, "standardise_features").asBoolean(), req(o, "feature_clip").asDouble(),
                o.has("gate_source") ? GateSource.valueOf(o.get("gate_source").asText()) : GateSource.SIGNAL,
                !o.has("standardise_targets") || o.get("standardise_targets").asBoolean());
    }

    public static ObjectNode task(Task t) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("name", t.name());
        o.put("type", t.type().toString());
        o.put("column", t.column());
        ArrayNode cls = o.putArray("classes");
        t.classNames().forEach(cls::add);
        o.put("unit", t.unit());
        return o;
    }

    public static Task task(JsonNode o) {
        List<String> classes = new ArrayList<>();
        req(o, "classes").forEach(c -> classes.add(c.asText()));
        return new Task(req(o, "name").asText(), TaskType.parse(req(o, "type").asText()), req(o, "column").asText(), classes,
                req(o, "unit").asText());
    }

    public static ObjectNode trainingLog(TrainingLog l) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("policy", l.policy());
        o.put("learning_rate", l.learningRate());
        o.put("batch_size", l.batchSize());
        o.put("max_epochs", l.maxEpochs());
        o.put("patience", l.patience());
        o.put("epochs_run", l.epochsRun());
        ArrayNode be = o.putArray("best_epochs");
        for (int v : l.bestEpochs()) be.add(v);
        o.put("train_records", l.trainRecords());
        o.put("validation_records", l.validationRecords());
        ArrayNode tl = o.putArray("train_loss");
        for (double v : l.trainLoss()) tl.add(v);
        ArrayNode vl = o.putArray("validation_loss");
        for (double[] curve : l.validationLoss()) vl.add(doubles(curve));
        o.put("precomputed_frozen_layers", l.precomputedFrozen());
        o.put("millis", l.millis());
        return o;
    }

    public static TrainingLog trainingLog(JsonNode o) {
        return new TrainingLog(req(o, "policy").asText(), req(o, "learning_rate").asDouble(), req(o, "batch_size").asInt(),
                req(o, "max_epochs").asInt(), req(o, "patience").asInt(), req(o, "epochs_run").asInt(), ints(req(o, "best_epochs")),
                req(o, "train_records").asInt(), req(o, "validation_records").asInt(), doubles(req(o, "train_loss")),
                curves(req(o, "validation_loss")), req(o, "precomputed_frozen_layers").asBoolean(), req(o, "millis").asLong());
    }

    public static ObjectNode provenance(ModelProvenance p) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("project_version", p.projectVersion());
        o.put("trained_at", p.trainedAt());
        o.put("java_version", p.javaVersion());
        o.put("os_name", p.osName());
        o.put("os_arch", p.osArch());
        o.put("seed", p.seed());
        o.put("fold", p.fold());
        if (p.training() != null) o.set("training", trainingLog(p.training()));
        return o;
    }

    public static ModelProvenance provenance(JsonNode o) {
        return new ModelProvenance(req(o, "project_version").asText(), req(o, "trained_at").asText(), req(o, "java_version").asText(),
                req(o, "os_name").asText(), req(o, "os_arch").asText(), req(o, "seed").asLong(), req(o, "fold").asInt(),
                o.has("training") ? trainingLog(o.get("training")) : null);
    }

    public static ArrayNode doubles(double[] v) {
        ArrayNode a = MAPPER.createArrayNode();
        for (double x : v) a.add(x);
        return a;
    }

    public static double[] doubles(JsonNode a) {
        double[] v = new double[a.size()];
        for (int i = 0; i < v.length; i++) v[i] = a.get(i).asDouble();
        return v;
    }

    public static int[] ints(JsonNode a) {
        int[] v = new int[a.size()];
        for (int i = 0; i < v.length; i++) v[i] = a.get(i).asInt();
        return v;
    }

    static double[][] curves(JsonNode a) {
        double[][] v = new double[a.size()][];
        for (int i = 0; i < v.length; i++) v[i] = doubles(a.get(i));
        return v;
    }

    /** The field, or an error naming it. */
    public static JsonNode req(JsonNode o, String field) {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) throw new IllegalArgumentException("missing field '" + field + "'");
        return v;
    }
}
