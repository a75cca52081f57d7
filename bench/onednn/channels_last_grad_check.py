#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Which channels-last formulation of a conv stack gets right gradients from oneDNN 2.6.3.

The stack (conv 1 -> 32, GELU, LayerNorm over the maps, conv 32 -> 32, GELU, LayerNorm, average
pool) in three formulations, each with oneDNN on, against the channel-axis formulation on the
native kernels: relative error of the weight and bias gradients of both convolutions.
  channels_last: both convolutions as conv2d on channels-last [N, C, 1, L]
  first_as_matmul: the one-channel first layer as a product over the strided windows, the second
                   as channels-last conv2d (model/patch_embedding.cpp)

usage: channels_last_grad_check.py [PATCHES]
"""
import sys

import torch
import torch.nn.functional as F

MAPS, POOLED = 32, 8


def layers(kernel, stride):
    torch.manual_seed(1)
    convs = [torch.nn.Conv1d(1 if l == 0 else MAPS, MAPS, kernel, stride if l == 0 else 1, kernel // 2)
             for l in range(2)]
    return convs, [torch.nn.LayerNorm(MAPS) for _ in range(2)]


def channel_axis(x, convs, norms):
    for c, n in zip(convs, norms):
        x = F.gelu(c(x))
        centred = x - x.mean(1, keepdim=True)
        x = centred * torch.rsqrt(centred.square().mean(1, keepdim=True) + n.eps)
        x = x * n.weight.view(1, -1, 1) + n.bias.view(1, -1, 1)
    return F.adaptive_avg_pool1d(x, POOLED).flatten(1)


def later(x, c, n):
    x = F.gelu(F.conv2d(x, c.weight.unsqueeze(2), c.bias, (1, c.stride[0]), (0, c.padding[0])))
    return F.layer_norm(x.permute(0, 2, 3, 1), (MAPS,), n.weight, n.bias, n.eps).permute(0, 3, 1, 2)


def channels_last(x, convs, norms):
    x = x.unsqueeze(2).contiguous(memory_format=torch.channels_last)
    for c, n in zip(convs, norms):
        x = later(x, c, n)
    return F.adaptive_avg_pool2d(x, (1, POOLED)).flatten(1)


def first_as_matmul(x, convs, norms):
    c, n = convs[0], norms[0]
    k = c.weight.shape[-1]
    windows = F.pad(x.squeeze(1), (k // 2, k // 2)).unfold(1, k, c.stride[0])
    y = F.gelu(windows @ c.weight.view(MAPS, k).t() + c.bias)
    x = F.layer_norm(y, (MAPS,), n.weight, n.bias, n.eps).unsqueeze(1).permute(0, 3, 1, 2)
    for c, n in zip(convs[1:], norms[1:]):
        x = later(x, c, n)
    return F.adaptive_avg_pool2d(x, (1, POOLED)).flatten(1)


def gradients(form, onednn, x, kernel, stride):
    convs, norms = layers(kernel, stride)
    torch.backends.mkldnn.enabled = onednn
    out = form(x, convs, norms)
    (out * torch.linspace(-1, 1, out.numel()).view_as(out)).sum().backward()
    return [g for c in convs for g in (c.weight.grad, c.bias.grad)]


def main():
    torch.set_num_threads(2)
    torch.manual_seed(0)
    x = torch.randn(int(sys.argv[1]) if len(sys.argv) > 1 else 512, 1, 256)
    print("kernel formulation: relative error of conv1.weight conv1.bias conv2.weight conv2.bias")
    for kernel, stride in ((7, 2), (31, 4), (63, 8)):
        truth = gradients(channel_axis, False, x, kernel, stride)
        for form in (channels_last, first_as_matmul):
            got = gradients(form, True, x, kernel, stride)
            errors = [((a - b).abs().max() / b.abs().max()).item() for a, b in zip(got, truth)]
            print(kernel, form.__name__, " ".join(f"{e:.1e}" for e in errors))


if __name__ == "__main__":
    main()
