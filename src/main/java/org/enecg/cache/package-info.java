/** The embedding cache: expert outputs computed once per (record, expert fingerprint), on disk as .npy, and the {@code EmbeddingTable} that is the only bridge from the frozen side to the trainable side. May import {@code io}, {@code signal}, {@code data}, {@code expert}. */
package org.enecg.cache;
