/**
 * Built-in pure-Java experts, one per file: {@link org.enecg.expert.builtin.RhythmExpert},
 * {@link org.enecg.expert.builtin.MorphologyExpert}, {@link org.enecg.expert.builtin.SpectralExpert},
 * {@link org.enecg.expert.builtin.RocketExpert} (MiniRocket) and {@link org.enecg.expert.builtin.DLinearExpert}, by short
 * name and as the default set in {@link org.enecg.expert.builtin.BuiltinExperts}. Every expert reads its input through
 * the shared {@code ExpertInput} path and returns finite values only (documented fills, validity flags). Signal
 * processing comes from {@code org.enecg.signal}; this package composes it into features. Parameters fitted once
 * (DLinear weights, MiniRocket biases) are class-path resources beside these classes, with their provenance inside.
 * Stage: frozen experts (DESIGN.md section 2). May import {@code io}, {@code signal}, {@code expert}, {@code util}.
 */
package org.enecg.expert.builtin;
