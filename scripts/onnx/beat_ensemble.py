#!/usr/bin/python3
"""Builds models/pretrained/beat-aami-mitbih/beat_ensemble.onnx from the three upstream fold files, unchanged in the
same folder: one graph whose batch axis is dynamic and which runs all three folds on the same beats, applies softmax
to each fold's logits and averages them (ONNX Mean), so a record's beats go through the ensemble in one call.

Edits (nothing else changes; every weight is copied bit for bit):
  - input `input` [1, 1, 540] -> [batch, 1, 540], output [1, 5] -> [batch, 5];
  - each fold's Reshape before the classifier had the fixed shape [1, -1]: now [0, -1] (0 = keep the batch size);
  - fold k's nodes, initializers and intermediate names get the prefix `foldK/`; Softmax(axis=1) per fold, then Mean.

Needs Debian's python3-onnx (apt-get install python3-onnx; run with /usr/bin/python3). The Java test
PretrainedModelsTest checks the result against the folds' golden batch-1 outputs (within 1e-5) and batch 1 against
batch 3.

usage: /usr/bin/python3 scripts/onnx/beat_ensemble.py [models/pretrained/beat-aami-mitbih]
"""
import os
import sys

import numpy as np
import onnx
from onnx import helper, numpy_helper, TensorProto

FOLDS = 3


def fold_graph(path, k):
    """Nodes and initializers of one fold, renamed with a prefix, its Reshape made batch-free; its logits' name."""
    g = onnx.load(path).graph
    prefix = "fold%d/" % k
    keep = {"input"}

    def rename(name):
        return name if name in keep or name == "" else prefix + name

    nodes, inits = [], []
    for init in g.initializer:
        t = onnx.TensorProto()
        t.CopyFrom(init)
        t.name = rename(init.name)
        inits.append(t)
    reshapes = 0
    for n in g.node:
        m = onnx.NodeProto()
        m.CopyFrom(n)
        m.name = prefix + (n.name or n.output[0])
        del m.input[:]
        m.input.extend(rename(i) for i in n.input)
        del m.output[:]
        m.output.extend(rename(o) for o in n.output)
        if n.op_type == "Constant":
            value = numpy_helper.to_array(n.attribute[0].t)
            if value.dtype == np.int64 and value.tolist() == [1, -1]:
                m.attribute[0].t.CopyFrom(numpy_helper.from_array(np.array([0, -1], dtype=np.int64)))
                reshapes += 1
        nodes.append(m)
    if reshapes != 1:
        raise SystemExit("%s: expected one fixed Reshape shape [1, -1], found %d" % (path, reshapes))
    if [o.name for o in g.output] != ["output"]:
        raise SystemExit("%s: expected one output named 'output'" % path)
    return nodes, inits, rename("output")


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else "models/pretrained/beat-aami-mitbih"
    nodes, inits, probs = [], [], []
    opset = None
    for k in range(1, FOLDS + 1):
        path = os.path.join(folder, "beat_fold%d.onnx" % k)
        model = onnx.load(path)
        opset = opset or list(model.opset_import)
        n, i, logits = fold_graph(path, k)
        nodes += n
        inits += i
        p = "fold%d/probabilities" % k
        nodes.append(helper.make_node("Softmax", [logits], [p], name="fold%d/Softmax" % k, axis=1))
        probs.append(p)
    nodes.append(helper.make_node("Mean", probs, ["output"], name="Mean"))
    graph = helper.make_graph(
        nodes, "beat_aami_mitbih_ensemble",
        [helper.make_tensor_value_info("input", TensorProto.FLOAT, ["batch", 1, 540])],
        [helper.make_tensor_value_info("output", TensorProto.FLOAT, ["batch", 5])],
        inits)
    model = helper.make_model(graph, opset_imports=opset, producer_name="enecg scripts/onnx/beat_ensemble.py")
    model.ir_version = 7
    onnx.checker.check_model(model)
    out = os.path.join(folder, "beat_ensemble.onnx")
    tmp = out + ".tmp"
    onnx.save(model, tmp)
    os.replace(tmp, out)
    print("wrote", out, os.path.getsize(out), "bytes")


if __name__ == "__main__":
    main()
