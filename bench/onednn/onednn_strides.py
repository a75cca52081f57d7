#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""The cause: oneDNN's conv1d backward in Debian's PyTorch 1.13 gets the weight gradient wrong
when the gradient reaching the convolution is not contiguous (here: the backward of the
transpose around LayerNorm), and right when it is. usage: onednn_strides.py"""
import torch

torch.manual_seed(0)


def weight_grad(mkldnn, after, threads=1, n=64, cin=1, k=7, s=2):
    torch.set_num_threads(threads)
    torch.backends.mkldnn.enabled = mkldnn
    g = torch.Generator().manual_seed(3)
    x = torch.randn(n, cin, 256, generator=g)
    w = torch.randn(32, cin, k, generator=g).requires_grad_()
    y = torch.nn.functional.conv1d(x, w, stride=s, padding=k // 2)
    after(y).square().mean().backward()
    return w.grad


cases = {
    "y": lambda y: y,
    "y.transpose(1, 2)": lambda y: y.transpose(1, 2) * torch.linspace(0.5, 1.5, 32),
    "y.transpose(1, 2).contiguous()": lambda y: y.transpose(1, 2).contiguous() * torch.linspace(0.5, 1.5, 32),
    "layer_norm(y.transpose(1, 2))": lambda y: torch.nn.functional.layer_norm(y.transpose(1, 2), (32,)),
}
for threads in (1, 2):
    for name, after in cases.items():
        ref, got = weight_grad(False, after, threads), weight_grad(True, after, threads)
        rel = ((got - ref).abs().max() / ref.abs().max()).item()
        print(f"threads {threads}  conv1d -> {name:34} oneDNN weight-gradient rel. error {rel:.1e}")
