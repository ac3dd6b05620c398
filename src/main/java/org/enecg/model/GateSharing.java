package org.enecg.model;

/**
 * How many gates a multi-task model has. The paper trains one model per task, each with its own gate; this
 * project trains all tasks in one model.
 */
public enum GateSharing {
    /**
     * Default: one gate trunk {@code Linear(gateDim, hidden) - ReLU} shared by all tasks, and one output layer
     * {@code Linear(hidden, n_experts) - softmax} per task. The expensive part reads the ECG once for every task
     * (one system, many tasks), while each task still weights the experts its own way: an RR-interval task
     * should lean on a rhythm expert, a sex task on a morphology expert. With a single task it is exactly the
     * paper's gate.
     */
    PER_TASK_OUTPUT,
    /** One gate, one set of expert weights used by every task. */
    SINGLE
}
