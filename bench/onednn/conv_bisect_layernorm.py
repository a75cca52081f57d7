#!/usr/bin/python3
"""One convolution + GELU + LayerNorm through a transpose + average pool: oneDNN weight gradients
against the native kernels (wrong), for several kernels and strides."""
import torch
F = torch.nn.functional
torch.set_num_threads(1)
def stack_grad(mk, k, s, n=64, layers=2, both_backward=True):
    torch.backends.mkldnn.enabled = mk
    g = torch.Generator().manual_seed(3)
    x = torch.randn(n, 1, 256, generator=g)
    ws = [(torch.randn(32, 1, k, generator=g) * 0.3).requires_grad_(),
          (torch.randn(32, 32, k, generator=g) * 0.05).requires_grad_()]
    h = x
    for l in range(layers):
        h = F.gelu(F.conv1d(h, ws[l], stride=s if l == 0 else 1, padding=k // 2))
        h = F.layer_norm(h.transpose(1, 2), (32,)).transpose(1, 2)
    F.adaptive_avg_pool1d(h, 8).flatten(1).square().mean().backward()
    return [w.grad for w in ws[:layers]]
for k, s in [(7, 2), (31, 4), (63, 8), (7, 1), (31, 1)]:
    for layers in (1, 2):
        ref, got = stack_grad(False, k, s, layers=layers), stack_grad(True, k, s, layers=layers)
        print(k, s, layers, [f"{((a-b).abs().max()/b.abs().max()).item():.1e}" for a, b in zip(got, ref)])
