import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.enecg.cache.EmbeddingCache;
import org.enecg.cache.Embedder;
import org.enecg.cache.ExpertRegistry;
import org.enecg.cache.RecordRef;
import org.enecg.cache.RecordRefs;
import org.enecg.data.importer.Datasets;
import org.enecg.data.importer.WfdbSource;
import org.enecg.expert.Expert;
import org.enecg.expert.ExpertInput;
import org.enecg.expert.ExpertSpec;
import org.enecg.expert.GateInput;
import org.enecg.io.Record;
import org.enecg.io.wfdb.WfdbReader;

/**
 * One measurement of expert throughput, run as a single-file program against a build's classes, so the same probe
 * times the baseline and the candidate (scripts/bench-throughput.sh interleaves them). Uses only API that both have;
 * the per-record memo of resampled leads is used through reflection when the build has it. Prints "metric value"
 * lines (tab-separated). The working directory is the installation (models/, data/bundled).
 *
 * <pre>
 * java -cp CLASSES:LIB/* ThroughputProbe.java cold THREADS [EXPERTS]   fresh cache, all bundled records, JVM warmed first
 * java -cp ... ThroughputProbe.java experts RECORDS [EXPERTS]           CPU ms per record of each expert, one thread
 * java -cp ... ThroughputProbe.java latency RECORDS ONNX_THREADS        one record at a time, read + experts + gate input
 * java -cp ... ThroughputProbe.java peak MATMUL.onnx CONV.onnx           ONNX Runtime GFLOP/s, one thread
 * java -cp ... ThroughputProbe.java optlevels MODEL.onnx:d1,d2,d3 ...    ms per call at each graph optimisation level
 * java -cp ... ThroughputProbe.java split RECORDS                       one record's experts on two threads: CPU per side
 * </pre>
 */
public class ThroughputProbe {

    static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();
    static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    public static void main(String[] a) throws Throwable {
        switch (a[0]) {
            case "cold" -> cold(Integer.parseInt(a[1]), a.length > 2 ? a[2] : "");
            case "experts" -> experts(Integer.parseInt(a[1]), a.length > 2 ? a[2] : "");
            case "latency" -> latency(Integer.parseInt(a[1]), Integer.parseInt(a[2]));
            case "peak" -> peak(Path.of(a[1]), Path.of(a[2]));
            case "optlevels" -> optLevels(Arrays.copyOfRange(a, 1, a.length));
            case "split" -> split(Integer.parseInt(a[1]));
            default -> throw new IllegalArgumentException("unknown mode " + a[0]);
        }
    }

    static void out(String metric, double v) { System.out.printf(Locale.ROOT, "%s\t%.4f%n", metric, v); }

    static List<RecordRef> bundled() throws Exception {
        return RecordRefs.of(Datasets.importFor("bundled", new WfdbSource(false)).manifest(), WfdbReader::read);
    }

    static List<Expert> open(String names, int onnxThreads) throws Exception {
        ExpertRegistry reg = ExpertRegistry.standard(Path.of(""));
        List<String> n = names.isEmpty() ? reg.defaultNames() : Arrays.asList(names.split(","));
        List<Expert> ex = new ArrayList<>();
        for (String s : n) ex.add(reg.open(s, onnxThreads));
        return ex;
    }

    static void cold(int threads, String names) throws Exception {
        List<RecordRef> refs = bundled();
        List<Expert> ex = open(names, 1);
        ex.add(GateInput.paperDefaults());
        Path tmp = Files.createTempDirectory("probe-cold");
        try {
            // Warm-up (JIT, ONNX sessions) on the last 40 records, into a cache that is thrown away.
            try (EmbeddingCache c = EmbeddingCache.open(tmp.resolve("warmup"))) {
                new Embedder(c, threads).embed(refs.subList(refs.size() - 40, refs.size()), ex, Embedder.Progress.NONE);
            }
            long cpu0 = OS.getProcessCpuTime(), t0 = System.nanoTime();
            int ok;
            try (EmbeddingCache c = EmbeddingCache.open(tmp.resolve("timed"))) {
                ok = new Embedder(c, threads).embed(refs, ex, Embedder.Progress.NONE).ok();
            }
            double wall = (System.nanoTime() - t0) / 1e9, cpu = (OS.getProcessCpuTime() - cpu0) / 1e9;
            if (ok != refs.size()) throw new IllegalStateException(ok + " of " + refs.size() + " records embedded");
            out("cold.records", ok);
            out("cold.wall_s", wall);
            out("cold.records_per_s", ok / wall);
            out("cold.cpu_ms_per_record", cpu * 1000 / ok);
        } finally {
            try (Stream<Path> s = Files.walk(tmp)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
            for (Expert e : ex) e.close();
        }
    }

    /** ExpertInput.prepare(record, spec, new ResampledLeads(record)) where the build has it, else prepare(record, spec). */
    static final class Preparer {
        final MethodHandle withMemo, memo;

        Preparer() {
            MethodHandle w = null, m = null;
            try {
                Class<?> rl = Class.forName("org.enecg.expert.ResampledLeads");
                w = MethodHandles.publicLookup().findStatic(ExpertInput.class, "prepare",
                        MethodType.methodType(ExpertInput.class, Record.class, ExpertSpec.class, rl));
                m = MethodHandles.publicLookup().findConstructor(rl, MethodType.methodType(void.class, Record.class));
            } catch (ReflectiveOperationException e) {
                // baseline build: no memo
            }
            withMemo = w;
            memo = m;
        }

        Object memo(Record r) throws Throwable { return memo == null ? null : memo.invoke(r); }

        ExpertInput prepare(Record r, ExpertSpec spec, Object m) throws Throwable {
            return withMemo == null ? ExpertInput.prepare(r, spec) : (ExpertInput) withMemo.invoke(r, spec, m);
        }
    }

    static void experts(int n, String names) throws Throwable {
        List<RecordRef> refs = bundled();
        List<Expert> ex = open(names, 1);
        ex.add(GateInput.paperDefaults());
        Preparer p = new Preparer();
        long[] prep = new long[ex.size()], comp = new long[ex.size()], items = new long[ex.size()];
        long read = 0;
        for (int pass = 0; pass < 2; pass++) { // the first pass warms up
            Arrays.fill(prep, 0);
            Arrays.fill(comp, 0);
            Arrays.fill(items, 0);
            read = 0;
            for (int i = 0; i < n; i++) {
                long c0 = MX.getCurrentThreadCpuTime();
                Record r = refs.get((i * 7) % refs.size()).reader().read();
                read += MX.getCurrentThreadCpuTime() - c0;
                Object m = p.memo(r);
                for (int e = 0; e < ex.size(); e++) {
                    long t0 = MX.getCurrentThreadCpuTime();
                    ExpertInput in = p.prepare(r, ex.get(e).spec(), m);
                    long t1 = MX.getCurrentThreadCpuTime();
                    ex.get(e).embed(in);
                    long t2 = MX.getCurrentThreadCpuTime();
                    prep[e] += t1 - t0;
                    comp[e] += t2 - t1;
                    items[e] += in.items().size();
                }
            }
        }
        out("experts.read_ms", read / 1e6 / n);
        double total = read / 1e6 / n;
        for (int e = 0; e < ex.size(); e++) {
            out("experts." + ex.get(e).name() + ".prepare_ms", prep[e] / 1e6 / n);
            out("experts." + ex.get(e).name() + ".compute_ms", comp[e] / 1e6 / n);
            out("experts." + ex.get(e).name() + ".items", items[e] / (double) n);
            total += (prep[e] + comp[e]) / 1e6 / n;
        }
        out("experts.total_cpu_ms", total);
        for (Expert e : ex) e.close();
    }

    static void latency(int n, int onnxThreads) throws Throwable {
        List<RecordRef> tenSeconds = new ArrayList<>();
        for (RecordRef ref : bundled()) {
            Record r = ref.reader().read();
            if (r.nLeads() == 12 && Math.abs(r.durationSeconds() - 10) < 1e-6) tenSeconds.add(ref);
        }
        List<Expert> ex = open("", onnxThreads);
        ex.add(GateInput.paperDefaults());
        Preparer p = new Preparer();
        double[] ms = new double[n], cpu = new double[n];
        for (int pass = 0; pass < 2; pass++) { // the first pass warms up
            for (int i = 0; i < n; i++) {
                long t0 = System.nanoTime(), c0 = MX.getCurrentThreadCpuTime();
                Record r = tenSeconds.get(i % tenSeconds.size()).reader().read();
                Object m = p.memo(r);
                for (Expert e : ex) e.embed(p.prepare(r, e.spec(), m));
                ms[i] = (System.nanoTime() - t0) / 1e6;
                cpu[i] = (MX.getCurrentThreadCpuTime() - c0) / 1e6; // this thread only: all of it with 1 ONNX thread
            }
        }
        Arrays.sort(ms);
        Arrays.sort(cpu);
        out("latency.cpu_median_ms", cpu[n / 2]);
        out("latency.onnx_threads", onnxThreads);
        out("latency.median_ms", ms[n / 2]);
        out("latency.p90_ms", ms[(int) Math.floor(0.9 * (n - 1))]);
        out("latency.min_ms", ms[0]);
        for (Expert e : ex) e.close();
    }

    /** Best-of-30 rate of one ONNX Runtime call, one intra-op thread. */
    static void peak(Path matmul, Path conv) throws Exception {
        var env = ai.onnxruntime.OrtEnvironment.getEnvironment();
        Object[][] cases = {{"matmul", matmul, new long[] {256, 1024}, 2.0 * 256 * 1024 * 1024},
                {"conv1d", conv, new long[] {1, 128, 1000}, 2.0 * 128 * 1000 * 128 * 9}};
        for (Object[] c : cases) {
            try (var opts = new ai.onnxruntime.OrtSession.SessionOptions()) {
                opts.setIntraOpNumThreads(1);
                opts.setInterOpNumThreads(1);
                try (var s = env.createSession(c[1].toString(), opts)) {
                    long[] shape = (long[]) c[2];
                    int size = 1;
                    for (long d : shape) size *= (int) d;
                    float[] x = new float[size];
                    for (int i = 0; i < size; i++) x[i] = (float) Math.sin(i);
                    String in = s.getInputNames().iterator().next();
                    double best = Double.MAX_VALUE;
                    for (int k = 0; k < 30; k++) {
                        try (var t = ai.onnxruntime.OnnxTensor.createTensor(env, FloatBuffer.wrap(x), shape)) {
                            long t0 = System.nanoTime();
                            try (var r = s.run(java.util.Map.of(in, t))) {
                                best = Math.min(best, (System.nanoTime() - t0) / 1e9);
                            }
                        }
                    }
                    out("peak." + c[0] + ".gflops", (double) c[3] / best / 1e9);
                }
            }
        }
    }

    /** Best-of-30 CPU time of one call of each model (input of the given shape) at each optimisation level, one thread. */
    static void optLevels(String[] models) throws Exception {
        var env = ai.onnxruntime.OrtEnvironment.getEnvironment();
        for (String m : models) {
            String[] parts = m.split(":");
            long[] shape = Arrays.stream(parts[1].split(",")).mapToLong(Long::parseLong).toArray();
            String name = Path.of(parts[0]).getFileName().toString().replace(".onnx", "") + "." + parts[1].replace(',', 'x');
            for (var level : ai.onnxruntime.OrtSession.SessionOptions.OptLevel.values()) {
                try (var opts = new ai.onnxruntime.OrtSession.SessionOptions()) {
                    opts.setIntraOpNumThreads(1);
                    opts.setInterOpNumThreads(1);
                    opts.setOptimizationLevel(level);
                    try (var s = env.createSession(parts[0], opts)) {
                        int size = 1;
                        for (long d : shape) size *= (int) d;
                        float[] x = new float[size];
                        for (int i = 0; i < size; i++) x[i] = (float) Math.sin(i * 0.01);
                        String in = s.getInputNames().iterator().next();
                        java.util.Map<String, ai.onnxruntime.OnnxTensor> inputs = new java.util.HashMap<>();
                        for (var e : s.getInputInfo().entrySet()) {
                            if (e.getKey().equals(in)) continue; // a second input (the rhythm model's demo): [batch, 2]
                            inputs.put(e.getKey(), ai.onnxruntime.OnnxTensor.createTensor(env, FloatBuffer.wrap(new float[(int) shape[0] * 2]), new long[] {shape[0], 2}));
                        }
                        double best = Double.MAX_VALUE;
                        for (int k = 0; k < 30; k++) {
                            try (var t = ai.onnxruntime.OnnxTensor.createTensor(env, FloatBuffer.wrap(x), shape)) {
                                inputs.put(in, t);
                                long t0 = MX.getCurrentThreadCpuTime(); // one intra-op thread: the kernels run on this thread
                                try (var r = s.run(inputs)) {
                                    best = Math.min(best, (MX.getCurrentThreadCpuTime() - t0) / 1e6);
                                }
                            }
                        }
                        for (var e : inputs.entrySet()) if (!e.getKey().equals(in)) e.getValue().close();
                        out("optlevel." + name + "." + level, best);
                    }
                }
            }
        }
    }

    /**
     * One 10-s record at a time, its experts split over two threads (the ONNX models on a second thread, the built-ins
     * and the gate input on this one, after reading the record here): the CPU time of each side, so the critical path
     * (read + the longer side) estimates the wall time on two otherwise idle cores.
     */
    static void split(int n) throws Throwable {
        List<RecordRef> tenSeconds = new ArrayList<>();
        for (RecordRef ref : bundled()) {
            Record r = ref.reader().read();
            if (r.nLeads() == 12 && Math.abs(r.durationSeconds() - 10) < 1e-6) tenSeconds.add(ref);
        }
        List<Expert> all = open("", 1);
        all.add(GateInput.paperDefaults());
        List<Expert> onnx = new ArrayList<>(), rest = new ArrayList<>();
        for (Expert e : all) (e.getClass().getSimpleName().equals("OnnxExpert") ? onnx : rest).add(e);
        Preparer p = new Preparer();
        java.util.concurrent.ExecutorService other = java.util.concurrent.Executors.newSingleThreadExecutor();
        double[] critical = new double[n], readMs = new double[n], here = new double[n], there = new double[n];
        try {
            for (int pass = 0; pass < 2; pass++) { // the first pass warms up
                for (int i = 0; i < n; i++) {
                    long c0 = MX.getCurrentThreadCpuTime();
                    Record r = tenSeconds.get(i % tenSeconds.size()).reader().read();
                    Object m = p.memo(r);
                    long c1 = MX.getCurrentThreadCpuTime();
                    var far = other.submit(() -> {
                        long t0 = MX.getCurrentThreadCpuTime();
                        try {
                            for (Expert e : onnx) e.embed(p.prepare(r, e.spec(), m));
                        } catch (Throwable t) {
                            throw new IllegalStateException(t);
                        }
                        return (MX.getCurrentThreadCpuTime() - t0) / 1e6;
                    });
                    for (Expert e : rest) e.embed(p.prepare(r, e.spec(), m));
                    readMs[i] = (c1 - c0) / 1e6;
                    here[i] = (MX.getCurrentThreadCpuTime() - c1) / 1e6;
                    there[i] = far.get();
                    critical[i] = readMs[i] + Math.max(here[i], there[i]);
                }
            }
        } finally {
            other.shutdownNow();
        }
        for (double[] v : List.of(critical, readMs, here, there)) Arrays.sort(v);
        out("split.read_cpu_median_ms", readMs[n / 2]);
        out("split.builtins_and_gate_cpu_median_ms", here[n / 2]);
        out("split.onnx_cpu_median_ms", there[n / 2]);
        out("split.critical_path_cpu_median_ms", critical[n / 2]);
        out("split.critical_path_cpu_p90_ms", critical[(int) Math.floor(0.9 * (n - 1))]);
        for (Expert e : all) e.close();
    }
}
