package org.enecg.model;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.enecg.nn.Layer;
import org.enecg.nn.LoraLinear;
import org.enecg.nn.Matrix;
import org.enecg.nn.Param;
import org.enecg.nn.Pass;
import org.enecg.nn.Relu;
import org.enecg.nn.Softmax;

/**
 * The gating network over the gate input (the paper: lead II, 5000 samples): a trunk
 * {@code Linear(gateDim, h) - ReLU} and one or more output layers {@code Linear(h, n_experts) - softmax}
 * (several when tasks share the trunk; {@link GateSharing}). Both layers carry LoRA in the paper's mode.
 * With {@link GateSource#NONE} there is no network: each output is {@code softmax(a)} with {@code a} trainable and
 * starting at zero (equal weights), read from the constant input 1 by a zero-initialised {@code Linear(1, n_experts)}.
 */
final class Gate {
    private final Layer trunk;
    private final Relu relu = new Relu();
    private final Layer[] outputs;
    final String name;

    /**
     * @param name        parameter name prefix, e.g. {@code gate.age} or {@code gate}
     * @param outputNames one output layer per name
     */
    Gate(String name, int gateDim, int nExperts, List<String> outputNames, ModelConfig c, SplittableRandom rng) {
        this.name = name;
        this.outputs = new Layer[outputNames.size()];
        if (c.gateSource() == GateSource.NONE) {
            if (gateDim != 1) throw new IllegalArgumentException(name + ": a gate without a network reads the constant 1, found width " + gateDim);
            this.trunk = null;
            for (int g = 0; g < outputs.length; g++) {
                org.enecg.nn.Linear l = new org.enecg.nn.Linear(name + ".out." + outputNames.get(g), 1, nExperts, true, rng);
                java.util.Arrays.fill(l.weight().value(), 0f);
                java.util.Arrays.fill(l.bias().value(), 0f);
                outputs[g] = l;
            }
            return;
        }
        this.trunk = Head.adapted(name + ".trunk", gateDim, c.gateHidden(), c, rng);
        for (int g = 0; g < outputs.length; g++) {
            outputs[g] = Head.adapted(name + ".out." + outputNames.get(g), c.gateHidden(), nExperts, c, rng);
        }
    }

    int outputCount() { return outputs.length; }

    Matrix frozenTrunk(Matrix x) {
        if (trunk == null) return null;
        return trunk instanceof LoraLinear lora ? lora.base().apply(x) : null;
    }

    /** The trunk's hidden activations for a batch; {@code base} is the precomputed frozen part or null. */
    Matrix hidden(Matrix x, Matrix base, Pass pass) {
        if (trunk == null) return x;     // no network: the constant input itself
        Matrix h = base != null ? ((LoraLinear) trunk).forward(x, base, pass) : trunk.forward(x, pass);
        return relu.forwardInPlace(h);
    }

    /** Softmax weights of output {@code g} (one row per example, one column per expert). */
    Matrix weights(int g, Matrix hidden, Pass pass) {
        return Softmax.rows(outputs[g].forward(hidden, pass));
    }

    /** Backward through output {@code g} given dLoss/dWeights; returns dLoss/dHidden. */
    Matrix backwardOutput(int g, Matrix weights, Matrix dWeights) {
        return outputs[g].backward(Softmax.backward(weights, dWeights), true);
    }

    void backwardTrunk(Matrix dHidden) {
        if (trunk == null) return;
        trunk.backward(relu.backward(dHidden, true), false);
    }

    List<Param> parameters() {
        List<Param> ps = new ArrayList<>(trunk == null ? List.of() : trunk.parameters());
        for (Layer o : outputs) ps.addAll(o.parameters());
        return ps;
    }
}
