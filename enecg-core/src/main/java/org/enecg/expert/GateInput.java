package org.enecg.expert;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.enecg.io.LeadName;

/**
 * The gate's input as an "expert" whose output is its prepared input: the gate's leads after the shared input step,
 * concatenated lead after lead. Being an {@link Expert}, it is prepared by the same {@link ExpertInput} path and
 * cached the same way as the real experts.
 */
public final class GateInput implements Expert {

    /** 2: a short record is repeated to 10 s instead of zero-padded (issue 16). */
    private static final String VERSION = "2";

    private final ExpertSpec spec;
    private final Fingerprint fingerprint;

    /** A gate input with the given leads, read at {@code fs} for {@code samples} samples, normalised as given. */
    public GateInput(List<LeadName> leads, double fs, int samples, Normalisation normalisation) {
        List<String> names = new ArrayList<>(leads.size() * samples);
        for (LeadName l : leads) for (int i = 0; i < samples; i++) names.add(l.label() + "." + i);
        this.spec = ExpertSpec.builder(leads, names).crop(fs, samples).pad(Pad.REPEAT).normalisation(normalisation).build();
        this.fingerprint = Fingerprint.of("gate-input", VERSION, spec, Map.of(), "none");
    }

    /**
     * The paper's gate input: lead II, 10 s at 500 Hz (5000 samples; a shorter record is repeated from its start, as
     * the card experts that crop do, so a 7.3-s record does not end in 2.7 s of flat line; a longer one cropped), z-scored with the record's statistics over all leads, as the authors' code does.
     */
    public static GateInput paperDefaults() {
        return new GateInput(List.of(LeadName.II), 500, 5000, Normalisation.RECORD_Z);
    }

    @Override public String name() { return "gate-input"; }

    @Override public ExpertSpec spec() { return spec; }

    @Override public Fingerprint fingerprint() { return fingerprint; }

    @Override
    public float[][] computeItems(List<float[][]> items) {
        float[][] out = new float[items.size()][];
        for (int i = 0; i < out.length; i++) {
            float[][] item = items.get(i);
            int n = item[0].length;
            out[i] = new float[item.length * n];
            for (int c = 0; c < item.length; c++) System.arraycopy(item[c], 0, out[i], c * n, n);
        }
        return out;
    }
}
