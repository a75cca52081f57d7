#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Which convolution's weight gradient does oneDNN get wrong? Compares each of the six weight
gradients of ALFEE's conv stacks (forward + backward on [N, 1, 256]) with oneDNN on against the
native kernels, for several batch sizes and thread counts, and then each convolution alone.
usage: onednn_grad_check.py"""
import itertools

import torch

exec(open(__file__.replace("onednn_grad_check.py", "conv_formulations.py")).read().split("def run(")[0]
     .replace("torch.set_num_threads(int(sys.argv[1]) if len(sys.argv) > 1 else 2)", "")
     .replace("repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 3", ""))
NAMES = [f"stack k{k} layer {l + 1}" for k, _ in SPECS for l in range(2)]


def grads(x, mkldnn):
    torch.backends.mkldnn.enabled = mkldnn
    for layer in weights:
        for w, b in layer:
            w.grad = b.grad = None
    stacks(x, conv_native).square().mean().backward()
    return [w.grad.clone() for layer in weights for w, _ in layer]


def report(label, x):
    ref, got = grads(x, False), grads(x, True)
    bad = []
    for name, a, b in zip(NAMES, got, ref):
        rel = ((a - b).abs().max() / b.abs().max()).item()
        if not (rel < 1e-3):
            bad.append(f"{name} (rel. error {rel:.1e}, finite {bool(torch.isfinite(a).all())})")
    print(f"{label}: {'; '.join(bad) if bad else 'all six weight gradients agree'}", flush=True)


for threads, n in itertools.product([1, 2], [64, 512, 3040]):
    torch.set_num_threads(threads)
    report(f"threads {threads}, batch [{n}, 1, 256]", torch.randn(n, 1, 256))
