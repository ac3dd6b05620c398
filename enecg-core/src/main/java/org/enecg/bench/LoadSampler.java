package org.enecg.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The machine's 1-minute load average sampled every few seconds while a benchmark runs (a daemon thread), so a report
 * can say how busy the machine was with other people's work.
 */
public final class LoadSampler implements AutoCloseable {
    private final List<Double> samples = new ArrayList<>();
    private final Thread thread;

    public LoadSampler(double everySeconds) {
        sample();
        thread = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    Thread.sleep((long) (everySeconds * 1000));
                    sample();
                }
            } catch (InterruptedException e) {
                // stopped
            }
        }, "enecg-load-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    private void sample() {
        double l = Machine.load();
        if (Double.isNaN(l)) return;
        synchronized (samples) {
            samples.add(l);
        }
    }

    /** "min / median / max over n samples", or "unknown". */
    public String summary() {
        double[] v;
        synchronized (samples) {
            v = samples.stream().mapToDouble(Double::doubleValue).toArray();
        }
        if (v.length == 0) return "unknown";
        return String.format(java.util.Locale.ROOT, "%.2f / %.2f / %.2f (min / median / max of %d samples)",
                java.util.Arrays.stream(v).min().orElseThrow(), Stats.median(v), java.util.Arrays.stream(v).max().orElseThrow(), v.length);
    }

    @Override
    public void close() {
        thread.interrupt();
        sample();
    }
}
