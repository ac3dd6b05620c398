package org.enecg.train;

import java.util.ArrayList;
import java.util.List;
import org.enecg.model.EnEcgModel;
import org.enecg.nn.Param;

/**
 * When training stops, and which weights are kept. Three cases:
 * <ul>
 *   <li>no validation split: every task trains the full number of epochs;</li>
 *   <li>every trainable parameter belongs to one task (gates per task, the default): each task has its own
 *       early stopping, keeps the weights of its best validation epoch, and leaves the training loop when it has
 *       not improved for {@code patience} epochs; training ends when no task is left. A task without validation
 *       labels trains until the others stop;</li>
 *   <li>a gate shared by tasks: one early stopping on the sum of the task losses.</li>
 * </ul>
 */
final class Stopping {
    private final boolean active;
    private final boolean perTask;
    private final EarlyStopping[] watchers;   // per task, or one for the sum
    private final boolean[] monitored;        // task has validation labels
    private final boolean[] training;
    private final List<List<Double>> curves = new ArrayList<>();
    private final int nTasks;

    private Stopping(boolean active, boolean perTask, EarlyStopping[] watchers, boolean[] monitored, int nTasks) {
        this.active = active;
        this.perTask = perTask;
        this.watchers = watchers;
        this.monitored = monitored;
        this.nTasks = nTasks;
        this.training = new boolean[nTasks];
        java.util.Arrays.fill(training, true);
        for (int t = 0; t < nTasks; t++) curves.add(new ArrayList<>());
    }

    static Stopping plan(EnEcgModel model, TrainingData data, int[] valRows, int patience) {
        int nt = model.tasks().size();
        boolean[] monitored = new boolean[nt];
        for (int t = 0; t < nt; t++) monitored[t] = valRows.length > 0 && data.labels().count(model.tasks().get(t).name(), valRows) > 0;
        boolean anyMonitored = false;
        for (boolean m : monitored) anyMonitored |= m;
        if (patience == 0 || !anyMonitored) return new Stopping(false, false, new EarlyStopping[0], monitored, nt);
        boolean perTask = true;
        for (int t = 0; t < nt; t++) perTask &= model.taskParameters(t) != null;
        EarlyStopping[] w;
        if (perTask) {
            w = new EarlyStopping[nt];
            for (int t = 0; t < nt; t++) w[t] = new EarlyStopping(model.taskParameters(t), patience);
        } else {
            List<Param> all = model.trainableParameters();
            w = new EarlyStopping[] {new EarlyStopping(all, patience)};
        }
        return new Stopping(true, perTask, w, monitored, nt);
    }

    boolean active() { return active; }

    boolean anyTraining() {
        for (int t = 0; t < nTasks; t++) if (training[t] && (monitored[t] || !active)) return true;
        return false;
    }

    /** Tasks still training (a copy). */
    boolean[] training() { return training.clone(); }

    /** Records the validation losses of an epoch ([task], NaN for tasks not run). */
    void update(int epoch, double[] perTaskLoss) {
        if (perTask) {
            for (int t = 0; t < nTasks; t++) {
                if (!training[t] || !monitored[t]) continue;
                curves.get(t).add(perTaskLoss[t]);
                if (watchers[t].update(epoch, perTaskLoss[t])) training[t] = false;
            }
            return;
        }
        double sum = 0;
        for (int t = 0; t < nTasks; t++) {
            if (!monitored[t]) continue;
            curves.get(t).add(perTaskLoss[t]);
            sum += perTaskLoss[t];
        }
        if (watchers[0].update(epoch, sum)) java.util.Arrays.fill(training, false);
    }

    /** Restores the kept weights and returns each task's kept epoch. */
    int[] finish(int epochsRun) {
        int[] best = new int[nTasks];
        java.util.Arrays.fill(best, epochsRun);
        if (!active) return best;
        for (EarlyStopping w : watchers) w.restore();
        for (int t = 0; t < nTasks; t++) {
            if (!monitored[t]) continue;
            best[t] = perTask ? watchers[t].bestEpoch() : watchers[0].bestEpoch();
        }
        return best;
    }

    String policy() {
        if (!active) return "fixed epochs";
        return perTask ? "early stopping per task" : "early stopping on the summed loss";
    }

    double[][] curves() {
        double[][] c = new double[nTasks][];
        for (int t = 0; t < nTasks; t++) c[t] = curves.get(t).stream().mapToDouble(Double::doubleValue).toArray();
        return c;
    }
}
