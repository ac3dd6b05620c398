/**
 * The expert pass on Apache Spark: the records of a manifest spread over partitions, each partition embedded by the
 * core's {@link org.enecg.cache.Embedder} into a private cache and published into the shared one as one part per
 * expert ({@link org.enecg.cache.CacheParts}), so {@code enecg train}, {@code evaluate} and {@code embed} read the
 * result as their own (docs/spark.md).
 */
package org.enecg.spark;
