package org.enecg.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.enecg.signal.FftResampler;
import org.enecg.testing.RealEcg;

/**
 * CPU time (not wall time) of {@link FftResampler} on LUDB record 1 lead II, 5000 samples to each target length:
 * on a shared, loaded machine, thread CPU time is far less disturbed by other processes than wall time. Run by
 * {@code scripts/bench-signal.sh}, alternating with the same measurement of scipy.signal.resample in python3
 * ({@code time.thread_time}). Prints {@code num microseconds} per line: the best of 7 rounds of 1000 calls, after
 * 20,000 warm-up calls.
 */
public final class ResampleCpuTime {

    private ResampleCpuTime() {}

    public static void main(String[] args) {
        ThreadMXBean tm = ManagementFactory.getThreadMXBean();
        float[] x = RealEcg.ludb(1).leads().get(1).samples();
        float sink = 0;
        for (String a : args) {
            int num = Integer.parseInt(a);
            for (int i = 0; i < 20000; i++) sink += FftResampler.resample(x, num)[0];
            double best = Double.MAX_VALUE;
            for (int round = 0; round < 7; round++) {
                long c0 = tm.getCurrentThreadCpuTime();
                for (int i = 0; i < 1000; i++) sink += FftResampler.resample(x, num)[1];
                best = Math.min(best, (tm.getCurrentThreadCpuTime() - c0) / 1000e3);
            }
            System.out.printf("%d %.2f%n", num, best);
        }
        if (sink == 42.4242f) System.out.println(); // keeps the calls from being optimised away
    }
}
