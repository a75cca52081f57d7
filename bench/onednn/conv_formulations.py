#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Times forward + backward of ALFEE's three Conv1D stacks on a [3040, 1, 256] batch in several
formulations with Debian's PyTorch 1.13 (same kernels as the C++ side) and checks that they
compute the same thing. usage: conv_formulations.py [THREADS] [REPEATS]"""
import sys
import time

import torch

torch.set_num_threads(int(sys.argv[1]) if len(sys.argv) > 1 else 2)
repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 3
SPECS = [(7, 2), (31, 4), (63, 8)]
torch.manual_seed(0)
weights = []
for k, s in SPECS:
    weights.append([(torch.randn(32, 1, k) * 0.3, torch.zeros(32)),
                    (torch.randn(32, 32, k) * 0.05, torch.zeros(32))])
for layer in weights:
    for w, b in layer:
        w.requires_grad_(), b.requires_grad_()


def conv_native(x, w, b, stride, pad):
    return torch.nn.functional.conv1d(x, w, b, stride=stride, padding=pad)


def conv_unfold(x, w, b, stride, pad):
    # im2col as a strided view, then one matrix product: [N, L, Cin*k] x [Cin*k, Cout]
    k = w.size(-1)
    cols = torch.nn.functional.pad(x, (pad, pad)).unfold(2, k, stride)  # [N, Cin, L, k]
    cols = cols.permute(0, 2, 1, 3).reshape(x.size(0), cols.size(2), -1)
    return (cols @ w.reshape(w.size(0), -1).t() + b).transpose(1, 2)


def stacks(x, conv, chunk=None):
    if chunk:
        return torch.cat([stacks(part, conv) for part in x.split(chunk)], 0)
    out = []
    for (k, s), layer in zip(SPECS, weights):
        h = x
        for l, (w, b) in enumerate(layer):
            h = torch.nn.functional.gelu(conv(h, w, b, s if l == 0 else 1, k // 2))
            h = torch.nn.functional.layer_norm(h.transpose(1, 2), (32,)).transpose(1, 2)
        out.append(torch.nn.functional.adaptive_avg_pool1d(h, 8).flatten(1))
    return torch.cat(out, 1)


def run(name, conv, mkldnn, chunk=None):
    torch.backends.mkldnn.enabled = mkldnn
    x = torch.randn(3040, 1, 256, generator=torch.Generator().manual_seed(1))
    times, grads = [], None
    for _ in range(repeats):
        for layer in weights:
            for w, b in layer:
                w.grad = b.grad = None
        t = time.perf_counter()
        y = stacks(x, conv, chunk)
        y.square().mean().backward()
        times.append(time.perf_counter() - t)
        grads = [w.grad.clone() for layer in weights for w, _ in layer]
    print(f"{name:34} {min(times):6.2f} s  (median {sorted(times)[len(times) // 2]:.2f})",
          flush=True)
    return y.detach(), grads


ref_y, ref_g = run("native (oneDNN off)", conv_native, False)
for name, conv, mk, chunk in [("oneDNN on", conv_native, True, None),
                              ("native, chunks of 256 patches", conv_native, False, 256),
                              ("unfold + matmul", conv_unfold, False, None),
                              ("unfold + matmul, chunks of 256", conv_unfold, False, 256)]:
    y, g = run(name, conv, mk, chunk)
    dg = max(((a - b).abs().max() / b.abs().max()).item() for a, b in zip(g, ref_g))
    print(f"{'':34} output diff {(y - ref_y).abs().max().item():.1e}, grad rel diff {dg:.1e}")
