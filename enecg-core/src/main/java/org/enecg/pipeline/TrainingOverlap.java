package org.enecg.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.enecg.data.Manifest;
import org.enecg.data.ManifestRow;
import org.enecg.data.SourceDataset;

/**
 * Which records an expert may have seen in training: each record's source database ({@link SourceDataset}) against
 * each expert's declared training data (its model card's {@code training_data}). A record is <em>unseen</em> when its
 * source is known and no expert lists it; a record of unknown source is never counted as unseen. Metrics on the
 * unseen records, beside those on all records, keep memory from passing for skill.
 *
 * @param sourceOf        record id → its source database, where known
 * @param seenBy          source → the experts whose training data names it
 * @param unrecognised    expert → training-data entries that name no database known here (they cannot be checked)
 * @param unseen          ids of the records no expert can have seen
 * @param records         records in the data
 */
public record TrainingOverlap(Map<String, SourceDataset> sourceOf, Map<SourceDataset, List<String>> seenBy,
                              Map<String, List<String>> unrecognised, Set<String> unseen, int records) {

    /** Name of the subset of records no expert can have seen. */
    public static final String UNSEEN = "unseen";
    /** An unseen source database with at least this many records also gets a subset of its own (e.g. LUDB). */
    public static final int MIN_SOURCE_RECORDS = 50;

    public static TrainingOverlap of(Manifest manifest, List<ExpertSource> experts) {
        Map<String, SourceDataset> sourceOf = new LinkedHashMap<>();
        for (ManifestRow r : manifest.rows()) {
            Optional<SourceDataset> s = SourceDataset.of(r);
            s.ifPresent(x -> sourceOf.put(r.recordId(), x));
        }
        Map<SourceDataset, List<String>> seenBy = new TreeMap<>();
        for (SourceDataset s : new LinkedHashSet<>(sourceOf.values())) {
            List<String> by = new ArrayList<>();
            for (ExpertSource e : experts) if (s.namedByAny(e.trainingData())) by.add(e.name());
            seenBy.put(s, List.copyOf(by));
        }
        Map<String, List<String>> unrecognised = new LinkedHashMap<>();
        for (ExpertSource e : experts) {
            List<String> u = e.trainingData().stream().filter(t -> !SourceDataset.recognised(t)).toList();
            if (!u.isEmpty()) unrecognised.put(e.name(), u);
        }
        Set<String> unseen = new LinkedHashSet<>();
        sourceOf.forEach((id, s) -> {
            if (seenBy.get(s).isEmpty()) unseen.add(id);
        });
        return new TrainingOverlap(sourceOf, seenBy, unrecognised, unseen, manifest.size());
    }

    /**
     * The evaluation subsets: {@value #UNSEEN} (when some but not all records are unseen), and each unseen source
     * database with at least {@value #MIN_SOURCE_RECORDS} records that is not already the whole unseen set, by its
     * name (on the bundled data: LUDB).
     */
    public Map<String, Set<String>> subsets() {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        if (unseen.isEmpty() || unseen.size() == records) return out;
        out.put(UNSEEN, unseen);
        Map<SourceDataset, Set<String>> bySource = new TreeMap<>();
        for (String id : unseen) bySource.computeIfAbsent(sourceOf.get(id), k -> new LinkedHashSet<>()).add(id);
        bySource.forEach((s, ids) -> {
            if (ids.size() >= MIN_SOURCE_RECORDS && ids.size() < unseen.size()) out.put(s.displayName(), ids);
        });
        return out;
    }

    /** Records per source database, in the data. */
    public Map<SourceDataset, Integer> recordsPerSource() {
        Map<SourceDataset, Integer> n = new TreeMap<>();
        for (SourceDataset s : sourceOf.values()) n.merge(s, 1, Integer::sum);
        return n;
    }
}
