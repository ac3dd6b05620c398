#!/usr/bin/python3
"""Floating-point operations of one item through an ONNX model, counted from the graph (shapes by ONNX shape
inference at batch 1): Conv 2 * output elements * (input channels / group) * kernel size, Gemm and MatMul
2 * M * N * K, everything else (activations, adds, pooling, softmax) one per output element, reported apart.
Biases are ignored (one add per output element, inside "other").

usage: /usr/bin/python3 scripts/onnx/flops.py MODEL.onnx INPUT_NAME=d1,d2,... [MODEL.onnx INPUT=...]...
prints one line per model: file, dense (conv + matmul) FLOPs, other FLOPs, and the top operators.
Needs Debian's python3-onnx (apt-get install python3-onnx).
"""
import sys
from collections import Counter

import numpy as np
import onnx
from onnx import shape_inference, numpy_helper


def dims(vi):
    return [d.dim_value for d in vi.type.tensor_type.shape.dim]


def count(path, fixed):
    model = onnx.load(path)
    g = model.graph
    inits = {i.name: numpy_helper.to_array(i) for i in g.initializer}
    for inp in g.input:
        if inp.name in inits:
            continue
        shape = fixed.get(inp.name)
        if shape is None:
            raise SystemExit("%s: give a shape for input %s" % (path, inp.name))
        dd = inp.type.tensor_type.shape.dim
        for d, v in zip(dd, shape):
            d.ClearField("dim_param")
            d.dim_value = v
    inferred = shape_inference.infer_shapes(model, data_prop=True)
    shapes = {}
    for vi in list(inferred.graph.value_info) + list(inferred.graph.input) + list(inferred.graph.output):
        shapes[vi.name] = dims(vi)
    for n, a in inits.items():
        shapes[n] = list(a.shape)
    # Constant nodes: their shapes are needed for MatMul weights stored as constants
    for node in g.node:
        if node.op_type == "Constant":
            shapes[node.output[0]] = list(numpy_helper.to_array(node.attribute[0].t).shape)
    dense, other = 0, 0
    per_op = Counter()
    unknown = Counter()
    for node in g.node:
        out = shapes.get(node.output[0])
        if out is None or any(v == 0 for v in out):
            unknown[node.op_type] += 1
            continue
        n_out = int(np.prod(out)) if out else 1
        if node.op_type == "Conv":
            w = shapes[node.input[1]]  # [M, C/group, k...]
            f = 2 * n_out * int(np.prod(w[1:]))
            dense += f
            per_op["Conv"] += f
        elif node.op_type in ("Gemm", "MatMul"):
            a = shapes.get(node.input[0])
            if not a or any(v == 0 for v in a):
                unknown[node.op_type] += 1
                continue
            if node.op_type == "Gemm":
                trans_a = any(x.name == "transA" and x.i for x in node.attribute)
                k = a[0] if trans_a else a[-1]
            else:
                k = a[-1]
            f = 2 * n_out * k
            dense += f
            per_op[node.op_type] += f
        elif node.op_type in ("Shape", "Constant", "Reshape", "Unsqueeze", "Squeeze", "Gather", "Concat",
                              "Transpose", "Flatten", "Identity", "Cast", "Slice", "ConstantOfShape", "Expand"):
            continue
        else:
            other += n_out
            per_op[node.op_type] += n_out
    return dense, other, per_op, unknown


def main():
    args = sys.argv[1:]
    i = 0
    while i < len(args):
        path = args[i]
        i += 1
        fixed = {}
        while i < len(args) and "=" in args[i]:
            k, v = args[i].split("=", 1)
            fixed[k] = [int(x) for x in v.split(",")]
            i += 1
        dense, other, per_op, unknown = count(path, fixed)
        top = ", ".join("%s %.2f M" % (k, v / 1e6) for k, v in per_op.most_common(4))
        print("%s\tdense %.3f MFLOP\tother %.3f MFLOP\t%s%s" % (path, dense / 1e6, other / 1e6, top,
              ("\tunknown shapes: %s" % dict(unknown)) if unknown else ""))


if __name__ == "__main__":
    main()
