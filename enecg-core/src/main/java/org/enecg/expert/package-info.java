/** Frozen experts: the {@code Expert} contract, fingerprints, and the shared per-expert input step (select leads, sanitise, resample, normalise). May import {@code io}, {@code signal}. */
package org.enecg.expert;
