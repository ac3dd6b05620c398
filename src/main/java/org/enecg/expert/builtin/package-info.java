/** Built-in pure-Java experts (rhythm, morphology, spectral, random kernels, DLinear). May import {@code io}, {@code signal}, {@code expert}. */
package org.enecg.expert.builtin;
