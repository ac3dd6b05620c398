package org.enecg.expert.builtin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.enecg.data.Manifest;
import org.enecg.data.ManifestRow;
import org.enecg.expert.Expert;
import org.enecg.expert.ExpertInput;
import org.enecg.io.Lead;
import org.enecg.io.LeadName;
import org.enecg.io.Record;
import org.enecg.io.wfdb.WfdbReader;
import org.enecg.testing.SyntheticEcg;

/** Records for the built-in expert tests: synthetic 12-lead ECGs with known waves, and bundled records with their labels. */
final class BuiltinFixtures {

    private BuiltinFixtures() {}

    /** Twelve standard leads, lead i being {@code scale[i]} times the synthetic ECG. */
    static Record twelveLead(String id, double fs, SyntheticEcg ecg, double[] scale) {
        float[] x = ecg.signal();
        List<Lead> leads = new ArrayList<>();
        for (int l = 0; l < 12; l++) {
            float[] y = new float[x.length];
            for (int i = 0; i < x.length; i++) y[i] = (float) (scale[l] * x[i]);
            leads.add(new Lead(LeadName.STANDARD_ORDER.get(l).label(), y));
        }
        return new Record(id, fs, leads, List.of(), null);
    }

    /** Twelve leads, each the synthetic ECG at its own amplitude (0.5 to 1.6). */
    static Record twelveLead(String id, double fs, SyntheticEcg ecg) {
        double[] s = new double[12];
        for (int l = 0; l < 12; l++) s[l] = 0.5 + 0.1 * l;
        return twelveLead(id, fs, ecg, s);
    }

    /** Leads with the given names holding the given signals. */
    static Record of(String id, double fs, List<String> names, List<float[]> signals) {
        List<Lead> leads = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) leads.add(new Lead(names.get(i), signals.get(i)));
        return new Record(id, fs, leads, List.of(), null);
    }

    static Manifest manifest() {
        try {
            return Manifest.read(Path.of("data/bundled/manifest.csv"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Bundled manifest rows passing {@code filter}, at most {@code max}, in manifest order. */
    static List<ManifestRow> rows(Predicate<ManifestRow> filter, int max) {
        List<ManifestRow> out = new ArrayList<>();
        for (ManifestRow r : manifest().rows()) {
            if (filter.test(r)) out.add(r);
            if (out.size() == max) break;
        }
        return out;
    }

    static Record read(ManifestRow row) {
        try {
            return WfdbReader.read(manifest().recordPath(row));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Record ludb(int n) {
        try {
            return WfdbReader.read(Path.of("data/bundled/ludb/data/" + n));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The expert's output for a record, through the shared input path. */
    static float[] embed(Expert e, Record r) { return e.embed(ExpertInput.prepare(r, e.spec())); }

    /** The value of output {@code name}. */
    static float value(Expert e, float[] out, String name) {
        int i = e.spec().outputNames().indexOf(name);
        if (i < 0) throw new IllegalArgumentException(e.name() + " has no output " + name);
        return out[i];
    }
}
