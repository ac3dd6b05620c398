package org.enecg.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.enecg.expert.Expert;
import org.enecg.expert.ExpertInput;
import org.enecg.expert.builtin.BuiltinExperts;
import org.enecg.io.Record;
import org.enecg.io.wfdb.WfdbReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Throughput of the built-in experts (run by {@code scripts/bench-builtin.sh}; results in
 * docs/benchmarks/embedding.md, section "Built-in experts"). Input: LUDB records 1-50 (real ECGs, 10 s, 12 leads,
 * 500 Hz), read once in setup and taken in turn, one record per operation, so ops/s = records/s. Each operation is
 * the whole expert path: {@code ExpertInput.prepare} (lead selection, sanitising, resampling, normalisation) plus the
 * expert. {@code defaultSet} runs the five built-ins of the default set on one record; rhythm and morphology then
 * share one QRS detection and delineation through the per-record memo, as in an embedding run. The single-expert
 * benchmarks cycle through 50 records, more than the memo holds, so each of them pays for its own analysis.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class BuiltinExpertBench {
    static final int N = 50;

    List<Record> records;
    Expert rhythm, morphology, spectral, rocket, dlinear;
    List<Expert> defaults;

    /** Each thread takes the records in turn. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;

        Record take(List<Record> records) {
            Record r = records.get(next);
            next = (next + 1) % records.size();
            return r;
        }
    }

    @Setup(Level.Trial)
    public void setup() throws IOException {
        records = new ArrayList<>();
        for (int i = 1; i <= N; i++) records.add(WfdbReader.read(Path.of("data/bundled/ludb/data/" + i)));
        rhythm = BuiltinExperts.create("rhythm");
        morphology = BuiltinExperts.create("morphology");
        spectral = BuiltinExperts.create("spectral");
        rocket = BuiltinExperts.create("rocket");
        dlinear = BuiltinExperts.create("dlinear");
        defaults = new ArrayList<>();
        for (String n : BuiltinExperts.DEFAULT_SET) defaults.add(BuiltinExperts.create(n));
    }

    private static float[] one(Expert e, Record r) { return e.embed(ExpertInput.prepare(r, e.spec())); }

    @Benchmark public float[] rhythm(Cursor c) { return one(rhythm, c.take(records)); }

    @Benchmark public float[] morphology(Cursor c) { return one(morphology, c.take(records)); }

    @Benchmark public float[] spectral(Cursor c) { return one(spectral, c.take(records)); }

    @Benchmark public float[] rocket(Cursor c) { return one(rocket, c.take(records)); }

    @Benchmark public float[] dlinear(Cursor c) { return one(dlinear, c.take(records)); }

    @Benchmark
    public int defaultSet(Cursor c) {
        Record r = c.take(records);
        int n = 0;
        for (Expert e : defaults) n += one(e, r).length;
        return n;
    }
}
