package org.enecg.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.enecg.cache.RecordRef;
import org.enecg.expert.Expert;
import org.enecg.expert.ExpertInput;
import org.enecg.expert.GateInput;
import org.enecg.io.Record;

/**
 * The paper procedure's data loader: every record read once and brought once, in memory, to what each expert reads
 * (lead selection, resampling, normalisation: {@link ExpertInput}) and to the gate's input (lead II, 5000 samples),
 * as the authors' {@code load_data_all_modes} reads and resamples each record once before training. What it keeps is
 * the experts' inputs, not their outputs: those are computed again on every batch.
 */
final class PreparedRecords {

    /**
     * One record ready for the experts.
     *
     * @param id     record id
     * @param index  its position in the {@link BenchData}
     * @param inputs one prepared input per expert, in the experts' order
     * @param gate   the gate's input
     */
    record Item(String id, int index, ExpertInput[] inputs, float[] gate) {}

    private final List<Item> items;
    private final List<String> skipped;
    private final double seconds;

    private PreparedRecords(List<Item> items, List<String> skipped, double seconds) {
        this.items = List.copyOf(items);
        this.skipped = List.copyOf(skipped);
        this.seconds = seconds;
    }

    /** Reads and prepares every record on the pool; a record that cannot be read or prepared is skipped with its reason. */
    static PreparedRecords load(BenchData data, List<? extends Expert> experts, GateInput gate, ExecutorService pool)
            throws InterruptedException {
        long t0 = System.nanoTime();
        List<Future<Object>> futures = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            RecordRef ref = data.refs().get(i);
            int index = i;
            futures.add(pool.submit(() -> prepare(ref, index, experts, gate)));
        }
        List<Item> items = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Future<Object> f : futures) {
            Object o;
            try {
                o = f.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("preparing a record failed: " + e.getCause(), e.getCause());
            }
            if (o instanceof Item it) items.add(it);
            else skipped.add((String) o);
        }
        return new PreparedRecords(items, skipped, (System.nanoTime() - t0) / 1e9);
    }

    /** The item, or a line saying why the record was skipped. */
    private static Object prepare(RecordRef ref, int index, List<? extends Expert> experts, GateInput gate) {
        try {
            Record r = ref.reader().read();
            ExpertInput[] in = new ExpertInput[experts.size()];
            for (int e = 0; e < in.length; e++) in[e] = ExpertInput.prepare(r, experts.get(e).spec());
            float[] g = gate.embed(ExpertInput.prepare(r, gate.spec()));
            return new Item(ref.id(), index, in, g);
        } catch (java.io.IOException | RuntimeException e) {
            return ref.label() + ": " + (e.getMessage() != null ? e.getMessage() : e.toString());
        }
    }

    List<Item> items() { return items; }

    List<String> skipped() { return skipped; }

    /** Wall time of the load. */
    double seconds() { return seconds; }

    List<String> ids() { return items.stream().map(Item::id).toList(); }
}
