package org.enecg.expert.builtin;

import java.util.List;
import java.util.Map;
import org.enecg.expert.Expert;
import org.enecg.expert.ExpertException;
import org.enecg.expert.ExpertSpec;
import org.enecg.expert.Fingerprint;
import org.enecg.expert.LeadLayout;
import org.enecg.expert.MissingLead;
import org.enecg.expert.Normalisation;
import org.enecg.io.LeadName;

/**
 * The common part of the pure-Java experts: a name, a spec read through the shared {@link
 * org.enecg.expert.ExpertInput} path, a fingerprint, and a per-item computation that must return finite values only.
 */
abstract class FeatureExpert implements Expert {

    /** The twelve standard leads in the conventional order; a lead the record lacks arrives zero-filled (flat). */
    static final List<LeadName> TWELVE = LeadName.STANDARD_ORDER;

    private final ExpertSpec spec;
    private final Fingerprint fingerprint;

    FeatureExpert(String name, String version, ExpertSpec spec, Map<String, String> parameters, String weightsSha256) {
        this.spec = spec;
        this.fingerprint = Fingerprint.of(name, version, spec, parameters, weightsSha256);
    }

    /** The spec of the feature experts: all twelve leads together, the whole record at {@code fs}, mV, missing leads zero-filled. */
    static ExpertSpec wholeRecord(double fs, List<String> names, Normalisation normalisation) {
        return ExpertSpec.builder(TWELVE, names).whole(fs).layout(LeadLayout.TOGETHER).normalisation(normalisation)
                .missingLead(MissingLead.ZERO).build();
    }

    /** Whether {@code x} is constant (a flat lead, or a missing one filled with zeros). */
    static boolean isFlat(float[] x) {
        for (int i = 1; i < x.length; i++) if (x[i] != x[0]) return false;
        return true;
    }

    @Override public final String name() { return fingerprint.name(); }

    @Override public final ExpertSpec spec() { return spec; }

    @Override public final Fingerprint fingerprint() { return fingerprint; }

    /** The outputs of one prepared item ({@code [leads][samples]}), one per {@code spec().itemOutputNames()}. */
    abstract float[] compute(float[][] item);

    @Override
    public final float[][] computeItems(List<float[][]> items) {
        float[][] out = new float[items.size()][];
        int k = spec.itemOutputNames().size();
        for (int i = 0; i < out.length; i++) {
            out[i] = compute(items.get(i));
            if (out[i].length != k) throw new ExpertException(name() + ": computed " + out[i].length + " outputs, declares " + k);
            for (int j = 0; j < k; j++) {
                if (!Float.isFinite(out[i][j])) {
                    throw new ExpertException(name() + ": output " + spec.itemOutputNames().get(j) + " is " + out[i][j] + " (a bug: outputs must be finite)");
                }
            }
        }
        return out;
    }
}
