package org.enecg.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.enecg.cache.ExpertRegistry;
import org.enecg.expert.Expert;
import org.enecg.expert.ExpertInput;
import org.enecg.expert.GateInput;
import org.enecg.io.Record;
import org.enecg.pipeline.RecordVariant;
import org.enecg.testing.RealEcg;

/**
 * Which experts' outputs move when a record is resampled or cropped (issue 16, "Robust inputs"). For each default
 * expert and the gate input: every output's mean |change| between a LUDB record and its variant, divided by that
 * output's standard deviation across the original records (so 0.1 means the variant moves an output by a tenth of
 * how much records differ in it); per expert the mean over outputs, the largest, and the output that moves most.
 * Run by {@code scripts/probe-expert-shift.sh}; results in docs/benchmarks/stability.md.
 *
 * <p>Arguments: the number of LUDB records (1..n, default 40), then the variants (default {@code 7.3s,250hz}).
 */
public final class ExpertShiftProbe {

    private ExpertShiftProbe() {}

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        List<RecordVariant> variants = RecordVariant.parseList(args.length > 1 ? args[1] : "7.3s,250hz");
        List<Record> records = new ArrayList<>();
        for (int i = 1; i <= n; i++) records.add(RealEcg.ludb(i));
        ExpertRegistry reg = ExpertRegistry.standard(Path.of(""));
        List<Expert> experts = new ArrayList<>(reg.openAll(reg.defaultNames(), 1));
        experts.add(GateInput.paperDefaults());
        System.out.println("| expert | variant | mean over outputs of mean abs change / std | largest | output that moves most |");
        System.out.println("|---|---|---|---|---|");
        for (Expert e : experts) {
            float[][] base = embedAll(e, records);
            double[] sd = stdPerOutput(base);
            List<String> names = e.spec().outputNames();
            for (RecordVariant v : variants) {
                double[] shift = new double[sd.length];
                int used = 0;
                for (int r = 0; r < records.size(); r++) {
                    if (!v.appliesTo(records.get(r))) continue;
                    float[] moved = e.embed(ExpertInput.prepare(v.apply(records.get(r)), e.spec()));
                    for (int j = 0; j < sd.length; j++) shift[j] += Math.abs(moved[j] - base[r][j]);
                    used++;
                }
                double sum = 0;
                int counted = 0;
                int worst = -1;
                for (int j = 0; j < sd.length; j++) {
                    if (sd[j] <= 1e-9) continue; // constant over the records: no scale to compare with
                    shift[j] /= used * sd[j];
                    sum += shift[j];
                    counted++;
                    if (worst < 0 || shift[j] > shift[worst]) worst = j;
                }
                System.out.printf("| %s | %s | %.3f | %.3f | %s |%n", e.name(), v.name(), counted == 0 ? 0 : sum / counted,
                        worst < 0 ? 0 : shift[worst], worst < 0 ? "-" : names.get(worst));
            }
            e.close();
        }
    }

    private static float[][] embedAll(Expert e, List<Record> records) {
        float[][] out = new float[records.size()][];
        for (int r = 0; r < out.length; r++) out[r] = e.embed(ExpertInput.prepare(records.get(r), e.spec()));
        return out;
    }

    private static double[] stdPerOutput(float[][] m) {
        int k = m[0].length;
        double[] sd = new double[k];
        for (int j = 0; j < k; j++) {
            double s = 0, s2 = 0;
            for (float[] row : m) { s += row[j]; s2 += (double) row[j] * row[j]; }
            double mean = s / m.length;
            sd[j] = Math.sqrt(Math.max(0, s2 / m.length - mean * mean));
        }
        return sd;
    }
}
