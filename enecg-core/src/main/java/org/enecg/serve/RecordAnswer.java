package org.enecg.serve;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.enecg.data.Task;
import org.enecg.io.Lead;
import org.enecg.io.Record;
import org.enecg.model.ModelJson;
import org.enecg.model.Prediction;
import org.enecg.model.TaskOutput;

/**
 * The JSON answer of {@code POST /api/records} (docs/serve.md): the record's facts, each task's answer with its
 * probabilities or unit and the gate weight of each expert, the detected beats, the quality grade with its reasons,
 * and the signal reduced for drawing.
 */
final class RecordAnswer {
    /** The drawing's highest rate: 250 Hz is 10 samples per millimetre at 25 mm/s, finer than a screen shows. */
    static final double DRAWING_MAX_FS = 250;
    /** The drawing covers the first 10 s, the standard 12-lead page. */
    static final double DRAWING_SECONDS = 10;

    private RecordAnswer() {}

    static ObjectNode of(String model, List<String> experts, List<Task> tasks, Record r, Prediction p, RecordFacts facts) {
        ObjectNode o = ModelJson.MAPPER.createObjectNode();
        o.put("model", model);
        ObjectNode rec = o.putObject("record");
        rec.put("id", r.id());
        rec.put("fs", r.fs());
        rec.put("samples", r.nSamples());
        rec.put("seconds", r.durationSeconds());
        ArrayNode leads = rec.putArray("leads");
        for (Lead l : r.leads()) leads.add(l.label());
        ArrayNode comments = rec.putArray("comments");
        r.comments().forEach(comments::add);
        ArrayNode ex = o.putArray("experts");
        experts.forEach(ex::add);
        ArrayNode ts = o.putArray("tasks");
        for (Task t : tasks) ts.add(task(t, p.task(t.name())));
        ObjectNode beats = o.putObject("beats");
        beats.put("fs", r.fs());
        ArrayNode idx = beats.putArray("samples");
        for (int b : facts.beats()) idx.add(b);
        if (facts.beats().length > 1) {
            double mean = (facts.beats()[facts.beats().length - 1] - facts.beats()[0]) / (double) (facts.beats().length - 1) / r.fs();
            beats.put("heart_rate_bpm", Math.round(600 / mean) / 10.0);
        }
        ObjectNode q = o.putObject("quality");
        q.put("grade", facts.quality().grade());
        ArrayNode reasons = q.putArray("reasons");
        facts.quality().reasons().forEach(reasons::add);
        q.put("source", facts.quality().source());
        o.set("drawing", drawing(r));
        return o;
    }

    static ObjectNode task(Task t, TaskOutput out) {
        ObjectNode n = ModelJson.MAPPER.createObjectNode();
        n.put("name", t.name());
        n.put("type", t.type().toString());
        if (t.type().isClassification()) {
            int k = (int) out.value();
            n.put("class", t.classNames().get(k));
            n.put("index", k);
            double[] pr = out.probabilities();
            n.put("probability", pr[k]);
            ObjectNode ps = n.putObject("probabilities");
            for (int c = 0; c < pr.length; c++) ps.put(t.classNames().get(c), pr[c]);
        } else {
            n.put("value", out.value());
            n.put("unit", t.unit());
        }
        ObjectNode g = n.putObject("gate");
        for (Map.Entry<String, Double> w : out.gateWeights().entrySet()) g.put(w.getKey(), w.getValue());
        return n;
    }

    /**
     * The first {@link #DRAWING_SECONDS} of every lead at no more than {@link #DRAWING_MAX_FS}, in mV (3 decimals). Each
     * kept sample is the one of its bin farthest from the sample kept before it, so R peaks keep their height.
     */
    static ObjectNode drawing(Record r) {
        int step = (int) Math.ceil(r.fs() / DRAWING_MAX_FS);
        int n = (int) Math.min(r.nSamples(), Math.round(DRAWING_SECONDS * r.fs()));
        ObjectNode d = ModelJson.MAPPER.createObjectNode();
        d.put("fs", r.fs() / step);
        d.put("seconds", n / r.fs());
        ArrayNode leads = d.putArray("leads");
        for (Lead l : r.leads()) {
            ObjectNode ln = leads.addObject();
            ln.put("name", l.label());
            ArrayNode mv = ln.putArray("mv");
            double last = finite(l.sample(0));
            for (int start = 0; start < n; start += step) {
                double pick = finite(l.sample(start));
                for (int i = start + 1; i < Math.min(n, start + step); i++) {
                    double v = finite(l.sample(i));
                    if (Math.abs(v - last) > Math.abs(pick - last)) pick = v;
                }
                mv.add(Math.round(pick * 1000) / 1000.0);
                last = pick;
            }
        }
        return d;
    }

    private static double finite(float v) { return Float.isFinite(v) ? v : 0; }
}
