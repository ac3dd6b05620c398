package org.enecg.model;

/**
 * How a classification task's class is decided from the model's probabilities.
 */
public enum ClassDecision {
    /** The most probable class (the paper; best for accuracy). */
    ARGMAX,
    /**
     * The most probable class once each class's probability is divided by its frequency among the training records
     * (and renormalised): the posterior under equal class priors ("logit adjustment", Menon et al., ICLR 2021). On
     * imbalanced classes it trades accuracy for recall of the rare classes, i.e. for macro F1. The model's reported
     * probabilities are these balanced ones, so the class is still their argmax.
     */
    BALANCED,
    /**
     * A training policy, not a rule: per task, whichever of {@link #ARGMAX} and {@link #BALANCED} gives the higher
     * macro F1 (the primary metric of classification tasks) on the inner-validation outputs: the cross-fitted
     * outputs of the training records where the schedule has them, else the validation split's.
     */
    CHOSEN
}
