package org.enecg.eval;

import java.util.List;
import java.util.Map;
import org.enecg.model.ExpertInfo;
import org.enecg.model.ModelConfig;
import org.enecg.model.TrainingLog;
import org.enecg.train.TrainConfig;

/**
 * The outcome of {@link CrossValidation#run}: per task, every method's metrics per fold (with means and stds),
 * EnECG's gate weights, out-of-fold predictions; and how it was produced.
 *
 * @param tasks          one result per task, in task order
 * @param modelConfig    the model configuration
 * @param trainConfig    the training configuration (its seed is the run seed)
 * @param plan           what was compared
 * @param foldSizes      test records per fold
 * @param experts        the experts (name, fingerprint, output size)
 * @param gateInput      the gate input description
 * @param trainingLogs   method → one log per fold (the ensemble's gate stage under the staged schedule)
 * @param repairedValues non-finite expert outputs or gate inputs replaced while preparing inputs, summed over models
 * @param projectVersion enecg version
 * @param createdAt      ISO-8601 instant the run finished
 * @param javaVersion    {@code java.version}
 * @param os             {@code os.name os.arch}
 * @param millis         wall time of the run
 */
public record EvaluationResult(List<TaskResult> tasks, ModelConfig modelConfig, TrainConfig trainConfig, EvaluationPlan plan,
                               int[] foldSizes, List<ExpertInfo> experts, String gateInput,
                               Map<String, List<TrainingLog>> trainingLogs, long repairedValues, String projectVersion,
                               String createdAt, String javaVersion, String os, long millis) {

    public TaskResult task(String name) {
        for (TaskResult t : tasks) if (t.task().name().equals(name)) return t;
        throw new IllegalArgumentException("no task '" + name + "' in the result");
    }
}
