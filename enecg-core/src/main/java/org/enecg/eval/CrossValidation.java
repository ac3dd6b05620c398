package org.enecg.eval;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.enecg.cache.EmbeddingRows;
import org.enecg.data.Task;
import org.enecg.model.EnEcgModel;
import org.enecg.model.ExpertInfo;
import org.enecg.model.FrozenCache;
import org.enecg.model.ModelConfig;
import org.enecg.model.ModelOutputs;
import org.enecg.model.PreparedInputs;
import org.enecg.model.ProjectVersion;
import org.enecg.model.TrainingLog;
import org.enecg.train.CrossFitted;
import org.enecg.train.TrainConfig;
import org.enecg.train.Trainer;
import org.enecg.train.TrainingData;

/**
 * Subject-wise K-fold cross-validation of EnECG and its baselines, in the same folds: a fresh model (fresh
 * weights, optimiser and random streams from (seed, fold)) for every fold and method; records without a task's
 * label are left out of that task only (in training and in scoring).
 *
 * <p>Methods ({@link Methods}): EnECG; each expert alone (its own heads); the uniform average of the expert-alone
 * heads (values for regression, logits for classification, i.e. softmax of the mean log-probabilities); the
 * constant predictor; and optionally EnECG without each of some experts. Under the staged schedule the expert-alone
 * models are the ensemble's first stage, so the baselines cost nothing extra and each ablation is one more gate.
 * Models are trained in parallel ({@link EvaluationPlan#threads()}); every model depends only on (data, configs,
 * seed, fold), so results do not depend on the thread count.
 */
public final class CrossValidation {
    private CrossValidation() {}

    /** {@code folds}-fold cross-validation with all baselines, seeded with {@code seed}. */
    public static EvaluationResult run(TrainingData data, ModelConfig modelConfig, TrainConfig trainConfig, int folds, long seed) {
        return run(data, modelConfig, trainConfig.toBuilder().seed(seed).build(), EvaluationPlan.of(folds), s -> { });
    }

    public static EvaluationResult run(TrainingData data, ModelConfig modelConfig, TrainConfig trainConfig, EvaluationPlan plan) {
        return run(data, modelConfig, trainConfig, plan, s -> { });
    }

    /**
     * Cross-validation with each fold's settings chosen by its number of training records ({@link ConfigChoice}). Every
     * fold must come to the same settings (folds straddling the small-data threshold are refused: give fixed settings).
     */
    public static EvaluationResult run(TrainingData data, ConfigChoice choice, EvaluationPlan plan, Consumer<String> progress) {
        long seed = choice.training().apply(data.table().size()).seed();
        List<SubjectKFold.Fold> folds = new SubjectKFold(plan.folds(), seed).split(data);
        int first = folds.get(0).trainRows().length;
        ModelConfig mc = choice.model().apply(first);
        TrainConfig tc = choice.training().apply(first);
        for (SubjectKFold.Fold f : folds) {
            int n = f.trainRows().length;
            if (!choice.model().apply(n).equals(mc) || !choice.training().apply(n).equals(tc)) {
                throw new IllegalArgumentException("folds of " + first + " and " + n + " training records call for different settings"
                        + " (the small-data threshold is " + ModelConfig.SMALL_DATA_RECORDS + " training records); give the settings explicitly");
            }
            if (choice.training().apply(n).seed() != seed) throw new IllegalArgumentException("the settings' seed depends on the number of records");
        }
        return run(data, mc, tc, plan, progress);
    }

    /**
     * @param progress receives one line per finished model (for a progress display); may be called from worker threads
     */
    public static EvaluationResult run(TrainingData data, ModelConfig modelConfig, TrainConfig trainConfig, EvaluationPlan plan,
                                       Consumer<String> progress) {
        long started = System.nanoTime();
        List<String> experts = data.table().expertNames();
        for (String x : plan.ablations()) {
            if (!experts.contains(x)) throw new IllegalArgumentException("cannot leave out expert '" + x + "': the data has " + experts);
            if (experts.size() < 2) throw new IllegalArgumentException("leaving out '" + x + "' leaves no expert");
        }
        List<SubjectKFold.Fold> folds = new SubjectKFold(plan.folds(), trainConfig.seed()).split(data);
        // frozen outputs kept across models: at most a quarter of the heap (rows may stream from disk)
        FrozenCache cache = new FrozenCache(Math.min(trainConfig.precomputeLimit(), Runtime.getRuntime().maxMemory() / 4 / Float.BYTES));
        Trainer trainer = new Trainer(modelConfig, trainConfig, cache);
        boolean staged = trainer.staged(data);
        int k = folds.size();
        // [fold] method → model
        List<Map<String, EnEcgModel>> models = new ArrayList<>();
        for (int f = 0; f < k; f++) models.add(new LinkedHashMap<>());
        ExecutorService pool = Executors.newFixedThreadPool(plan.threads());
        try {
            List<Map<String, CrossFitted>> crossFitted = new ArrayList<>();
            if (staged) {
                crossFitted = expertHeadsAll(pool, trainer, data, folds, experts, models, progress);
                if (trainConfig.gateFolds() < 2) crossFitted = null;
            }
            List<Job> first = new ArrayList<>();
            for (SubjectKFold.Fold fold : folds) {
                if (!staged && plan.baselines()) {
                    for (String e : experts) {
                        first.add(new Job(fold.index(), Methods.alone(e), () -> trainer.trainSingle(data, e, fold.trainRows(), fold.index())));
                    }
                }
                if (!staged) {
                    first.add(new Job(fold.index(), Methods.ENECG, () -> trainer.train(data, fold.trainRows(), fold.index())));
                    for (String x : plan.ablations()) {
                        first.add(new Job(fold.index(), Methods.without(x),
                                () -> trainer.train(data.withExperts(without(experts, x)), fold.trainRows(), fold.index())));
                    }
                }
            }
            runAll(pool, first, models, progress);
            if (staged) {
                List<Job> second = new ArrayList<>();
                for (SubjectKFold.Fold fold : folds) {
                    Map<String, EnEcgModel> singles = new LinkedHashMap<>();
                    for (String e : experts) singles.put(e, models.get(fold.index()).get(Methods.alone(e)));
                    Map<String, CrossFitted> cf = crossFitted == null ? null : crossFitted.get(fold.index());
                    second.add(new Job(fold.index(), Methods.ENECG, () -> trainer.trainGate(data, fold.trainRows(), fold.index(), singles, cf)));
                    for (String x : plan.ablations()) {
                        List<String> rest = without(experts, x);
                        second.add(new Job(fold.index(), Methods.without(x), () -> rest.size() == 1
                                ? singles.get(rest.get(0))
                                : trainer.trainGate(data.withExperts(rest), fold.trainRows(), fold.index(), singles, cf)));
                    }
                }
                runAll(pool, second, models, progress);
            }
            if (!plan.baselines()) {
                for (Map<String, EnEcgModel> m : models) m.keySet().removeIf(Methods::isAlone);
            }
        } finally {
            pool.shutdownNow();
        }
        return Scoring.score(data, modelConfig, trainConfig, plan, folds, models, outputs(data, folds, models, cache),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** [fold] method → outputs of that fold's model on its test records. */
    private static List<Map<String, ModelOutputs>> outputs(TrainingData data, List<SubjectKFold.Fold> folds, List<Map<String, EnEcgModel>> models,
                                                           FrozenCache cache) {
        List<Map<String, ModelOutputs>> out = new ArrayList<>();
        for (SubjectKFold.Fold fold : folds) {
            EmbeddingRows test = data.table().select(fold.testRows());
            Map<String, ModelOutputs> byMethod = new LinkedHashMap<>();
            for (Map.Entry<String, EnEcgModel> e : models.get(fold.index()).entrySet()) {
                PreparedInputs in = e.getValue().prepare(test, true, cache);
                byMethod.put(e.getKey(), e.getValue().infer(in, range(test.size())));
            }
            out.add(byMethod);
        }
        return out;
    }

    private record Job(int fold, String method, Callable<EnEcgModel> work) {}

    /**
     * The staged schedule's first stage, in parallel (one job per fold and expert, {@link Trainer#trainExpert}): puts
     * each expert-alone model into {@code models} and returns [fold] expert → its heads' cross-fitted outputs on the
     * fold's training rows (null values without cross-fitting).
     */
    private static List<Map<String, CrossFitted>> expertHeadsAll(ExecutorService pool, Trainer trainer, TrainingData data,
                                                                 List<SubjectKFold.Fold> folds, List<String> experts,
                                                                 List<Map<String, EnEcgModel>> models, Consumer<String> progress) {
        List<Future<org.enecg.train.ExpertHeads>> futures = new ArrayList<>();
        for (SubjectKFold.Fold fold : folds) {
            for (String e : experts) {
                futures.add(pool.submit(() -> {
                    long t0 = System.nanoTime();
                    org.enecg.train.ExpertHeads h = trainer.trainExpert(data, e, fold.trainRows(), fold.index());
                    progress.accept("fold " + (fold.index() + 1) + " " + Methods.alone(e) + ": heads"
                            + (h.shapes().isEmpty() ? "" : " " + h.shapes()) + (h.crossFitted() == null ? "" : ", cross-fitted in "
                            + trainer.trainConfig().gateFolds() + " inner folds") + " (" + (System.nanoTime() - t0) / 1_000_000 + " ms)");
                    return h;
                }));
            }
        }
        List<Map<String, CrossFitted>> out = new ArrayList<>();
        int i = 0;
        for (SubjectKFold.Fold fold : folds) {
            Map<String, CrossFitted> byExpert = new LinkedHashMap<>();
            for (String e : experts) {
                try {
                    org.enecg.train.ExpertHeads h = futures.get(i++).get();
                    models.get(fold.index()).put(Methods.alone(e), h.single());
                    byExpert.put(e, h.crossFitted());
                } catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("cross-validation interrupted", ex);
                } catch (ExecutionException ex) {
                    Throwable c = ex.getCause();
                    if (c instanceof RuntimeException re) throw re;
                    if (c instanceof Error err) throw err;
                    throw new IllegalStateException("fold " + (fold.index() + 1) + " " + Methods.alone(e) + " failed: " + c.getMessage(), c);
                }
            }
            out.add(byExpert);
        }
        return out;
    }

    private static void runAll(ExecutorService pool, List<Job> jobs, List<Map<String, EnEcgModel>> models, Consumer<String> progress) {
        List<Future<EnEcgModel>> futures = new ArrayList<>();
        for (Job j : jobs) {
            futures.add(pool.submit(() -> {
                EnEcgModel m = j.work().call();
                TrainingLog log = m.provenance() == null ? null : m.provenance().training();
                progress.accept("fold " + (j.fold() + 1) + " " + j.method() + (log == null ? "" : ": " + log.epochsRun() + " epochs, "
                        + log.millis() + " ms"));
                return m;
            }));
        }
        for (int i = 0; i < jobs.size(); i++) {
            try {
                models.get(jobs.get(i).fold()).put(jobs.get(i).method(), futures.get(i).get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("cross-validation interrupted", e);
            } catch (ExecutionException e) {
                Throwable c = e.getCause();
                if (c instanceof RuntimeException re) throw re;
                if (c instanceof Error err) throw err;
                throw new IllegalStateException("fold " + (jobs.get(i).fold() + 1) + " " + jobs.get(i).method() + " failed: " + c.getMessage(), c);
            }
        }
    }

    static List<String> without(List<String> experts, String x) {
        List<String> rest = new ArrayList<>(experts);
        rest.remove(x);
        return rest;
    }

    static int[] range(int n) {
        int[] r = new int[n];
        for (int i = 0; i < n; i++) r[i] = i;
        return r;
    }

    static List<ExpertInfo> expertInfos(EmbeddingRows t) {
        List<ExpertInfo> l = new ArrayList<>();
        for (int e = 0; e < t.nExperts(); e++) l.add(new ExpertInfo(t.expertNames().get(e), t.fingerprint(e), t.dim(e)));
        return l;
    }

    static String now() { return Instant.now().toString(); }

    static String version() { return ProjectVersion.get(); }

    static List<Task> tasks(TrainingData d) { return d.tasks(); }
}
