/**
 * Signal quality of an ECG record and of each of its leads, before any expert reads it: pure functions on
 * {@code float[]} samples plus the sampling rate ({@link Li2008}, {@link Orphanidou2015}, {@link SampleChecks}),
 * measured per lead ({@link LeadMeasurement}), graded in one place ({@link QualityRules}, thresholds in
 * {@link QualitySettings}) into an immutable {@link RecordQuality}. {@link QualityAssessment} is the entry point.
 * Stage: beside {@code signal}, reading a {@code Record} of {@code io}; imports {@code io} and {@code signal} only.
 * Methods and thresholds: docs/signal-quality.md.
 */
package org.enecg.signal.quality;
