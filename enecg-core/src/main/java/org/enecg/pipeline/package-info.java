/**
 * The wiring of DESIGN.md section 2 that every front end needs, without any command-line code: a dataset
 * ({@code --data}) to its manifest, experts by name to opened experts with their origins, the embedding cache to an
 * {@link org.enecg.cache.EmbeddingTable}, manifest labels to {@link org.enecg.train.TrainingData}; evaluation with the
 * overlap subsets and report extras; training and prediction with the expert checks a saved model needs. A consumer
 * like {@code cli}: it may use every package; nothing but front ends (cli, serve, bench) uses it.
 */
package org.enecg.pipeline;
