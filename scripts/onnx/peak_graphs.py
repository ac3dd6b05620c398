#!/usr/bin/python3
"""Two one-operator ONNX graphs that measure what ONNX Runtime's CPU kernels reach on this machine
(scripts/bench/ThroughputProbe.java, mode peak): MatMul [256, 1024] x [1024, 1024] (537 MFLOP) and a 1D Conv of
[1, 128, 1000] with 128 filters of width 9, padding 4 (295 MFLOP), the shapes of the experts' larger layers.
Weights are fixed pseudo-random numbers. Needs Debian's python3-onnx.

usage: /usr/bin/python3 scripts/onnx/peak_graphs.py OUT_DIR
"""
import os
import sys

import numpy as np
import onnx
from onnx import helper, numpy_helper, TensorProto


def save(graph, path):
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)], producer_name="enecg peak_graphs.py")
    model.ir_version = 7
    onnx.checker.check_model(model)
    onnx.save(model, path)


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    rng = np.random.default_rng(42)
    w = numpy_helper.from_array(rng.standard_normal((1024, 1024)).astype(np.float32), "w")
    save(helper.make_graph([helper.make_node("MatMul", ["x", "w"], ["y"])], "matmul",
                           [helper.make_tensor_value_info("x", TensorProto.FLOAT, [256, 1024])],
                           [helper.make_tensor_value_info("y", TensorProto.FLOAT, [256, 1024])], [w]),
         os.path.join(out, "matmul.onnx"))
    k = numpy_helper.from_array((rng.standard_normal((128, 128, 9)) * 0.05).astype(np.float32), "k")
    save(helper.make_graph([helper.make_node("Conv", ["x", "k"], ["y"], pads=[4, 4])], "conv1d",
                           [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 128, 1000])],
                           [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, 128, 1000])], [k]),
         os.path.join(out, "conv1d.onnx"))


if __name__ == "__main__":
    main()
