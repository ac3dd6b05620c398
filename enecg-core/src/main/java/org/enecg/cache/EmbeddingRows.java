package org.enecg.cache;

import java.util.List;

/**
 * The rows the trainable side reads: for each record, every expert's output vector and the gate's input. Rows come
 * from memory ({@link EmbeddingTable}) or stream from the cache's files on disk, and the trainable side cannot tell
 * the difference: it reads only through this interface, gathering mini-batches by row index.
 *
 * <p>Row {@code r} of every expert and of the gate input belongs to {@code recordIds().get(r)}. Arrays returned may
 * be shared with the source: callers must not modify them.
 */
public interface EmbeddingRows {

    /** Number of records (rows). */
    int size();

    /** One record id per row. */
    List<String> recordIds();

    /** Expert names, in column-block order. */
    List<String> expertNames();

    default int nExperts() { return expertNames().size(); }

    /** The cache fingerprint of expert {@code e}. */
    String fingerprint(int e);

    /** Output size of expert {@code e}. */
    int dim(int e);

    /** Output of expert {@code e} for row {@code r}. */
    float[] row(int e, int r);

    /** Length of one gate-input row (0 when the table carries none). */
    int gateDim();

    /** Gate input of row {@code r}. */
    float[] gateInput(int r);

    /** Row of a record id, or -1. */
    int rowOf(String recordId);

    /** The given rows, in the given order. */
    EmbeddingRows select(int[] rows);

    /** Only the named experts, in the given order. */
    EmbeddingRows withExperts(List<String> names);
}
