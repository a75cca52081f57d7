#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""ALFEE in PyTorch (python/alfee_torch, the architecture of model/ in C++) against LibTorch.

Loads the weights, batch and masks that bench_model_step exported, checks that its outputs agree
with the C++ ones, then times the same training step (forward, loss, backward, AdamW).

usage: alfee_torch.py EXPORT_DIR STEPS THREADS   -> one JSON line
"""
import json
import os
import sys
import time

import numpy as np
import torch
import torch.nn.functional as F

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "python"))
from alfee_torch import Alfee, attention_masks  # noqa: E402  the package of python/

DTYPES = {"Float": np.float32, "Long": np.int64, "Bool": np.bool_}


def load_export(folder):
    tensors = {}
    for line in open(os.path.join(folder, "index.tsv")):
        name, file, dtype, shape = line.rstrip("\n").split("\t")
        dims = [int(s) for s in shape.split(",")] if shape else []
        data = np.fromfile(os.path.join(folder, file), dtype=DTYPES[dtype]).reshape(dims)
        tensors[name] = torch.from_numpy(data.copy())
    return tensors


def masked_loss(pred, target, selected):
    sel = selected.float().unsqueeze(-1)
    count = sel.sum()
    if count.item() == 0:
        return torch.zeros(())
    err = (pred - target).pow(2) * sel
    return err[..., :256].sum() / (count * 256) + err[..., 256:].sum() / (count * 129)


def pretrain_loss(recon, logits, log_psd, patches, valid, paradigm, task, step_masked, channel_masked):
    target = torch.cat([patches, log_psd], -1).permute(0, 2, 1, 3)
    b, t, c = valid.shape[0], target.shape[1], valid.shape[1]
    is_task = lambda k: (task == k).view(b, 1, 1)
    v = valid.view(b, 1, c)
    gpt = masked_loss(recon[:, :t - 1], target[:, 1:], (is_task(0) & v).expand(b, t - 1, c)) if t > 1 else torch.zeros(())
    tp = masked_loss(recon, target, is_task(1) & step_masked.view(b, t, 1) & v)
    ch = masked_loss(recon, target, (is_task(2) & channel_masked.view(b, 1, c) & v).expand(b, t, c))
    # Forecasting samples take no part in L_DT: their t_DT sees only itself (model/losses.cpp).
    dt = F.cross_entropy(logits, torch.where(task == 0, torch.full_like(paradigm, -1), paradigm), ignore_index=-1)
    return torch.stack([0.4 * gpt + 0.275 * tp + 0.275 * ch + 0.05 * dt, gpt, tp, ch, dt])


def main():
    folder, steps, threads = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    torch.set_num_threads(threads)
    torch.backends.mkldnn.enabled = True  # as the C++ side (model/runtime.cpp)
    ex = load_export(folder)
    config = json.load(open(os.path.join(folder, "config.json")))
    model = Alfee(config)  # the JSON has every key of the serialized config
    state = {k[len("param/"):]: v for k, v in ex.items() if k.startswith("param/")}
    missing, unexpected = model.load_state_dict(state, strict=True), None
    patches, channels, valid, paradigm = (ex["batch/" + k] for k in ("patches", "channels", "valid", "paradigm"))
    task, step_masked, channel_masked = ex["plan/task"], ex["plan/step_masked"], ex["plan/channel_masked"]
    scope = config.get("decoder_attention", "step")  # as ModelConfig::fullDecoderAttention
    limit = {"step": 0, "full": 1 << 62}.get(scope, config.get("decoder_full_limit", 0))
    masks = attention_masks(task, step_masked, channel_masked, valid, limit)
    with torch.no_grad():
        recon, logits, log_psd = model.pretrain(patches, channels, masks)
        loss = pretrain_loss(recon, logits, log_psd, patches, valid, paradigm, task, step_masked, channel_masked)
    agreement = {
        "reconstruction_max_abs_diff": (recon - ex["out/reconstruction"]).abs().max().item(),
        "paradigm_logits_max_abs_diff": (logits - ex["out/paradigm_logits"]).abs().max().item(),
        "loss_max_abs_diff": (loss - ex["out/loss"]).abs().max().item(),
    }
    optimizer = torch.optim.AdamW(model.parameters(), lr=1e-4)

    def step():
        optimizer.zero_grad()
        r, l, p = model.pretrain(patches, channels, masks)
        pretrain_loss(r, l, p, patches, valid, paradigm, task, step_masked, channel_masked)[0].backward()
        optimizer.step()

    step()  # warm-up, as on the C++ side
    start = time.perf_counter()
    for _ in range(steps):
        step()
    seconds = time.perf_counter() - start
    b = patches.shape[0]
    print(json.dumps({"step_s": seconds / steps, "samples_per_s": b * steps / seconds, **agreement}))


if __name__ == "__main__":
    main()
