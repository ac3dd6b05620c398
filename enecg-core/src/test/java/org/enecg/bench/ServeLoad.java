package org.enecg.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.enecg.data.Manifest;
import org.enecg.data.ManifestRow;
import org.enecg.serve.Http;

/**
 * Load on a running {@code enecg serve}, loopback only, bounded in time and count: CLIENTS clients upload the bundled
 * 10-s 12-lead records (round robin, header and signal file as multipart) to {@code POST /api/records} for SECONDS s
 * or MAX requests, whichever comes first. Prints throughput, latency percentiles, errors by status, and the server's
 * resident memory (from /proc/PID/status) before and after, as Markdown.
 *
 * <p>{@code ServeLoad PORT PID CLIENTS SECONDS MAX}; scripts/bench-serve.sh starts the server and runs this.
 */
public final class ServeLoad {
    private ServeLoad() {}

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        long pid = Long.parseLong(args[1]);
        int clients = Integer.parseInt(args[2]);
        double seconds = Double.parseDouble(args[3]);
        int max = Integer.parseInt(args[4]);
        List<List<Path>> records = records();
        Http http = new Http(port);
        for (int i = 0; i < 2 * clients; i++) check(http.upload(records.get(i % records.size())));
        String rssBefore = memory(pid);
        AtomicInteger issued = new AtomicInteger();
        long end = System.nanoTime() + (long) (seconds * 1e9);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<List<long[]>>> results = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            results.add(pool.submit(() -> {
                List<long[]> mine = new ArrayList<>(); // [latency ns, status]
                int n;
                while (System.nanoTime() < end && (n = issued.getAndIncrement()) < max) {
                    long s = System.nanoTime();
                    int status;
                    try {
                        status = http.upload(records.get(n % records.size())).status();
                    } catch (java.io.IOException e) {
                        status = -1; // connection failed
                    }
                    mine.add(new long[] {System.nanoTime() - s, status});
                }
                return mine;
            }));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<List<long[]>> f : results) all.addAll(f.get());
        double wall = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        String rssAfter = memory(pid);
        long[] ok = all.stream().filter(r -> r[1] == 200).mapToLong(r -> r[0]).sorted().toArray();
        Map<Long, Integer> errors = new TreeMap<>();
        for (long[] r : all) if (r[1] != 200) errors.merge(r[1], 1, Integer::sum);
        System.out.printf(Locale.ROOT, "| clients | requests | answered 200 | errors | wall s | throughput req/s | p50 ms | p95 ms | p99 ms | max ms |%n");
        System.out.printf(Locale.ROOT, "|---|---|---|---|---|---|---|---|---|---|%n");
        System.out.printf(Locale.ROOT, "| %d | %d | %d | %s | %.1f | %.2f | %.0f | %.0f | %.0f | %.0f |%n", clients, all.size(), ok.length,
                errors.isEmpty() ? "0" : errors.toString(), wall, ok.length / wall, pct(ok, 50), pct(ok, 95), pct(ok, 99),
                ok.length == 0 ? Double.NaN : ok[ok.length - 1] / 1e6);
        System.out.printf(Locale.ROOT, "%nserver memory (/proc/%d/status) after warm-up: %s; after the run: %s%n", pid, rssBefore, rssAfter);
        System.out.printf(Locale.ROOT, "records: %d bundled 10-s 12-lead records, round robin%n", records.size());
    }

    private static void check(Http.Answer a) {
        if (a.status() != 200) throw new IllegalStateException("warm-up request failed: " + a.status() + " " + a.body());
    }

    /** The bundled records of 10 s, 12 leads, 500 Hz: header and signal file each. */
    static List<List<Path>> records() throws java.io.IOException {
        Manifest m = Manifest.read(Path.of("data/bundled/manifest.csv"));
        List<List<Path>> out = new ArrayList<>();
        for (ManifestRow r : m.rows()) {
            if (r.nSamples() != 5000 || r.fs() != 500 || r.leads().size() != 12) continue;
            Path rec = m.recordPath(r);
            List<Path> files = new ArrayList<>();
            files.add(rec.resolveSibling(rec.getFileName() + ".hea"));
            for (String ext : List.of(".dat", ".mat")) {
                Path p = rec.resolveSibling(rec.getFileName() + ext);
                if (Files.isRegularFile(p)) files.add(p);
            }
            if (files.size() == 2) out.add(files);
        }
        return out;
    }

    private static double pct(long[] sorted, double p) {
        if (sorted.length == 0) return Double.NaN;
        int i = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    private static String memory(long pid) throws java.io.IOException {
        List<String> keep = new ArrayList<>();
        for (String l : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (l.startsWith("VmRSS") || l.startsWith("VmHWM")) keep.add(l.replaceAll("\\s+", " "));
        }
        return String.join(", ", keep);
    }
}
