package org.enecg.testing;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.enecg.expert.Expert;
import org.enecg.expert.ExpertSpec;
import org.enecg.expert.Fingerprint;
import org.enecg.io.LeadName;

/**
 * A cheap expert for cache tests: per item, the mean, min and max of each lead. Counts the items it computed, so a
 * test can prove what was (not) recomputed; {@code version} changes its fingerprint.
 */
public final class CountingExpert implements Expert {
    private final String name;
    private final ExpertSpec spec;
    private final Fingerprint fingerprint;
    public final AtomicInteger items = new AtomicInteger();

    public CountingExpert(String name, String version, List<LeadName> leads, double fs, int samples) {
        List<String> out = new java.util.ArrayList<>();
        for (LeadName l : leads) for (String s : List.of("mean", "min", "max")) out.add(name + "." + l.label() + "." + s);
        this.name = name;
        this.spec = ExpertSpec.builder(leads, out).crop(fs, samples).build();
        this.fingerprint = Fingerprint.of(name, version, spec, Map.of(), "none");
    }

    @Override public String name() { return name; }

    @Override public ExpertSpec spec() { return spec; }

    @Override public Fingerprint fingerprint() { return fingerprint; }

    @Override
    public float[][] computeItems(List<float[][]> batch) {
        float[][] out = new float[batch.size()][];
        for (int i = 0; i < out.length; i++) {
            float[][] item = batch.get(i);
            out[i] = new float[item.length * 3];
            for (int c = 0; c < item.length; c++) {
                double sum = 0;
                float lo = Float.MAX_VALUE, hi = -Float.MAX_VALUE;
                for (float v : item[c]) { sum += v; lo = Math.min(lo, v); hi = Math.max(hi, v); }
                out[i][3 * c] = (float) (sum / item[c].length);
                out[i][3 * c + 1] = lo;
                out[i][3 * c + 2] = hi;
            }
        }
        items.addAndGet(batch.size());
        return out;
    }
}
