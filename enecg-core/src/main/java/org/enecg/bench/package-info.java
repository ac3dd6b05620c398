/**
 * Performance evidence ({@code enecg bench}, issue 6): EnECG as this project runs it (experts once per record into the
 * embedding cache, heads and gates trained on the cached outputs) against the authors' procedure (every frozen expert
 * run again on every batch of every epoch of every fold, one task at a time), on the same experts, data and heads;
 * how embedding, training and prediction scale with the data (time and peak memory, each stage in a child JVM);
 * prediction latency and throughput; trainable against frozen parameter counts. A consumer like {@code cli} and
 * {@code pipeline}: it may use every package, and nothing but the command line uses it.
 */
package org.enecg.bench;
