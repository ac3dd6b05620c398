package org.enecg.nn;

import java.util.List;

/**
 * A differentiable step. {@link #forward} remembers what {@link #backward} needs, so each forward is followed
 * by at most one backward, on the same thread, before the next forward.
 */
public interface Layer {

    /** Output for a batch {@code x} (one row per example). */
    Matrix forward(Matrix x, Pass pass);

    /**
     * Adds this batch's gradients to the trainable parameters' {@link Param#grad()} and returns the gradient
     * with respect to the input of the last forward, or {@code null} when {@code needInputGrad} is false
     * (the first layer on fixed data, which saves a whole matrix product).
     */
    Matrix backward(Matrix dOut, boolean needInputGrad);

    /** All parameters, frozen ones included, in a stable order. */
    List<Param> parameters();
}
