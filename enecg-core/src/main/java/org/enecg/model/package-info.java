/** The EnECG model: per-expert heads, the gate, the weighted sum, configuration, predictions and the model file. May import {@code nn}, {@code data}, {@code cache}; never {@code io}, {@code signal} or {@code expert}. */
package org.enecg.model;
