/** ONNX experts described by model cards, run with ONNX Runtime. May import {@code io}, {@code signal}, {@code expert}. */
package org.enecg.expert.onnx;
