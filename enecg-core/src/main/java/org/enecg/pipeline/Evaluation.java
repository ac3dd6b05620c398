package org.enecg.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.enecg.cache.EmbedSummary;
import org.enecg.data.SourceDataset;
import org.enecg.eval.ConfigChoice;
import org.enecg.eval.CrossValidation;
import org.enecg.eval.EvaluationPlan;
import org.enecg.eval.EvaluationResult;
import org.enecg.eval.ReportWriter;
import org.enecg.model.ModelJson;

/**
 * Cross-validation of prepared data with every baseline, the "ensemble without X" ablations asked for, and metrics on
 * the records no expert can have seen ({@link TrainingOverlap#subsets()}); writes {@code report.json} and
 * {@code report.html} with the data (records skipped and why) and the experts' training data beside the metrics.
 */
public final class Evaluation {
    private Evaluation() {}

    /**
     * @param folds     subject-wise folds
     * @param ablations experts to leave out one at a time
     * @param settings  the model and training settings for a fold's number of training records
     * @param threads   models trained in parallel
     */
    public record Settings(int folds, List<String> ablations, ConfigChoice settings, int threads) {
        public Settings {
            ablations = List.copyOf(ablations);
        }
    }

    /** Runs the cross-validation; {@code progress} gets one line per trained model. */
    public static EvaluationResult run(PreparedData p, Settings s, Consumer<String> progress) {
        Map<String, Set<String>> subsets = p.overlap().subsets();
        EvaluationPlan plan = EvaluationPlan.of(s.folds()).withThreads(s.threads()).withAblations(s.ablations()).withSubsets(subsets);
        return CrossValidation.run(p.training(), s.settings(), plan, progress);
    }

    /** Writes the reports into {@code dir}; returns the path of {@code report.json}. */
    public static Path write(EvaluationResult r, PreparedData p, Path dir) throws IOException {
        Map<String, JsonNode> extra = new LinkedHashMap<>();
        extra.put("data", data(p));
        extra.put("experts", experts(p));
        extra.put("training_overlap", overlap(p.overlap()));
        return ReportWriter.write(r, dir, extra, DataSections.html(p));
    }

    static ObjectNode data(PreparedData p) {
        ObjectNode o = ModelJson.MAPPER.createObjectNode();
        o.put("data", p.data());
        o.put("manifest_records", p.manifest().size());
        o.put("import_skipped", p.importSkipped().size());
        EmbedSummary e = p.embedding();
        o.put("embedded_records", e.ok());
        o.put("embedding_skipped", e.skipped().size());
        o.put("embedded_from_cache", e.fromCache());
        o.put("embedded_computed", e.computed());
        o.put("embedding_seconds", e.seconds());
        o.put("records_with_zero_filled_leads", e.missingLeads());
        o.put("records_with_nan_set_to_0", e.nonFinite());
        o.put("records_padded", e.padded());
        ArrayNode skipped = o.putArray("skipped");
        p.skippedRecords().forEach(skipped::add);
        ArrayNode notes = o.putArray("label_notes");
        p.labelNotes().forEach(notes::add);
        return o;
    }

    static ArrayNode experts(PreparedData p) {
        ArrayNode a = ModelJson.MAPPER.createArrayNode();
        for (ExpertSource s : p.experts().sources()) {
            ObjectNode x = a.addObject();
            x.put("name", s.name());
            x.put("reference", s.reference());
            x.put("kind", s.card() ? "onnx model card" : "built-in");
            x.put("fingerprint", s.fingerprint().id());
            ArrayNode t = x.putArray("training_data");
            s.trainingData().forEach(t::add);
            ArrayNode seen = x.putArray("sources_in_data_it_was_trained_on");
            p.overlap().seenBy().forEach((src, by) -> {
                if (by.contains(s.name())) seen.add(src.displayName());
            });
        }
        return a;
    }

    static ObjectNode overlap(TrainingOverlap t) {
        ObjectNode o = ModelJson.MAPPER.createObjectNode();
        o.put("rule", "a record is unseen when its source database is known and no expert's training_data names it;"
                + " records of unknown source are never unseen");
        ObjectNode sources = o.putObject("sources");
        Map<SourceDataset, Integer> n = t.recordsPerSource();
        t.seenBy().forEach((s, by) -> {
            ObjectNode x = sources.putObject(s.displayName());
            x.put("records", n.getOrDefault(s, 0));
            ArrayNode b = x.putArray("seen_by");
            by.forEach(b::add);
        });
        o.put("records_of_unknown_source", t.records() - t.sourceOf().size());
        o.put("unseen_records", t.unseen().size());
        ObjectNode subsets = o.putObject("subsets");
        t.subsets().forEach((k, v) -> subsets.put(k, v.size()));
        ObjectNode unrec = o.putObject("unrecognised_training_data");
        t.unrecognised().forEach((k, v) -> {
            ArrayNode a = unrec.putArray(k);
            v.forEach(a::add);
        });
        return o;
    }
}
