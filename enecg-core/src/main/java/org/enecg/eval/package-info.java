/** Evaluation: subject-wise folds, cross-validation, metrics, baselines and reports. May import {@code nn}, {@code model}, {@code train}, {@code data}, {@code cache}. */
package org.enecg.eval;
