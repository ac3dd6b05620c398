package org.enecg.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.enecg.data.Task;
import org.enecg.io.Lead;
import org.enecg.io.LeadName;
import org.enecg.io.Record;
import org.enecg.model.EnEcgModel;
import org.enecg.model.ModelJson;
import org.enecg.model.Prediction;
import org.enecg.model.TaskOutput;

/**
 * The Open Inference Protocol (KServe v2, as Triton, KServe and Seldon speak it) for one EnECG model: its metadata
 * and the translation of an infer request (one FP32 tensor {@code [1, leads, samples]} in millivolts, with the
 * parameters {@code sampling_rate} and {@code leads}) into a record, and of a prediction into outputs: per task one
 * FP32 output (the value, or the class probabilities) and {@code <task>.gate} (one weight per expert, in the order
 * of the model's {@code experts} parameter).
 */
final class OpenInference {
    static final String INPUT = "ecg";

    private OpenInference() {}

    /** {@code GET /v2/models/{name}}. */
    static ObjectNode metadata(String name, EnEcgModel m, double minSeconds) {
        ObjectNode o = ModelJson.MAPPER.createObjectNode();
        o.put("name", name);
        o.putArray("versions").add("1");
        o.put("platform", "enecg");
        ObjectNode in = o.putArray("inputs").addObject();
        in.put("name", INPUT);
        in.put("datatype", "FP32");
        ArrayNode shape = in.putArray("shape");
        shape.add(1).add(-1).add(-1);
        ObjectNode layout = in.putObject("parameters");
        layout.put("layout", "[batch=1, leads, samples], millivolts");
        layout.put("required_parameters", "sampling_rate (Hz), leads (names in tensor order, e.g. I,II,III,aVR,aVL,aVF,V1,...,V6)");
        layout.put("min_seconds", minSeconds);
        ArrayNode outs = o.putArray("outputs");
        for (Task t : m.tasks()) {
            ObjectNode out = outs.addObject();
            out.put("name", t.name());
            out.put("datatype", "FP32");
            out.putArray("shape").add(1).add(t.type().isClassification() ? t.classNames().size() : 1);
            ObjectNode g = outs.addObject();
            g.put("name", t.name() + ".gate");
            g.put("datatype", "FP32");
            g.putArray("shape").add(1).add(m.experts().size());
        }
        ObjectNode p = o.putObject("parameters");
        p.put("experts", String.join(",", m.expertNames()));
        ArrayNode tasks = p.putArray("tasks");
        for (Task t : m.tasks()) {
            ObjectNode tn = tasks.addObject();
            tn.put("name", t.name());
            tn.put("type", t.type().toString());
            if (t.type().isClassification()) {
                ArrayNode c = tn.putArray("classes");
                t.classNames().forEach(c::add);
            } else {
                tn.put("unit", t.unit());
            }
        }
        return o;
    }

    /** The record an infer request carries; refused with a message naming the field that is wrong. */
    static Record record(JsonNode req, double maxSeconds) {
        if (req == null || !req.isObject()) throw ApiError.badRequest("the body must be a JSON object with \"inputs\"");
        JsonNode inputs = req.path("inputs");
        if (!inputs.isArray() || inputs.size() != 1) throw ApiError.badRequest("\"inputs\" must hold exactly one tensor, named \"" + INPUT + "\"");
        JsonNode t = inputs.get(0);
        if (!"FP32".equals(t.path("datatype").asText())) throw ApiError.badRequest("input datatype must be FP32, found '" + t.path("datatype").asText() + "'");
        JsonNode shape = t.path("shape");
        if (!shape.isArray() || shape.size() != 3 || shape.get(0).asLong() != 1) {
            throw ApiError.badRequest("input shape must be [1, leads, samples], found " + shape);
        }
        long nLeads = shape.get(1).asLong(), n = shape.get(2).asLong();
        if (nLeads < 1 || nLeads > 64 || n < 1) throw ApiError.badRequest("input shape must be [1, leads (1-64), samples], found " + shape);
        double fs = parameter(req, t, "sampling_rate").asDouble(Double.NaN);
        if (!(fs > 0) || fs > 20000) throw ApiError.badRequest("parameter sampling_rate must be a rate in Hz (0 < fs <= 20000)");
        if (n / fs > maxSeconds) {
            throw ApiError.tooLarge(String.format(java.util.Locale.ROOT, "the record is %.1f s long; the limit is %.1f s", n / fs, maxSeconds));
        }
        List<String> names = leadNames(parameter(req, t, "leads"));
        if (names.size() != nLeads) throw ApiError.badRequest("parameter leads names " + names.size() + " leads, the shape has " + nLeads);
        JsonNode data = t.path("data");
        List<Float> flat = new ArrayList<>();
        flatten(data, flat, nLeads * n);
        if (flat.size() != nLeads * n) throw ApiError.badRequest("input data holds " + flat.size() + " values, the shape needs " + nLeads * n);
        List<Lead> leads = new ArrayList<>();
        for (int l = 0; l < nLeads; l++) {
            float[] x = new float[(int) n];
            for (int i = 0; i < n; i++) x[i] = flat.get((int) (l * n + i));
            leads.add(new Lead(names.get(l), x));
        }
        String id = req.path("id").asText("infer");
        return new Record(id.isBlank() ? "infer" : id, fs, leads, List.of(), null);
    }

    private static JsonNode parameter(JsonNode req, JsonNode input, String name) {
        JsonNode v = input.path("parameters").path(name);
        if (v.isMissingNode()) v = req.path("parameters").path(name);
        if (v.isMissingNode()) throw ApiError.badRequest("parameter " + name + " is missing (in the input's or the request's \"parameters\")");
        return v;
    }

    private static List<String> leadNames(JsonNode v) {
        List<String> names = new ArrayList<>();
        if (v.isArray()) v.forEach(x -> names.add(x.asText().strip()));
        else for (String s : v.asText().split(",")) names.add(s.strip());
        for (String s : names) {
            if (LeadName.parse(s).isEmpty()) throw ApiError.badRequest("parameter leads: '" + s + "' is not a standard lead name (I, II, III, aVR, aVL, aVF, V1-V6)");
        }
        return names;
    }

    private static void flatten(JsonNode d, List<Float> out, long max) {
        if (d.isArray()) {
            for (JsonNode x : d) {
                flatten(x, out, max);
                if (out.size() > max) return;
            }
        } else if (d.isNumber()) {
            out.add(d.floatValue());
        } else {
            throw ApiError.badRequest("input data must be numbers (a flat or nested array), found " + (d.isMissingNode() ? "nothing" : d.getNodeType()));
        }
    }

    /** The infer response: per task its output and its gate weights. */
    static ObjectNode response(String name, EnEcgModel m, String id, Prediction p) {
        ObjectNode o = ModelJson.MAPPER.createObjectNode();
        o.put("model_name", name);
        o.put("model_version", "1");
        o.put("id", id);
        ArrayNode outs = o.putArray("outputs");
        for (Task t : m.tasks()) {
            TaskOutput out = p.task(t.name());
            double[] values = t.type().isClassification() ? out.probabilities() : new double[] {out.value()};
            ObjectNode v = tensor(outs, t.name(), values);
            ObjectNode vp = v.putObject("parameters");
            if (t.type().isClassification()) {
                vp.put("class", t.classNames().get((int) out.value()));
                vp.put("classes", String.join(",", t.classNames()));
            } else {
                vp.put("unit", t.unit());
            }
            double[] w = new double[m.experts().size()];
            for (int e = 0; e < w.length; e++) w[e] = out.gateWeights().get(m.expertNames().get(e));
            tensor(outs, t.name() + ".gate", w).putObject("parameters").put("experts", String.join(",", m.expertNames()));
        }
        return o;
    }

    private static ObjectNode tensor(ArrayNode outs, String name, double[] values) {
        ObjectNode n = outs.addObject();
        n.put("name", name);
        n.put("datatype", "FP32");
        n.putArray("shape").add(1).add(values.length);
        ArrayNode d = n.putArray("data");
        for (double v : values) d.add((float) v);
        return n;
    }
}
