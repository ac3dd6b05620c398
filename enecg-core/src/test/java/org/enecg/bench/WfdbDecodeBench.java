package org.enecg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.enecg.io.Record;
import org.enecg.io.wfdb.DigitalRecord;
import org.enecg.io.wfdb.ReadOptions;
import org.enecg.io.wfdb.SignalFormat;
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
 * Decode throughput of formats 16 and 212 on one core (run by {@code scripts/bench-wfdb.sh}; results in
 * docs/benchmarks/wfdb-decode.md). The input is LUDB record 1 (10 s, 12 leads, 500 Hz, format 16, real ECG);
 * the format 212 copy holds the same samples divided by 4 (to fit 12 bits), encoded here.
 *
 * <ul>
 * <li>{@code copyBytes16}: {@code System.arraycopy} of the same 120,000 bytes, for scale.</li>
 * <li>{@code decode16}, {@code decode212}: bytes in memory to interleaved int samples; MB/s = ops/s × bytes
 *     per op (120,000 for 16, 90,000 for 212).</li>
 * <li>{@code readRecord16}, {@code readRecord212}: the whole {@code WfdbReader.read} path from files (header
 *     parse, file read, decode, length and checksum checks, conversion to millivolts); ops/s = records/s.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class WfdbDecodeBench {
    private static final int LEADS = 12, FRAMES = 5000, N = LEADS * FRAMES;

    byte[] bytes16;
    byte[] bytes212;
    int[] out;
    byte[] copy;
    Path dir;

    @Setup(Level.Trial)
    public void setup() throws IOException {
        Path ludb = Path.of("data/bundled/ludb/data/1");
        bytes16 = Files.readAllBytes(Path.of(ludb + ".dat"));
        DigitalRecord d = WfdbReader.readDigital(ludb, ReadOptions.defaults());
        int[] flat = new int[N];
        for (int c = 0; c < LEADS; c++) {
            int[] s = d.signals().get(c).samples();
            for (int f = 0; f < FRAMES; f++) flat[f * LEADS + c] = Math.max(-2047, Math.min(2047, s[f] / 4));
        }
        bytes212 = encode212(flat);
        out = new int[N];
        copy = new byte[bytes16.length];
        dir = Files.createTempDirectory("wfdb-bench");
        Files.copy(Path.of(ludb + ".hea"), dir.resolve("r16.hea"));
        Files.writeString(dir.resolve("r16.hea"), Files.readString(dir.resolve("r16.hea")).replace("1.dat", "r16.dat")
                .replaceFirst("^1 ", "r16 "));
        Files.write(dir.resolve("r16.dat"), bytes16);
        StringBuilder h = new StringBuilder("r212 12 500 5000\n");
        for (int c = 0; c < LEADS; c++) {
            int sum = 0;
            for (int f = 0; f < FRAMES; f++) sum += flat[f * LEADS + c];
            h.append("r212.dat 212 300/mV 12 0 ").append(flat[c]).append(' ').append((short) sum).append(" 0 ")
                    .append(d.signals().get(c).spec().description()).append('\n');
        }
        Files.writeString(dir.resolve("r212.hea"), h.toString());
        Files.write(dir.resolve("r212.dat"), bytes212);
        WfdbReader.read(dir.resolve("r16")); // fail now, not in the measurement, if anything is off
        WfdbReader.read(dir.resolve("r212"));
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        for (String f : new String[] {"r16.hea", "r16.dat", "r212.hea", "r212.dat"}) Files.deleteIfExists(dir.resolve(f));
        Files.deleteIfExists(dir);
    }

    /** Format 212: two 12-bit samples in three bytes (signal(5)). */
    static byte[] encode212(int[] v) {
        byte[] b = new byte[(v.length * 3 + 1) / 2];
        for (int i = 0, p = 0; i < v.length; i += 2, p += 3) {
            int a = v[i] & 0xfff, c = i + 1 < v.length ? v[i + 1] & 0xfff : 0;
            b[p] = (byte) a;
            b[p + 1] = (byte) ((a >> 8) | ((c >> 8) << 4));
            if (p + 2 < b.length) b[p + 2] = (byte) c;
        }
        return b;
    }

    /** Reference in the same run: copying the format-16 bytes, the memory-bound ceiling for any decoder. */
    @Benchmark
    public byte[] copyBytes16() {
        System.arraycopy(bytes16, 0, copy, 0, bytes16.length);
        return copy;
    }

    @Benchmark
    public int[] decode16() {
        SignalFormat.FMT_16.decode(bytes16, 0, out, N);
        return out;
    }

    @Benchmark
    public int[] decode212() {
        SignalFormat.FMT_212.decode(bytes212, 0, out, N);
        return out;
    }

    @Benchmark
    public Record readRecord16() throws IOException {
        return WfdbReader.read(dir.resolve("r16"));
    }

    @Benchmark
    public Record readRecord212() throws IOException {
        return WfdbReader.read(dir.resolve("r212"));
    }
}
