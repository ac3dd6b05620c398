package org.enecg.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.enecg.data.Task;
import org.enecg.expert.GateInput;
import org.enecg.io.Record;
import org.enecg.model.EnEcgModel;
import org.enecg.model.Prediction;

/**
 * Issue 16's stability check: a saved model answers each record and each of its variants (another rate, a shorter
 * length), and the check reports how far every task's answers move. It measures the pipeline (resampling, windows,
 * padding, features), not the population: the same ECG should get the same answer from any machine. Steps: embed the
 * originals, then each variant (without the cache, {@link DirectEmbedding}); predict both; tally the changes.
 */
public final class StabilityCheck {

    /**
     * The check's outcome.
     *
     * @param records   records read and answered in their original form
     * @param shifts    per variant (in the given order), per task (the model's order)
     * @param notApplied per variant: records the variant does not apply to (a crop longer than the record, a rate
     *                  the record already has), left out of that variant only
     * @param skipped   records that could not be read or embedded, with the reason
     */
    public record Result(int records, List<PredictionShift> shifts, Map<String, Integer> notApplied, List<String> skipped) {}

    private StabilityCheck() {}

    public static Result run(EnEcgModel model, ExpertSet experts, GateInput gate, List<Record> records,
                             List<RecordVariant> variants, int threads) throws InterruptedException {
        DirectEmbedding.Result original = DirectEmbedding.of(records, experts.experts(), gate, threads);
        List<String> skipped = new ArrayList<>(original.skipped());
        Map<String, Prediction> base = byRecord(model.predict(original.table()));
        List<PredictionShift> shifts = new ArrayList<>();
        Map<String, Integer> notApplied = new java.util.LinkedHashMap<>();
        for (RecordVariant v : variants) {
            List<Record> changed = new ArrayList<>();
            for (Record r : records) if (base.containsKey(r.id()) && v.appliesTo(r)) changed.add(v.apply(r));
            notApplied.put(v.name(), base.size() - changed.size());
            DirectEmbedding.Result emb = DirectEmbedding.of(changed, experts.experts(), gate, threads);
            for (String s : emb.skipped()) skipped.add(v.name() + " variant of " + s);
            Map<String, Prediction> moved = byRecord(model.predict(emb.table()));
            for (Task t : model.tasks()) {
                PredictionShift.Tally tally = new PredictionShift.Tally(t, v.name());
                for (Map.Entry<String, Prediction> e : moved.entrySet()) {
                    double a = base.get(e.getKey()).task(t.name()).value();
                    double b = e.getValue().task(t.name()).value();
                    tally.add(a, b);
                }
                shifts.add(tally.result());
            }
        }
        return new Result(base.size(), shifts, notApplied, skipped);
    }

    private static Map<String, Prediction> byRecord(List<Prediction> ps) {
        Map<String, Prediction> m = new HashMap<>();
        for (Prediction p : ps) m.put(p.recordId(), p);
        return m;
    }
}
