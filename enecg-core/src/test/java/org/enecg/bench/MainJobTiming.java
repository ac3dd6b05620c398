package org.enecg.bench;

import java.nio.file.Path;
import java.util.List;
import org.enecg.eval.CrossValidation;
import org.enecg.eval.EvaluationPlan;
import org.enecg.eval.EvaluationResult;
import org.enecg.eval.ReportWriter;
import org.enecg.eval.SummaryTable;
import org.enecg.model.ModelConfig;
import org.enecg.testing.SyntheticData;
import org.enecg.train.TrainConfig;

/**
 * One timed run of the trainable side of the main job on a bundled-sized synthetic table, printing the summary
 * and writing the reports to the given directory (default target/bench/synthetic-report). Not a test; the JMH
 * version is {@link CrossValidationBench}. Args: [threads] [report dir].
 */
public final class MainJobTiming {
    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        Path out = Path.of(args.length > 1 ? args[1] : "target/bench/synthetic-report");
        long t0 = System.nanoTime();
        EvaluationResult r = CrossValidation.run(SyntheticData.bundledSized(42), ModelConfig.projectDefaults(), TrainConfig.smallData(),
                EvaluationPlan.of(3).withThreads(threads).withAblations(List.of("rhythm", "spectral", "dlinear")), s -> System.err.println(s));
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        System.out.printf("threads %d: wall %.1f s, process CPU %.1f s, load average %.1f%n", threads, (System.nanoTime() - t0) / 1e9,
                os.getProcessCpuTime() / 1e9, os.getSystemLoadAverage());
        System.out.print(SummaryTable.format(r));
        ReportWriter.write(r, out);
    }
}
