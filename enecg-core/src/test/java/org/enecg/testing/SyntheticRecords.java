package org.enecg.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.enecg.io.Lead;
import org.enecg.io.LeadName;
import org.enecg.io.Record;

/** Records built in test code: seeded ECG-like signals, and LUDB record 1 lead II from the test resources. */
public final class SyntheticRecords {

    private SyntheticRecords() {}

    /** A 12-lead record in file order I..V6, {@code seconds} long at {@code fs}, seeded. */
    public static Record twelveLead(String id, double fs, double seconds, long seed) {
        return record(id, fs, seconds, seed, LeadName.STANDARD_ORDER);
    }

    /**
     * A record with the given leads in the given (file) order: a 1.2 Hz spiky "heartbeat" whose amplitude depends on
     * the lead, plus seeded noise and a slow baseline, in millivolts.
     */
    public static Record record(String id, double fs, double seconds, long seed, List<LeadName> leads) {
        int n = (int) Math.round(fs * seconds);
        Random rnd = new Random(seed);
        List<Lead> out = new ArrayList<>();
        for (LeadName name : leads) {
            float[] x = new float[n];
            double amp = 0.5 + name.ordinal() * 0.1;
            double phase = rnd.nextDouble();
            for (int i = 0; i < n; i++) {
                double t = i / fs;
                double beat = Math.pow(Math.max(0, Math.cos(2 * Math.PI * (1.2 * t + phase))), 20);
                x[i] = (float) (amp * beat + 0.1 * Math.sin(2 * Math.PI * 0.3 * t) + 0.02 * rnd.nextGaussian());
            }
            out.add(new Lead(name.label(), x));
        }
        return new Record(id, fs, out, List.of(), null);
    }

    /** A record with one lead per array, named as given, at {@code fs}. */
    public static Record of(String id, double fs, String[] names, float[]... leads) {
        List<Lead> out = new ArrayList<>();
        for (int i = 0; i < leads.length; i++) out.add(new Lead(names[i], leads[i]));
        return new Record(id, fs, out, List.of(), null);
    }

    /** A whitespace-separated vector from the test resources, e.g. {@code /org/enecg/signal/resample/ludb1_ii.in.txt}. */
    public static float[] vector(String resource) {
        try (InputStream in = SyntheticRecords.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing test resource " + resource);
            String[] parts = new String(in.readAllBytes(), StandardCharsets.US_ASCII).trim().split("\\s+");
            float[] v = new float[parts.length];
            for (int i = 0; i < v.length; i++) v[i] = (float) Double.parseDouble(parts[i]);
            return v;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
