/**
 * The metrics, each defined once and used both by training's choices (the class decision rule) and by evaluation:
 * {@link org.enecg.metrics.Regression} (MAE, MSE), {@link org.enecg.metrics.Classification} (accuracy, macro
 * precision, recall and F1 with scikit-learn's semantics) and {@link org.enecg.metrics.Auroc}. Arrays in, numbers out;
 * no dependencies.
 */
package org.enecg.metrics;
