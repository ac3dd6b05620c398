package org.enecg.pipeline;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;
import org.enecg.model.ModelJson;

/**
 * The stability check as people and programs read it: a Markdown table (one row per task and variant, with issue 16's
 * targets where it sets one) and the same numbers as JSON.
 */
public final class StabilityReport {

    /**
     * Issue 16's bounds on how far answers may move between an ECG and its variant: mean |change| of age (years) and
     * rr_interval (ms), and the share of gender answers that flip.
     */
    public static final Map<String, Double> TARGETS = Map.of("age", 1.0, "rr_interval", 5.0, "gender", 0.03);

    private StabilityReport() {}

    /** Whether a shift is within its task's target (true where the task has none). */
    public static boolean met(PredictionShift s) {
        Double t = TARGETS.get(s.task().name());
        if (t == null) return true;
        return s.regression() ? s.meanAbs() <= t : s.flipRate() <= t;
    }

    public static String markdown(StabilityCheck.Result r, String model, String data) {
        StringBuilder b = new StringBuilder();
        b.append("# Prediction stability\n\n");
        b.append("Model `").append(model).append("` on `").append(data).append("`: ").append(r.records())
                .append(" records answered, then each variant of them (resampled with an anti-aliased polyphase filter, or its first seconds kept).\n\n");
        b.append("| task | variant | records | mean abs change | largest change | flips | target | met |\n|---|---|---|---|---|---|---|---|\n");
        for (PredictionShift s : r.shifts()) {
            Double t = TARGETS.get(s.task().name());
            String unit = s.task().unit() == null ? "" : " " + s.task().unit();
            b.append("| ").append(s.task().name()).append(" | ").append(s.variant()).append(" | ").append(s.records()).append(" | ");
            if (s.regression()) {
                b.append(fmt(s.meanAbs())).append(unit).append(" | ").append(fmt(s.maxAbs())).append(unit).append(" | — | ");
                b.append(t == null ? "—" : "≤ " + fmt(t) + unit);
            } else {
                b.append("— | — | ").append(s.flips()).append(String.format(Locale.ROOT, " (%.1f %%)", 100 * s.flipRate())).append(" | ");
                b.append(t == null ? "—" : String.format(Locale.ROOT, "≤ %.0f %%", 100 * t));
            }
            b.append(" | ").append(t == null ? "—" : met(s) ? "yes" : "**no**").append(" |\n");
        }
        b.append('\n');
        r.notApplied().forEach((v, n) -> {
            if (n > 0) b.append("- ").append(v).append(": ").append(n).append(" records left out (the variant does not change them)\n");
        });
        if (!r.skipped().isEmpty()) {
            b.append("- skipped (").append(r.skipped().size()).append("):\n");
            for (String s : r.skipped()) b.append("  - ").append(s).append('\n');
        }
        return b.toString();
    }

    public static String json(StabilityCheck.Result r, String model, String data) {
        ObjectNode o = ModelJson.MAPPER.createObjectNode();
        o.put("model", model);
        o.put("data", data);
        o.put("records", r.records());
        ArrayNode shifts = o.putArray("shifts");
        for (PredictionShift s : r.shifts()) {
            ObjectNode n = shifts.addObject();
            n.put("task", s.task().name());
            n.put("variant", s.variant());
            n.put("records", s.records());
            if (s.regression()) {
                n.put("mean_abs_change", s.meanAbs());
                n.put("max_abs_change", s.maxAbs());
            } else {
                n.put("flips", s.flips());
                n.put("flip_rate", s.flipRate());
            }
            Double t = TARGETS.get(s.task().name());
            if (t != null) {
                n.put("target", t);
                n.put("met", met(s));
            }
        }
        o.putPOJO("not_applied", r.notApplied());
        o.putPOJO("skipped", r.skipped());
        try {
            return ModelJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(o) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String fmt(double v) { return String.format(Locale.ROOT, "%.2f", v); }
}
