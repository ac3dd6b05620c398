package org.enecg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.enecg.cache.CachedMatrix;
import org.enecg.cache.Embedder;
import org.enecg.cache.EmbeddingCache;
import org.enecg.cache.EmbeddingTable;
import org.enecg.cache.RecordKey;
import org.enecg.cache.RecordRef;
import org.enecg.cache.RecordRefs;
import org.enecg.data.Manifest;
import org.enecg.expert.Expert;
import org.enecg.expert.ExpertInput;
import org.enecg.expert.GateInput;
import org.enecg.expert.onnx.OnnxExpert;
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
import org.openjdk.jmh.annotations.TearDown;

/**
 * Embedding throughput on one thread (run by {@code scripts/bench-embedding.sh}; results in
 * docs/benchmarks/embedding.md). Input: the first {@link #N} LUDB records (real ECGs, 10 s, 12 leads, 500 Hz),
 * read once in setup. Every per-expert benchmark is one record per op (ops/s = records/s), through the whole
 * expert path: {@code ExpertInput.prepare} (select, sanitise, resample, normalise) plus the model and pooling.
 *
 * <ul>
 * <li>{@code ecgfmLike}, {@code momentLike}, {@code xceptionTime}, {@code rhythmLeadII}, {@code beatAami} (QRS
 *     detection, every beat through three folds at batch 1), {@code gateInput}: one expert.</li>
 * <li>{@code recomputeDefaultSet}: what the cache saves per record: reading it from its files, its content key,
 *     and ecgfm-like + moment-like + the gate input.</li>
 * <li>{@code warmTable}: the {@code EmbeddingTable} of all {@link #N} records from a warm cache, as a warm
 *     {@code enecg} run builds it (file stamps, record-key memo, row lookups); ops/s × N = records/s.</li>
 * <li>{@code warmMatrixFromDisk}: opening the cache folder and reading one expert's matrix from its .npy/.csv;
 *     ops/s × N = records/s.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EmbeddingBench {
    static final int N = 50;

    List<Record> records;
    List<RecordRef> sources;
    OnnxExpert ecgfm, moment, xception, rhythm, beat;
    GateInput gate;
    Path cacheDir;
    EmbeddingCache cache;
    int next;

    @Setup(Level.Trial)
    public void setup() throws Exception {
        List<RecordRef> all = RecordRefs.of(Manifest.read(Path.of("data/bundled/manifest.csv")), WfdbReader::read);
        sources = all.subList(0, N); // the manifest starts with LUDB records 1..200
        records = new ArrayList<>();
        for (RecordRef s : sources) records.add(s.reader().read());
        ecgfm = OnnxExpert.load(Path.of("models/test/ecgfm-like.card.json"));
        moment = OnnxExpert.load(Path.of("models/test/moment-like.card.json"));
        xception = OnnxExpert.load(Path.of("models/pretrained/xceptiontime-ptbxl/xceptiontime-ptbxl.card.json"));
        rhythm = OnnxExpert.load(Path.of("models/pretrained/rhythm-leadii-cinc2020/rhythm-leadii-cinc2020.card.json"));
        beat = OnnxExpert.load(Path.of("models/pretrained/beat-aami-mitbih/beat-aami-mitbih.card.json"));
        gate = GateInput.paperDefaults();
        Files.createDirectories(Path.of("target/tmp"));
        cacheDir = Files.createTempDirectory(Path.of("target/tmp"), "bench-cache");
        try (EmbeddingCache c = EmbeddingCache.open(cacheDir)) {
            new Embedder(c, 1).embed(sources, List.of(ecgfm, moment, gate), Embedder.Progress.NONE);
        }
        cache = EmbeddingCache.open(cacheDir);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        cache.close();
        for (Expert e : List.of(ecgfm, moment, xception, rhythm, beat)) e.close();
        try (Stream<Path> s = Files.walk(cacheDir)) {
            for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) Files.delete(p);
        }
    }

    private Record nextRecord() {
        Record r = records.get(next);
        next = (next + 1) % records.size();
        return r;
    }

    private static float[] one(Expert e, Record r) { return e.embed(ExpertInput.prepare(r, e.spec())); }

    @Benchmark public float[] ecgfmLike() { return one(ecgfm, nextRecord()); }

    @Benchmark public float[] momentLike() { return one(moment, nextRecord()); }

    @Benchmark public float[] xceptionTime() { return one(xception, nextRecord()); }

    @Benchmark public float[] rhythmLeadII() { return one(rhythm, nextRecord()); }

    @Benchmark public float[] gateInput() { return one(gate, nextRecord()); }

    @Benchmark public float[] beatAami() { return one(beat, nextRecord()); }

    @Benchmark
    public Object recomputeDefaultSet() throws IOException {
        RecordRef s = sources.get(next);
        next = (next + 1) % sources.size();
        Record r = s.reader().read();
        return new Object[] {RecordKey.of(r), one(ecgfm, r), one(moment, r), one(gate, r)};
    }

    @Benchmark
    public EmbeddingTable warmTable() throws Exception {
        return new Embedder(cache, 1).table(sources, List.of(ecgfm, moment), gate, Embedder.Progress.NONE).table();
    }

    @Benchmark
    public CachedMatrix warmMatrixFromDisk() throws IOException {
        cache.close(); // release the lock so the folder can be opened as a new run would
        try (EmbeddingCache c = EmbeddingCache.open(cacheDir)) {
            return c.read(ecgfm);
        } finally {
            cache = EmbeddingCache.open(cacheDir);
        }
    }
}
