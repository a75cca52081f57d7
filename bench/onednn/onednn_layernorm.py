#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""One convolution + GELU + LayerNorm (through a transpose, through a transpose + contiguous,
or along the channel axis) + average pool: oneDNN weight gradients against the native kernels.
Only the channel-axis form, the fix in model/patch_embedding.cpp, agrees."""
import torch
F = torch.nn.functional
torch.set_num_threads(1)
def ln_transpose(h): return F.layer_norm(h.transpose(1, 2), (32,)).transpose(1, 2)
def ln_contig(h): return F.layer_norm(h.transpose(1, 2), (32,)).transpose(1, 2).contiguous()
def ln_channels(h):
    mean = h.mean(1, keepdim=True); var = h.var(1, unbiased=False, keepdim=True)
    return (h - mean) / torch.sqrt(var + 1e-5)
def stack_grad(mk, k, s, norm, n=64):
    torch.backends.mkldnn.enabled = mk
    g = torch.Generator().manual_seed(3)
    x = torch.randn(n, 1, 256, generator=g)
    ws = [(torch.randn(32, 1, k, generator=g) * 0.3).requires_grad_(),
          (torch.randn(32, 32, k, generator=g) * 0.05).requires_grad_()]
    h = x
    for l in range(2):
        h = norm(F.gelu(F.conv1d(h, ws[l], stride=s if l == 0 else 1, padding=k // 2)))
    out = F.adaptive_avg_pool1d(h, 8).flatten(1)
    out.square().mean().backward()
    return [w.grad for w in ws], out.detach()
for name, norm in [("transpose", ln_transpose), ("transpose+contiguous", ln_contig), ("over channels", ln_channels)]:
    for k, s in [(7, 2), (63, 8)]:
        (ref, o1), (got, o2) = stack_grad(False, k, s, norm), stack_grad(True, k, s, norm)
        print(f"{name:22} k{k}", [f"{((a-b).abs().max()/b.abs().max()).item():.1e}" for a, b in zip(got, ref)])
# same values for all three norms?
a = stack_grad(False, 7, 2, ln_transpose)[1]; b = stack_grad(False, 7, 2, ln_channels)[1]
print("ln over channels vs transpose, output diff", (a - b).abs().max().item())
