package org.enecg.model;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.enecg.nn.Layer;
import org.enecg.nn.Linear;
import org.enecg.nn.LoraLinear;
import org.enecg.nn.Matrix;
import org.enecg.nn.Param;
import org.enecg.nn.Pass;
import org.enecg.nn.Relu;

/**
 * The FFN attached to one frozen expert for one task: {@code Linear(d_in, h) - ReLU - Linear(h, h) - ReLU -
 * Linear(h, d_out)}. Under LoRA the first two layers are frozen random bases with adapters; the last is
 * trainable or frozen per {@link OutputLayer}. In full training every layer trains.
 */
final class Head {
    private final Layer l1;
    private final Layer l2;
    private final Linear l3;
    private final Relu r1 = new Relu();
    private final Relu r2 = new Relu();
    final String name;

    Head(String name, int in, int out, ModelConfig c, SplittableRandom rng) {
        this.name = name;
        this.l1 = adapted(name + ".l1", in, c.headHidden(), c, rng);
        this.l2 = adapted(name + ".l2", c.headHidden(), c.headHidden(), c, rng);
        boolean outTrains = c.adaptation() == Adaptation.FULL || c.outputLayer() == OutputLayer.TRAINABLE;
        this.l3 = new Linear(name + ".l3", c.headHidden(), out, outTrains, rng);
    }

    /** A LoRA layer over a frozen random base, or a fully trainable linear layer. */
    static Layer adapted(String name, int in, int out, ModelConfig c, SplittableRandom rng) {
        return c.adaptation() == Adaptation.LORA
                ? new LoraLinear(name, in, out, c.loraRank(), c.loraAlpha(), c.loraDropout(), rng)
                : new Linear(name, in, out, true, rng);
    }

    /** The frozen first-layer output {@code x·W + b} for fixed inputs, or null when the first layer trains. */
    Matrix frozenFirstLayer(Matrix x) {
        return l1 instanceof LoraLinear lora ? lora.base().apply(x) : null;
    }

    /** @param base1 this batch's rows of {@link #frozenFirstLayer}, or null to compute it */
    Matrix forward(Matrix x, Matrix base1, Pass pass) {
        Matrix h = base1 != null ? ((LoraLinear) l1).forward(x, base1, pass) : l1.forward(x, pass);
        r1.forwardInPlace(h);
        h = l2.forward(h, pass);
        r2.forwardInPlace(h);
        return l3.forward(h, pass);
    }

    void backward(Matrix dOut) {
        Matrix d = l3.backward(dOut, true);
        d = r2.backward(d, true);
        d = l2.backward(d, true);
        d = r1.backward(d, true);
        l1.backward(d, false);
    }

    List<Param> parameters() {
        List<Param> ps = new ArrayList<>(l1.parameters());
        ps.addAll(l2.parameters());
        ps.addAll(l3.parameters());
        return ps;
    }
}
