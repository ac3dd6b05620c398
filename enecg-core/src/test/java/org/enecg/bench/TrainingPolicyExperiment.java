package org.enecg.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Map;
import org.enecg.data.Task;
import org.enecg.model.EnEcgModel;
import org.enecg.model.ModelConfig;
import org.enecg.model.ModelOutputs;
import org.enecg.model.TrainingLog;
import org.enecg.testing.SyntheticData;
import org.enecg.train.Schedule;
import org.enecg.train.TrainConfig;
import org.enecg.train.Trainer;
import org.enecg.train.TrainingData;

/**
 * Which schedule, learning rate and epoch budget train the paper's model on a bundled-sized synthetic table
 * (320 records, {@link SyntheticData#bundledSized}; two thirds train, one third test)? Not a test: run by hand,
 * docs/training.md has the command and the results.
 * Args: learning rates (comma-separated), max epochs, patience, schedule (JOINT or STAGED).
 */
public final class TrainingPolicyExperiment {
    public static void main(String[] args) {
        String[] lrs = (args.length > 0 ? args[0] : "1e-3").split(",");
        int maxEpochs = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int patience = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        Schedule schedule = args.length > 3 ? Schedule.valueOf(args[3]) : Schedule.STAGED;
        String[] gateLrs = (args.length > 4 ? args[4] : "1e-2").split(",");
        TrainingData data = SyntheticData.bundledSized(42);
        int n = data.table().size();
        int[] train = java.util.stream.IntStream.range(0, n).filter(i -> i % 3 != 0).toArray();
        int[] test = java.util.stream.IntStream.range(0, n).filter(i -> i % 3 == 0).toArray();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (String lrText : lrs) {
            TrainConfig tc = TrainConfig.smallData().toBuilder().learningRate(Double.parseDouble(lrText))
                    .epochs(maxEpochs, patience, patience > 0 ? 0.2 : 0).schedule(schedule).build();
            Trainer trainer = new Trainer(ModelConfig.projectDefaults(), tc);
            System.out.println("lr " + lrText + ", " + tc.describe());
            long c0 = mx.getCurrentThreadCpuTime();
            if (schedule == Schedule.STAGED) {
                Map<String, EnEcgModel> singles = trainer.trainSingles(data, train, 0);
                for (Map.Entry<String, EnEcgModel> e : singles.entrySet()) System.out.println(line("  alone " + e.getKey(), e.getValue(), data, test));
                for (String g : gateLrs) {
                    Trainer gt = new Trainer(ModelConfig.projectDefaults(), tc.toBuilder().gateLearningRate(Double.parseDouble(g)).build());
                    System.out.println(line("  EnECG gate lr " + g, gt.trainGate(data, train, 0, singles), data, test));
                }
            } else {
                System.out.println(line("  EnECG", trainer.train(data, train, 0), data, test));
            }
            System.out.printf("  cpu %.1f s for all of the above%n", (mx.getCurrentThreadCpuTime() - c0) / 1e9);
        }
    }

    static String line(String label, EnEcgModel m, TrainingData data, int[] test) {
        TrainingLog log = m.provenance().training();
        ModelOutputs o = m.infer(m.prepare(data.table(), false), test);
        StringBuilder sb = new StringBuilder(String.format("%-20s epochs %3d best %-22s", label, log.epochsRun(),
                java.util.Arrays.toString(log.bestEpochs())));
        for (int t = 0; t < data.tasks().size(); t++) {
            Task task = data.tasks().get(t);
            double[] y = data.labels().of(task.name());
            double err = 0;
            double gate = 0;
            int cnt = 0;
            for (int i = 0; i < test.length; i++) {
                if (Double.isNaN(y[test[i]])) continue;
                cnt++;
                double[] v = o.values()[t][i];
                if (task.type().isClassification()) {
                    int arg = 0;
                    for (int k = 1; k < v.length; k++) if (v[k] > v[arg]) arg = k;
                    err += arg == (int) y[test[i]] ? 1 : 0;
                } else {
                    err += Math.abs(v[0] - y[test[i]]);
                }
            }
            sb.append(String.format(" %s %s %.3f", task.name(), task.type().isClassification() ? "acc" : "mae", err / cnt));
        }
        if (m.gated()) {
            sb.append("\n").append(String.format("%-20s mean gate weight per task (experts %s):", "", m.expertNames()));
            for (int t = 0; t < data.tasks().size(); t++) {
                double[] w = new double[m.experts().size()];
                for (double[] row : o.gateWeights()[t]) for (int e = 0; e < w.length; e++) w[e] += row[e] / test.length;
                StringBuilder ws = new StringBuilder();
                for (double x : w) ws.append(String.format("%.2f ", x));
                sb.append(" ").append(data.tasks().get(t).name()).append(" [").append(ws.toString().trim()).append("]");
            }
        }
        return sb.toString();
    }
}
