package org.enecg.expert.builtin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.enecg.expert.ExpertInput;
import org.enecg.expert.ExpertSpec;
import org.enecg.io.Record;

/**
 * The one-off fit of {@link RocketExpert}'s parameters: the structure from the seed, then MiniRocket's biases from the
 * convolution outputs of examples drawn (seeded) from the given records' windows, each prepared by the expert's own
 * input path. Unsupervised: labels are not read.
 */
public final class RocketFit {

    private RocketFit() {}

    /**
     * Fits the parameters on {@code records}.
     *
     * @param provenance text fields stored in the file (data, command, date); the number of examples is added
     * @throws IllegalArgumentException if {@code records} is empty
     */
    public static MiniRocketFile fit(List<Record> records, long seed, int features, Map<String, String> provenance) {
        if (records.isEmpty()) throw new IllegalArgumentException("the MiniRocket fit needs at least one record");
        ExpertSpec spec = RocketExpert.inputSpec(features);
        List<float[][]> examples = new ArrayList<>();
        for (Record r : records) examples.addAll(ExpertInput.prepare(r, spec).items());
        MiniRocket.Structure s = MiniRocket.structure(FeatureExpert.TWELVE.size(), RocketExpert.SAMPLES, features,
                RocketExpert.MAX_DILATIONS_PER_KERNEL, seed);
        float[] biases = MiniRocket.fitBiases(s, examples, MiniRocket.drawExamples(s, examples.size(), seed + 1));
        Map<String, String> prov = new LinkedHashMap<>(provenance);
        prov.put("records", Integer.toString(records.size()));
        prov.put("examples", examples.size() + " windows of " + RocketExpert.SAMPLES + " samples at " + RocketExpert.FS + " Hz");
        prov.put("example_seed", Long.toString(seed + 1));
        return new MiniRocketFile(new MiniRocket(s, biases), seed, RocketExpert.MAX_DILATIONS_PER_KERNEL, prov);
    }
}
