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

    /**
     * Copies expert {@code e}'s outputs of the given rows, in the given order, into {@code into}: row {@code rows[i]}
     * at {@code into[offset + i * dim(e)]}. This is how the trainable side gathers a mini-batch (rows in a seeded
     * random order); a source on disk may override it to read the rows in file order. The default copies row by row.
     *
     * @throws IllegalArgumentException when {@code into} is too short
     */
    default void gather(int e, int[] rows, float[] into, int offset) {
        int d = dim(e);
        if (offset < 0 || offset + (long) rows.length * d > into.length) {
            throw new IllegalArgumentException(rows.length + " rows of " + d + " values do not fit " + into.length + " floats from " + offset);
        }
        for (int i = 0; i < rows.length; i++) System.arraycopy(row(e, rows[i]), 0, into, offset + i * d, d);
    }

    /** Length of one gate-input row (0 when the table carries none). */
    int gateDim();

    /** Gate input of row {@code r}. */
    float[] gateInput(int r);

    /**
     * Copies the gate input of the given rows, in the given order, into {@code into}: row {@code rows[i]} at
     * {@code into[offset + i * gateDim()]}; as {@link #gather}, a disk source may override it.
     *
     * @throws IllegalArgumentException when {@code into} is too short
     */
    default void gatherGate(int[] rows, float[] into, int offset) {
        int d = gateDim();
        if (offset < 0 || offset + (long) rows.length * d > into.length) {
            throw new IllegalArgumentException(rows.length + " gate rows of " + d + " values do not fit " + into.length + " floats from " + offset);
        }
        for (int i = 0; i < rows.length; i++) System.arraycopy(gateInput(rows[i]), 0, into, offset + i * d, d);
    }

    /** Row of a record id, or -1. */
    int rowOf(String recordId);

    /** The given rows, in the given order. */
    EmbeddingRows select(int[] rows);

    /** Only the named experts, in the given order. */
    EmbeddingRows withExperts(List<String> names);
}
