package org.enecg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.enecg.cache.EmbeddingTable;
import org.enecg.data.Manifest;
import org.enecg.data.ManifestRow;
import org.enecg.data.Task;
import org.enecg.data.TaskLabels;
import org.enecg.data.Tasks;
import org.enecg.io.Lead;
import org.enecg.io.LeadName;
import org.enecg.io.Record;
import org.enecg.io.wfdb.WfdbReader;
import org.enecg.model.ModelConfig;
import org.enecg.signal.FftResampler;
import org.enecg.signal.QrsDetector;
import org.enecg.signal.RrIntervals;
import org.enecg.signal.RrStatistics;
import org.enecg.train.Labels;
import org.enecg.train.TrainConfig;
import org.enecg.train.TrainingData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The trainable side on real recordings: the 320 bundled records (LUDB and CinC) with their real labels, and three
 * stand-in experts computed here from the signals (the real experts live elsewhere): "rr" (RR statistics of QRS
 * beats detected on lead II), "amplitude" (per-lead standard deviation and range) and "noise" (random numbers).
 * The gate reads lead II resampled to 500 values and z-scored. rr_interval is a measurement the "rr" expert nearly
 * computes, so EnECG must find it and beat the constant predictor by far.
 */
class BundledDataCrossValidationTest {
    static TrainingData data;
    static EvaluationResult result;

    @BeforeAll
    static void run() throws Exception {
        Manifest m = Manifest.read(Path.of("data/bundled/manifest.csv"));
        List<String> ids = new ArrayList<>();
        List<String> subjects = new ArrayList<>();
        float[][] rr = new float[m.size()][];
        float[][] amp = new float[m.size()][];
        float[][] noise = new float[m.size()][4];
        float[][] gate = new float[m.size()][];
        SplittableRandom rng = new SplittableRandom(5);
        for (int i = 0; i < m.size(); i++) {
            ManifestRow row = m.rows().get(i);
            Record r = WfdbReader.read(m.recordPath(row));
            float[] ii = r.lead(LeadName.II).orElseThrow().samples();
            RrStatistics s = RrIntervals.statistics(QrsDetector.detect(ii, r.fs()), r.fs());
            rr[i] = new float[] {(float) s.meanRrMs(), (float) s.heartRateBpm(), (float) s.sdnnMs(), (float) s.rmssdMs(), s.beats()};
            amp[i] = new float[2 * r.nLeads()];
            for (int l = 0; l < r.nLeads(); l++) {
                float[] x = r.leads().get(l).samples();
                double mean = 0, sq = 0, lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
                for (float v : x) {
                    mean += v;
                    sq += v * v;
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
                mean /= x.length;
                amp[i][2 * l] = (float) Math.sqrt(Math.max(0, sq / x.length - mean * mean));
                amp[i][2 * l + 1] = (float) (hi - lo);
            }
            for (int j = 0; j < 4; j++) noise[i][j] = (float) rng.nextGaussian();
            gate[i] = zscore(FftResampler.resample(ii, 500));
            ids.add(row.recordId());
            subjects.add(row.subjectId());
        }
        EmbeddingTable table = new EmbeddingTable(ids, List.of(new EmbeddingTable.ExpertOutputs("rr", "test:rr", rr),
                new EmbeddingTable.ExpertOutputs("amplitude", "test:amplitude", amp), new EmbeddingTable.ExpertOutputs("noise", "test:noise", noise)), gate);
        List<Task> tasks = List.of(Tasks.RR_INTERVAL, Tasks.AGE, Tasks.GENDER);
        Map<String, double[]> labels = new LinkedHashMap<>();
        for (Task t : tasks) labels.put(t.name(), TaskLabels.of(t, m));
        data = new TrainingData(table, Labels.aligned(ids, ids, labels), subjects, tasks, "{\"lead\":\"II\",\"samples\":500,\"zscore\":true}");
        result = CrossValidation.run(data, ModelConfig.projectDefaults().toBuilder().widths(64, 32).build(), TrainConfig.smallData(),
                EvaluationPlan.of(3).withSubsets(Map.of("ludb", new java.util.HashSet<>(ids.stream().filter(id -> id.startsWith("ludb/")).toList()))));
        System.out.print(SummaryTable.format(result)); // kept in target/surefire-reports for a look at real numbers
    }

    static float[] zscore(float[] x) {
        double mean = 0, sq = 0;
        for (float v : x) mean += v;
        mean /= x.length;
        for (float v : x) sq += (v - mean) * (v - mean);
        double sd = Math.sqrt(sq / x.length);
        float[] z = new float[x.length];
        for (int i = 0; i < x.length; i++) z[i] = (float) (sd > 0 ? (x[i] - mean) / sd : 0);
        return z;
    }

    @Test
    void rrIntervalIsLearnedFromTheRhythmExpert() {
        TaskResult rr = result.task("rr_interval");
        double enecg = rr.methods().get("enecg").mean("mae");
        double constant = rr.methods().get("constant").mean("mae");
        assertTrue(enecg < 0.35 * constant, "rr_interval MAE " + enecg + " ms vs constant " + constant);
        double w = java.util.Arrays.stream(rr.gateWeights().get("rr")).average().orElseThrow();
        assertTrue(w > 0.7, "gate weight of the rr expert " + w);
        assertEquals("expert_alone:rr", rr.bestSingleExpert());
        assertTrue(enecg <= 1.15 * rr.methods().get("expert_alone:rr").mean("mae"));
    }

    @Test
    void everyLabelledRecordIsScoredOnceAndLudbIsReportedApart() {
        for (TaskResult t : result.tasks()) {
            double[] y = data.labels().of(t.task().name());
            assertEquals(java.util.Arrays.stream(y).filter(v -> !Double.isNaN(v)).count(), t.records(), t.task().name());
        }
        assertEquals(320, java.util.Arrays.stream(result.foldSizes()).sum());
        assertEquals(200, result.task("rr_interval").subsetRecords().get("ludb"), "every LUDB record has an RR label");
    }
}
