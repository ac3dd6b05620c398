#!/usr/bin/env python3
"""Median of each metric over the rounds of scripts/bench-throughput.sh, baseline, candidate and their ratio.

usage: python3 scripts/bench-throughput-summary.py throughput.tsv
"""
import statistics
import sys
from collections import defaultdict

values = defaultdict(list)
order = []
for line in open(sys.argv[1]):
    if line.startswith("#"):
        print(line.rstrip())
        continue
    variant, _, metric, value = line.rstrip("\n").split("\t")
    if metric not in order:
        order.append(metric)
    values[(variant, metric)].append(float(value))
print("\n| metric | baseline | candidate | candidate / baseline |\n|---|---|---|---|")
for m in order:
    b, c = values.get(("baseline", m)), values.get(("candidate", m))
    mb = statistics.median(b) if b else float("nan")
    mc = statistics.median(c) if c else float("nan")
    ratio = mc / mb if b and c and mb else float("nan")
    print("| %s | %.2f | %.2f | %.2f |" % (m, mb, mc, ratio))
