package org.enecg.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.enecg.cache.EmbedSummary;
import org.enecg.cache.Embedder;
import org.enecg.cache.RecordRef;
import org.enecg.cache.RecordRefs;
import org.enecg.data.Manifest;
import org.enecg.data.ManifestRow;
import org.enecg.expert.GateInput;
import org.enecg.io.wfdb.WfdbReader;
import org.enecg.model.EnEcgModel;
import org.enecg.model.Prediction;
import org.enecg.signal.quality.QualityGrade;
import org.enecg.signal.quality.QualityReason;
import org.enecg.signal.quality.QualityRequirements;
import org.enecg.signal.quality.RecordQuality;

/**
 * A saved model's answers for a dataset, quality first: assess every record against what the model's experts need,
 * embed the records that will be answered (all but the poor ones, unless poor records are allowed), predict, and
 * give every input record a {@link RecordAnswer} in manifest order (refused and unembeddable records keep theirs,
 * with the reason).
 *
 * @param answers   one per manifest row, in order
 * @param embedding the embedding run of the answered records
 * @param quality   grades and reasons of the batch
 */
public record PredictionRun(List<RecordAnswer> answers, EmbedSummary embedding, QualitySummary quality) {
    public PredictionRun {
        answers = List.copyOf(answers);
    }

    /**
     * Runs the steps above.
     *
     * @param allowPoor answer poor records too (still flagged poor)
     */
    public static PredictionRun predict(EnEcgModel model, Manifest manifest, ExpertSet experts, GateInput gate, Path cache,
                                        int threads, boolean allowPoor, Embedder.Progress progress) throws IOException, InterruptedException {
        QualityRequirements req = QualityChecks.requirements(experts.experts(), gate);
        List<RecordRef> refs = RecordRefs.of(manifest, WfdbReader::read);
        List<RecordQuality> qualities = QualityChecks.assess(refs, req, threads);
        List<ManifestRow> toEmbed = new ArrayList<>();
        Map<String, String> idOfLabel = new HashMap<>();
        for (int i = 0; i < refs.size(); i++) {
            RecordQuality q = qualities.get(i);
            boolean unreadable = q.codes().contains(RecordQuality.UNREADABLE);
            if (!unreadable && (q.answerable() || allowPoor)) {
                toEmbed.add(manifest.rows().get(i));
                idOfLabel.put(refs.get(i).label(), refs.get(i).id());
            }
        }
        Map<String, Prediction> predicted = new HashMap<>();
        Map<String, String> failed = new HashMap<>();
        EmbedSummary embedding = emptyRun(threads);
        if (!toEmbed.isEmpty()) {
            Manifest part = Manifest.of(manifest.baseDir(), manifest.labelColumns(), toEmbed);
            Embedder.TableResult t = Pipeline.embed(part, experts, gate, cache, threads, progress);
            embedding = t.summary();
            for (EmbedSummary.Skipped s : embedding.skipped()) failed.put(idOfLabel.getOrDefault(s.record(), s.record()), s.reason());
            if (t.rows().size() > 0) for (Prediction p : model.predict(t.rows())) predicted.put(p.recordId(), p);
        }
        List<RecordAnswer> answers = new ArrayList<>(refs.size());
        List<RecordQuality> finalQualities = new ArrayList<>(refs.size());
        for (int i = 0; i < refs.size(); i++) {
            String id = refs.get(i).id();
            RecordQuality q = qualities.get(i);
            if (failed.containsKey(id)) {
                q = q.with(QualityReason.record(RecordQuality.UNREADABLE, QualityGrade.POOR, "could not be embedded: " + failed.get(id)));
            }
            finalQualities.add(q);
            answers.add(new RecordAnswer(id, q, predicted.get(id)));
        }
        return new PredictionRun(answers, embedding, QualitySummary.of(finalQualities));
    }

    /** Records the model answered. */
    public int answered() { return (int) answers.stream().filter(RecordAnswer::answered).count(); }

    /** Poor records left unanswered (refused, unreadable or not embedded). */
    public int unanswered() { return answers.size() - answered(); }

    private static EmbedSummary emptyRun(int threads) {
        return new EmbedSummary(0, 0, 0, Map.of(), List.of(), 0, 0, 0, threads, 0, List.of());
    }
}
