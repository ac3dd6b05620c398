package org.enecg.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.enecg.cache.EmbeddingTable;
import org.enecg.cache.RecordRef;
import org.enecg.cache.RecordRefs;
import org.enecg.data.Manifest;
import org.enecg.data.ManifestRow;
import org.enecg.data.Task;
import org.enecg.data.TaskLabels;
import org.enecg.data.importer.ImportResult;
import org.enecg.eval.SubjectKFold;
import org.enecg.io.wfdb.WfdbReader;
import org.enecg.pipeline.Pipeline;
import org.enecg.train.TrainingData;

/**
 * The records both procedures read, in one order: each with its id, subject and labels, and the subject-wise fold it
 * is tested in (the project's {@link SubjectKFold}, decided once from ids and subjects, so both procedures train and
 * test on the same records).
 */
public final class BenchData {
    private final String name;
    private final List<RecordRef> refs;
    private final List<String> subjects;
    private final List<Task> tasks;
    private final Map<String, double[]> labels;
    private final Map<String, Integer> foldOf = new HashMap<>();
    private final int folds;

    /**
     * @param refs     the records (ids unique)
     * @param subjects subject of each record
     * @param labels   task name → one label per record (NaN: none)
     */
    public BenchData(String name, List<RecordRef> refs, List<String> subjects, List<Task> tasks, Map<String, double[]> labels, int folds, long seed) {
        this.name = name;
        this.refs = List.copyOf(refs);
        this.subjects = List.copyOf(subjects);
        this.tasks = List.copyOf(tasks);
        this.labels = new LinkedHashMap<>(labels);
        this.folds = folds;
        if (subjects.size() != refs.size()) throw new IllegalArgumentException(subjects.size() + " subjects for " + refs.size() + " records");
        for (Task t : tasks) {
            double[] v = labels.get(t.name());
            if (v == null || v.length != refs.size()) throw new IllegalArgumentException("task " + t.name() + ": need one label per record");
        }
        // the folds of a table holding nothing but the ids: SubjectKFold reads only ids and subjects
        float[][] none = new float[refs.size()][1];
        EmbeddingTable ids = new EmbeddingTable(ids(), List.of(new EmbeddingTable.ExpertOutputs("none", "none", none)), new float[refs.size()][0]);
        for (SubjectKFold.Fold f : new SubjectKFold(folds, seed).split(trainingData(ids))) {
            for (int r : f.testRows()) foldOf.put(refs.get(r).id(), f.index());
        }
    }

    /**
     * A dataset as {@code --data} names it, reduced to {@code records} records spread evenly over the manifest (0: all),
     * with the given tasks (empty: every built-in task the data has).
     */
    public static BenchData load(String data, List<String> taskSpecs, int records, int folds, long seed) throws IOException {
        ImportResult imported = Pipeline.dataset(data);
        if (imported.nothingImported()) throw new IllegalArgumentException(data + ": no record could be imported");
        Manifest m = imported.manifest();
        if (records < 0) throw new IllegalArgumentException("records must be 0 (all) or positive, found " + records);
        if (records > 0 && records < m.size()) {
            List<ManifestRow> rows = new ArrayList<>();
            for (int i = 0; i < records; i++) rows.add(m.rows().get((int) ((long) i * m.size() / records)));
            m = Manifest.of(m.baseDir(), m.labelColumns(), rows);
        }
        List<Task> tasks = Pipeline.tasks(taskSpecs, m);
        Map<String, double[]> labels = TaskLabels.lenient(tasks, m, note -> { }); // as the pipeline, without the notes
        List<String> subjects = m.rows().stream().map(ManifestRow::subjectId).toList();
        return new BenchData(data + (records > 0 && records < imported.manifest().size() ? " (" + m.size() + " records)" : ""),
                RecordRefs.of(m, WfdbReader::read), subjects, tasks, labels, folds, seed);
    }

    public String name() { return name; }

    public List<RecordRef> refs() { return refs; }

    public int size() { return refs.size(); }

    public List<Task> tasks() { return tasks; }

    public int folds() { return folds; }

    public List<String> ids() { return refs.stream().map(RecordRef::id).toList(); }

    public String subject(int record) { return subjects.get(record); }

    /** The label of a record for a task (NaN: none). */
    public double label(String task, int record) { return labels.get(task)[record]; }

    /** The fold whose test set holds this record. */
    public int foldOf(String id) {
        Integer f = foldOf.get(id);
        if (f == null) throw new IllegalArgumentException("record " + id + " is not in the data");
        return f;
    }

    /** The table's rows with their labels, subjects and tasks (the table's rows are records of this data, by id). */
    public TrainingData trainingData(EmbeddingTable table) {
        return TrainingData.aligned(table, ids(), labels, subjects, tasks, Pipeline.gateInputDescription(Pipeline.gateInput()));
    }

    /** {train rows, test rows} of fold {@code f} among rows given by their record ids (ascending). */
    public int[][] split(List<String> rowIds, int f) {
        int[] test = java.util.stream.IntStream.range(0, rowIds.size()).filter(r -> foldOf(rowIds.get(r)) == f).toArray();
        int[] train = java.util.stream.IntStream.range(0, rowIds.size()).filter(r -> foldOf(rowIds.get(r)) != f).toArray();
        return new int[][] {train, test};
    }
}
