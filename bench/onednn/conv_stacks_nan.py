#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Pins down the non-finite convolution weight gradients of Debian's PyTorch 1.13 with oneDNN
(mkldnn) on: the three Conv1D stacks of ALFEE's patch embedding (MODEL.md section 2) on a
[3040, 1, 256] batch (16 windows x 19 channels x 10 s), forward + backward, repeated.

usage: conv_stacks_nan.py MODE [RUNS] [THREADS]
MODE: stacks (the whole embedding's conv part), layer:S:L (one conv alone, with its real
input), first-alone (the 1->32 k7 conv alone on the raw batch)."""
import sys
import time

import torch

torch.backends.mkldnn.enabled = True
mode = sys.argv[1]
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 18
torch.set_num_threads(int(sys.argv[3]) if len(sys.argv) > 3 else 2)
if mode.endswith("-native"):
    torch.backends.mkldnn.enabled = False
    mode = mode[: -len("-native")]


class Stack(torch.nn.Module):
    def __init__(self, k, s):
        super().__init__()
        self.convs = torch.nn.ModuleList(
            [torch.nn.Conv1d(1, 32, k, stride=s, padding=k // 2),
             torch.nn.Conv1d(32, 32, k, stride=1, padding=k // 2)])
        self.norms = torch.nn.ModuleList([torch.nn.LayerNorm(32), torch.nn.LayerNorm(32)])

    def forward(self, x):
        for conv, norm in zip(self.convs, self.norms):
            x = torch.nn.functional.gelu(conv(x))
            x = norm(x.transpose(1, 2)).transpose(1, 2)
        return torch.nn.functional.adaptive_avg_pool1d(x, 8).flatten(1)


torch.manual_seed(0)
stacks = torch.nn.ModuleList([Stack(7, 2), Stack(31, 4), Stack(63, 8)])
bad = {}
start = time.time()
for run in range(runs):
    x = torch.randn(3040, 1, 256)
    for p in stacks.parameters():
        p.grad = None
    if mode == "stacks":
        out = torch.cat([s(x) for s in stacks], 1)
        out.square().mean().backward()
    elif mode == "first-alone":
        y = stacks[0].convs[0](x)
        y.square().mean().backward()
    elif mode.startswith("layer:"):
        _, si, li = mode.split(":")
        s = stacks[int(si)]
        with torch.no_grad():
            h = x
            for l in range(int(li)):
                h = s.norms[l](torch.nn.functional.gelu(s.convs[l](h)).transpose(1, 2)).transpose(1, 2)
        y = s.convs[int(li)](h.contiguous())
        y.square().mean().backward()
    for name, p in stacks.named_parameters():
        if p.grad is not None and not torch.isfinite(p.grad).all():
            bad.setdefault(name, []).append(run)
elapsed = time.time() - start
print(f"mode {mode} mkldnn {torch.backends.mkldnn.enabled} threads {torch.get_num_threads()}"
      f" runs {runs}: non-finite grads {bad if bad else 'none'}; {elapsed / runs:.2f} s/run")
