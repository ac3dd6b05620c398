package org.enecg.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.enecg.cache.EmbedSummary;
import org.enecg.cache.Embedder;
import org.enecg.cache.ExpertRegistry;
import org.enecg.data.BatchResult;
import org.enecg.data.Manifest;
import org.enecg.data.Task;
import org.enecg.data.importer.ImportResult;
import org.enecg.expert.GateInput;
import org.enecg.train.TrainingData;

/**
 * A dataset made ready for training and evaluation: its manifest, the experts (open: close this when done), the
 * embedding run, the training data and the training-data overlap, with every record that was skipped or left out of a
 * task and why.
 *
 * @param data          what {@code --data} said
 * @param manifest      the dataset's manifest
 * @param importSkipped records an on-the-fly import skipped
 * @param experts       the opened experts
 * @param embedding     the embedding run (records computed, from the cache, skipped with reasons)
 * @param training      the table with labels, subjects and tasks
 * @param labelNotes    labels that could not be read (each left its record out of that task only)
 * @param overlap       which records the experts may have seen in training
 */
public record PreparedData(String data, Manifest manifest, List<BatchResult.Skipped> importSkipped, ExpertSet experts,
                           EmbedSummary embedding, TrainingData training, List<String> labelNotes, TrainingOverlap overlap)
        implements AutoCloseable {

    /** What to prepare. */
    public record Request(String data, List<String> tasks, List<String> experts, Path cache, int threads, Path home) {
        public Request {
            tasks = List.copyOf(tasks);
            experts = List.copyOf(experts);
        }
    }

    /**
     * Resolves the data, picks the tasks, opens the experts, embeds through the cache and lines up the labels.
     *
     * @throws IllegalArgumentException when nothing could be imported or embedded, or a task or expert is unknown
     */
    public static PreparedData prepare(Request req, Embedder.Progress progress) throws IOException, InterruptedException {
        return prepare(req, Pipeline.dataset(req.data()), progress);
    }

    /**
     * {@link #prepare(Request, Embedder.Progress)} on data already resolved (a command resolves it first to check its
     * outputs against the records before any work). A task named in the request that has no label among the embedded
     * records is an error naming the task and the data; a task chosen by default that has none is left out with a note.
     */
    public static PreparedData prepare(Request req, ImportResult imported, Embedder.Progress progress) throws IOException, InterruptedException {
        if (imported.nothingImported()) {
            throw new IllegalArgumentException(req.data() + ": no record could be imported" + (imported.skipped().isEmpty() ? ""
                    : "; first problem: " + imported.skipped().get(0)));
        }
        Manifest manifest = imported.manifest();
        List<Task> tasks = Pipeline.tasks(req.tasks(), manifest);
        for (Task t : tasks) { // before any embedding: a task named on the command line whose column is empty
            if (!req.tasks().isEmpty() && manifest.rows().stream().allMatch(r -> r.label(t.column()).isEmpty())) {
                throw new IllegalArgumentException("task " + t.name() + " has no labels in " + req.data() + ": column " + t.column()
                        + " is empty in all " + manifest.size() + " records");
            }
        }
        ExpertSet experts = ExpertSet.open(ExpertRegistry.standard(req.home()), req.experts(), req.home());
        try {
            GateInput gate = Pipeline.gateInput();
            Embedder.TableResult t = Pipeline.embed(manifest, experts, gate, req.cache(), req.threads(), progress);
            if (t.rows().size() == 0) {
                throw new IllegalArgumentException(req.data() + ": none of the " + manifest.size() + " records could be embedded; first problem: "
                        + (t.summary().skipped().isEmpty() ? "none reported" : t.summary().skipped().get(0).record() + ": " + t.summary().skipped().get(0).reason()));
            }
            Pipeline.LabelledData labelled = Pipeline.trainingData(manifest, tasks, t.rows(), gate);
            List<Task> labelledTasks = Pipeline.labelledTasks(labelled, !req.tasks().isEmpty(), req.data());
            if (labelledTasks.size() < tasks.size()) {
                List<String> notes = new ArrayList<>(labelled.notes());
                for (Task k : tasks) if (!labelledTasks.contains(k)) notes.add("task " + k.name() + ": no record of " + req.data()
                        + " that could be embedded has a label in column " + k.column() + "; task left out");
                labelled = new Pipeline.LabelledData(Pipeline.trainingData(manifest, labelledTasks, t.rows(), gate).data(), notes);
            }
            List<BatchResult.Skipped> skipped = new ArrayList<>(imported.skipped());
            return new PreparedData(req.data(), manifest, skipped, experts, t.summary(), labelled.data(), labelled.notes(),
                    TrainingOverlap.of(manifest, experts.sources()));
        } catch (IOException | InterruptedException | RuntimeException e) {
            experts.close();
            throw e;
        }
    }

    /** Records that were given but are not in the table (import or embedding failed), each with its reason. */
    public List<String> skippedRecords() {
        List<String> out = new ArrayList<>();
        for (BatchResult.Skipped s : importSkipped) out.add(s.toString());
        for (EmbedSummary.Skipped s : embedding.skipped()) out.add(s.record() + ": " + s.reason());
        return out;
    }

    @Override
    public void close() { experts.close(); }
}
