package org.enecg.bench;

import java.util.List;
import org.enecg.data.Task;
import org.enecg.model.EnEcgModel;
import org.enecg.model.ModelConfig;
import org.enecg.model.ModelOutputs;
import org.enecg.model.PreparedInputs;
import org.enecg.model.TrainingLog;
import org.enecg.testing.SyntheticData;
import org.enecg.train.TrainConfig;
import org.enecg.train.Trainer;
import org.enecg.train.TrainingData;

/**
 * Which learning rate and epoch budget train the paper's model on a bundled-sized table (320 records)?
 * Not a test: run by hand (docs/training.md has the command and the results).
 * Args: learning rates, comma-separated; max epochs; patience.
 */
public final class TrainingPolicyExperiment {
    public static void main(String[] args) {
        String[] lrs = (args.length > 0 ? args[0] : "1e-4,3e-4,1e-3,3e-3").split(",");
        int maxEpochs = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int patience = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        TrainingData data = SyntheticData.bundledSized(42);
        int n = data.table().size();
        int[] train = java.util.stream.IntStream.range(0, n).filter(i -> i % 3 != 0).toArray();
        int[] test = java.util.stream.IntStream.range(0, n).filter(i -> i % 3 == 0).toArray();
        for (String lrs1 : lrs) {
            double lr = Double.parseDouble(lrs1);
            TrainConfig tc = TrainConfig.smallData().withLearningRate(lr).withEpochs(maxEpochs, patience, patience > 0 ? 0.2 : 0);
            java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
            long c0 = mx.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            EnEcgModel m = new Trainer(ModelConfig.paperDefaults(), tc).train(data, train, 0);
            double secs = (System.nanoTime() - t0) / 1e9;
            double cpu = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
            TrainingLog log = m.provenance().training();
            PreparedInputs in = m.prepare(data.table(), false);
            ModelOutputs o = m.infer(in, test);
            StringBuilder sb = new StringBuilder(String.format("lr %-6s epochs %3d best %3d  wall %.1fs, cpu %.1fs (%.0f cpu ms/epoch)", lrs1, log.epochsRun(),
                    log.bestEpoch(), secs, cpu, 1000 * cpu / log.epochsRun()));
            for (int t = 0; t < data.tasks().size(); t++) {
                Task task = data.tasks().get(t);
                double[] y = data.labels().of(task.name());
                double err = 0;
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
                sb.append(String.format("  %s %s %.3f", task.name(), task.type().isClassification() ? "acc" : "mae", err / cnt));
            }
            System.out.println(sb);
        }
    }
}
