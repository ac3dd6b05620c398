package org.enecg.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.enecg.cache.EmbeddingCache;
import org.enecg.cache.EmbeddingRows;
import org.enecg.cache.Embedder;
import org.enecg.cache.RecordRefs;
import org.enecg.data.Manifest;
import org.enecg.data.ManifestRow;
import org.enecg.data.Task;
import org.enecg.data.TaskLabels;
import org.enecg.data.Tasks;
import org.enecg.data.importer.Datasets;
import org.enecg.data.importer.ImportResult;
import org.enecg.data.importer.WfdbSource;
import org.enecg.expert.GateInput;
import org.enecg.io.wfdb.WfdbReader;
import org.enecg.model.ModelJson;
import org.enecg.train.Labels;
import org.enecg.train.TrainingData;

/**
 * Dataset to embeddings to training data, the steps of DESIGN.md section 2 in order: {@link #dataset} resolves
 * {@code --data}; {@link #embed} runs the experts through the cache (bad records are reported and skipped);
 * {@link #tasks} picks the tasks; {@link #trainingData} lines the manifest's labels up with the table's rows.
 */
public final class Pipeline {
    /** Where the embedding cache lives when none is named: inside the installation, beside the run outputs. */
    public static final String DEFAULT_CACHE = "runs/cache";

    private Pipeline() {}

    /** The default cache folder of an installation. */
    public static Path defaultCache(Path home) { return home.resolve(DEFAULT_CACHE); }

    /** The gate input of every model made here: the paper's (lead II, 10 s at 500 Hz, record z-score). */
    public static GateInput gateInput() { return GateInput.paperDefaults(); }

    /** What the model file stores about the gate input: every field of its fingerprint, as JSON. */
    public static String gateInputDescription(GateInput g) {
        var o = ModelJson.MAPPER.createObjectNode();
        o.put("name", g.name());
        o.put("fingerprint", g.fingerprint().id());
        var fields = o.putObject("fields");
        g.fingerprint().parameters().forEach(fields::put);
        o.put("version", g.fingerprint().version());
        return o.toString();
    }

    /** The dataset {@code --data} names (bundled, a manifest, a folder to import), with what an import skipped. */
    public static ImportResult dataset(String data) throws IOException {
        return Datasets.importFor(data, new WfdbSource(false));
    }

    /**
     * Embeds every manifest record with the experts and the gate input (computing only what the cache lacks) and
     * returns the table of the records that could be embedded, with the run's summary (skipped records and why).
     */
    public static Embedder.TableResult embed(Manifest manifest, ExpertSet experts, GateInput gate, Path cache, int threads,
                                             Embedder.Progress progress) throws IOException, InterruptedException {
        try (EmbeddingCache c = EmbeddingCache.open(cache)) {
            // on Ctrl-C keep what was computed (the cache writes atomically; a later run resumes from it)
            Thread flush = new Thread(() -> {
                try {
                    c.flush();
                } catch (IOException | RuntimeException e) {
                    // best effort: rows flushed before are safe anyway
                }
            });
            Runtime.getRuntime().addShutdownHook(flush);
            try {
                return new Embedder(c, threads).table(RecordRefs.of(manifest, WfdbReader::read), experts.experts(), gate, progress);
            } finally {
                Runtime.getRuntime().removeShutdownHook(flush);
            }
        }
    }

    /**
     * The tasks to learn: the given specs ({@code age}, {@code name:type:column}), or every built-in task the manifest
     * has a column for.
     */
    public static List<Task> tasks(List<String> specs, Manifest manifest) {
        if (specs.isEmpty()) {
            List<Task> all = Tasks.defaultsFor(manifest);
            if (all.isEmpty()) {
                throw new IllegalArgumentException("the data has no label column of a built-in task (" + Tasks.builtIn().stream().map(Task::name).toList()
                        + "); its columns are " + manifest.labelColumns() + "; name tasks with --tasks name:type:column");
            }
            return all;
        }
        return Tasks.parseList(String.join(",", specs), manifest);
    }

    /**
     * The tasks that have at least one label among the table's records. A task without any is an error naming it and
     * the data when {@code requested} (the user named it), else it is left out (the caller says so).
     *
     * @throws IllegalArgumentException when a requested task has no label, or no task has any
     */
    public static List<Task> labelledTasks(LabelledData labelled, boolean requested, String data) {
        TrainingData d = labelled.data();
        int[] all = java.util.stream.IntStream.range(0, d.table().size()).toArray();
        List<Task> out = new ArrayList<>();
        for (Task t : d.tasks()) {
            if (d.labels().count(t.name(), all) > 0) {
                out.add(t);
            } else if (requested) {
                List<String> unread = labelled.notes().stream().filter(n -> n.endsWith("left out of task " + t.name())).toList();
                throw new IllegalArgumentException("task " + t.name() + " has no labels in " + data + ": column " + t.column()
                        + " has no usable value for any of the " + d.table().size() + " records that could be embedded"
                        + (unread.isEmpty() ? "" : "; " + unread.size() + " cell(s) could not be read, e.g. " + unread.get(0)));
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no task has a label in " + data + " among the " + d.table().size()
                    + " records that could be embedded (tasks " + d.tasks().stream().map(Task::name).toList() + ")");
        }
        return out;
    }

    /** Labels and what went wrong reading them. */
    public record LabelledData(TrainingData data, List<String> notes) {}

    /**
     * The table's rows with their labels and subjects from the manifest. A label cell that cannot be read (a class
     * that is not one of the task's) leaves that record out of that task only, with a note naming it.
     */
    public static LabelledData trainingData(Manifest manifest, List<Task> tasks, EmbeddingRows table, GateInput gate) {
        List<String> notes = new ArrayList<>();
        List<String> ids = new ArrayList<>(manifest.size());
        for (ManifestRow r : manifest.rows()) ids.add(r.recordId());
        Map<String, double[]> byTask = TaskLabels.lenient(tasks, manifest, notes::add);
        List<String> subjects = manifest.rows().stream().map(ManifestRow::subjectId).toList();
        return new LabelledData(TrainingData.aligned(table, ids, byTask, subjects, tasks, gateInputDescription(gate)), notes);
    }
}
