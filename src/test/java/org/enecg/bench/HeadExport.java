package org.enecg.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.enecg.data.Task;
import org.enecg.eval.SubjectKFold;
import org.enecg.model.Adaptation;
import org.enecg.model.EnEcgModel;
import org.enecg.model.ModelConfig;
import org.enecg.model.ModelJson;
import org.enecg.model.ModelOutputs;
import org.enecg.model.TrainingLog;
import org.enecg.pipeline.Pipeline;
import org.enecg.pipeline.PreparedData;
import org.enecg.cache.Embedder;
import org.enecg.train.CrossFitted;
import org.enecg.train.Seeds;
import org.enecg.train.SubjectGroups;
import org.enecg.train.TrainConfig;
import org.enecg.train.Trainer;
import org.enecg.train.TrainingData;

/**
 * Exports, for one head setting, everything a gate experiment needs from the bundled main job's folds (3 folds by
 * subject, seed 42, default experts): per fold and expert the expert-alone heads' inner-validation loss per task,
 * their cross-fitted outputs on the training rows and their outputs on the test rows, plus the labels, folds and
 * inner fit/validation split. Not a test: run by hand (docs/main-job.md), then read the JSON with numpy
 * ({@code scripts/gate-experiments.py}).
 * Args: out.json adaptation(LORA|FULL) learningRate headWidth weightDecay [threads].
 */
public final class HeadExport {
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Adaptation adaptation = Adaptation.valueOf(args[1]);
        double lr = Double.parseDouble(args[2]);
        int width = Integer.parseInt(args[3]);
        double wd = Double.parseDouble(args[4]);
        int threads = args.length > 5 ? Integer.parseInt(args[5]) : 2;
        Path home = Path.of("").toAbsolutePath();
        System.setProperty("enecg.home", home.toString());
        try (PreparedData p = PreparedData.prepare(new PreparedData.Request("bundled", List.of(), List.of(), Pipeline.defaultCache(home), 2, home),
                Embedder.Progress.NONE)) {
            TrainingData data = p.training();
            int n = data.table().size();
            ModelConfig mc = ModelConfig.forRecords(n).withAdaptation(adaptation).withWidths(width, width);
            TrainConfig base = TrainConfig.forRecords(n).withLearningRate(lr);
            TrainConfig tc = new TrainConfig(base.learningRate(), base.batchSize(), base.maxEpochs(), base.patience(), base.validationFraction(), wd,
                    base.seed(), base.precomputeLimit(), base.schedule(), base.gateLearningRate(), base.gatePatience(), base.gateFolds());
            Trainer trainer = new Trainer(mc, tc);
            List<SubjectKFold.Fold> folds = new SubjectKFold(3, tc.seed()).split(data);
            List<String> experts = data.table().expertNames();
            ObjectNode root = ModelJson.MAPPER.createObjectNode();
            root.put("setting", adaptation + " lr " + lr + " width " + width + " wd " + wd);
            ArrayNode ids = root.putArray("records");
            data.table().recordIds().forEach(ids::add);
            ArrayNode subs = root.putArray("subjects");
            for (int r = 0; r < n; r++) subs.add(data.subjectOf(r));
            ArrayNode ex = root.putArray("experts");
            experts.forEach(ex::add);
            ObjectNode tasks = root.putObject("tasks");
            for (Task t : data.tasks()) {
                ObjectNode o = tasks.putObject(t.name());
                o.put("classification", t.type().isClassification());
                o.put("outputs", t.outputSize());
                ArrayNode y = o.putArray("labels");
                for (double v : data.labels().of(t.name())) y.add(v);
            }
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            ArrayNode fs = root.putArray("folds");
            long t0 = System.nanoTime();
            try {
                List<Future<EnEcgModel>> singles = new ArrayList<>();
                List<Future<CrossFitted>> cfs = new ArrayList<>();
                List<Future<double[][][]>> bags = new ArrayList<>();
                for (SubjectKFold.Fold f : folds) {
                    for (String e : experts) {
                        singles.add(pool.submit(() -> trainer.trainSingle(data, e, f.trainRows(), f.index())));
                        cfs.add(pool.submit(() -> trainer.crossFit(data, e, f.trainRows(), f.index())));
                        bags.add(pool.submit(() -> innerHeadsOnTest(trainer, data, e, f, tc)));
                    }
                }
                int i = 0;
                for (SubjectKFold.Fold f : folds) {
                    ObjectNode fo = fs.addObject();
                    ints(fo.putArray("train"), f.trainRows());
                    ints(fo.putArray("test"), f.testRows());
                    int[][] split = SubjectGroups.holdOut(data, f.trainRows(), tc.validationFraction(), Seeds.derive(tc.seed(), f.index(), Seeds.Stream.SPLIT));
                    ints(fo.putArray("fit"), split[0]);
                    ints(fo.putArray("val"), split[1]);
                    ObjectNode byExpert = fo.putObject("experts");
                    for (String e : experts) {
                        EnEcgModel m = singles.get(i).get();
                        CrossFitted cf = cfs.get(i).get();
                        double[][][] bag = bags.get(i).get();
                        i++;
                        ObjectNode eo = byExpert.putObject(e);
                        TrainingLog log = m.provenance().training();
                        ArrayNode vl = eo.putArray("val_loss");
                        ArrayNode be = eo.putArray("best_epoch");
                        for (int t = 0; t < data.tasks().size(); t++) {
                            int b = log.bestEpochs()[t];
                            double[] curve = log.validationLoss()[t];
                            vl.add(curve.length >= b && b > 0 ? curve[b - 1] : Double.NaN);
                            be.add(b);
                        }
                        ModelOutputs o = m.infer(m.prepare(data.table().select(f.testRows()), false), range(f.testRows().length));
                        ObjectNode test = eo.putObject("test");
                        ObjectNode cfo = eo.putObject("cf");
                        for (int t = 0; t < data.tasks().size(); t++) {
                            boolean cls = data.tasks().get(t).type().isClassification();
                            ArrayNode a = test.putArray(data.tasks().get(t).name());
                            for (double[] v : o.values()[t]) {
                                ArrayNode row = a.addArray();
                                for (double x : v) row.add(cls ? Math.log(Math.max(x, 1e-30)) : x);
                            }
                            ArrayNode bg = eo.with("bag").putArray(data.tasks().get(t).name());
                            for (double[] v : bag[t]) {
                                ArrayNode row = bg.addArray();
                                for (double x : v) row.add(x);
                            }
                            ArrayNode c = cfo.putArray(data.tasks().get(t).name());
                            for (double[] v : cf.values()[t]) {
                                ArrayNode row = c.addArray();
                                for (double x : v) row.add(x);
                            }
                        }
                    }
                }
            } finally {
                pool.shutdownNow();
            }
            root.put("seconds", (System.nanoTime() - t0) / 1e9);
            Files.createDirectories(out.toAbsolutePath().getParent());
            ModelJson.MAPPER.writeValue(out.toFile(), root);
            System.out.printf("%s: %.1f s%n", out, (System.nanoTime() - t0) / 1e9);
        }
    }

    /**
     * [task][test row] the mean over the cross-fitting's inner heads (trained on the same inner folds as
     * Trainer.crossFit) of their outputs on the test rows: values in the label's unit, or log-probabilities.
     */
    static double[][][] innerHeadsOnTest(Trainer trainer, TrainingData data, String expert, SubjectKFold.Fold f, TrainConfig tc) {
        int k = tc.gateFolds();
        java.util.Map<String, int[]> groups = SubjectGroups.of(data, f.trainRows());
        List<List<Integer>> folds = new ArrayList<>();
        for (int j = 0; j < k; j++) folds.add(new ArrayList<>());
        for (String s : SubjectGroups.shuffled(groups, Seeds.derive(tc.seed(), f.index(), Seeds.Stream.CROSS_FIT))) {
            int smallest = 0;
            for (int j = 1; j < k; j++) if (folds.get(j).size() < folds.get(smallest).size()) smallest = j;
            for (int r : groups.get(s)) folds.get(smallest).add(r);
        }
        int nt = data.tasks().size();
        double[][][] sum = new double[nt][f.testRows().length][];
        for (int j = 0; j < k; j++) {
            java.util.Set<Integer> leave = new java.util.HashSet<>(folds.get(j));
            int[] train = java.util.Arrays.stream(f.trainRows()).filter(r -> !leave.contains(r)).toArray();
            EnEcgModel m = trainer.trainSingle(data, expert, train, f.index());
            ModelOutputs o = m.infer(m.prepare(data.table().select(f.testRows()), false), range(f.testRows().length));
            for (int t = 0; t < nt; t++) {
                boolean cls = data.tasks().get(t).type().isClassification();
                for (int i = 0; i < f.testRows().length; i++) {
                    double[] v = o.values()[t][i];
                    if (sum[t][i] == null) sum[t][i] = new double[v.length];
                    for (int c = 0; c < v.length; c++) sum[t][i][c] += (cls ? Math.log(Math.max(v[c], 1e-30)) : v[c]) / k;
                }
            }
        }
        return sum;
    }

    private static void ints(ArrayNode a, int[] v) {
        for (int x : v) a.add(x);
    }

    private static int[] range(int n) {
        int[] r = new int[n];
        for (int i = 0; i < n; i++) r[i] = i;
        return r;
    }
}
