/** Trainable building blocks in plain Java over float arrays: Linear, LoRA adapters, activations, losses, AdamW, and the one matrix kernel. Imports nothing else from the project. */
package org.enecg.nn;
