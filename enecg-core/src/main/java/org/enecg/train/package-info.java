/** Training: a fresh model and optimiser per call, early stopping, seeds. May import {@code nn}, {@code model}, {@code data}, {@code cache}. */
package org.enecg.train;
