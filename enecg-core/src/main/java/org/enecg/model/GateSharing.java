package org.enecg.model;

/**
 * How many gates a multi-task model has. The paper trains one model per task, each with its own gate; this
 * project trains all tasks in one model, in one pass over the data.
 */
public enum GateSharing {
    /**
     * Default: each task has its own gate, {@code Linear(gateDim, h) - ReLU - Linear(h, n_experts) - softmax}, as
     * each of the paper's single-task runs had. Every trainable parameter then belongs to exactly one task, so each
     * task keeps the weights of its own best validation epoch (per-task early stopping): with one criterion for
     * all tasks, a task that only overfits hides tasks that are still learning (measured: docs/training.md). Each
     * task still weights the experts its own way (an RR-interval task should lean on a rhythm expert).
     */
    PER_TASK,
    /**
     * One gate trunk {@code Linear(gateDim, h) - ReLU} shared by all tasks and one output layer per task. The
     * trunk reads the ECG once for every task; early stopping then uses the sum of the task losses.
     */
    SHARED_TRUNK,
    /** One gate, one set of expert weights used by every task; early stopping on the sum of the task losses. */
    SINGLE
}
