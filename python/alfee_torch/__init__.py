# SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""ALFEE in plain PyTorch: load the weights that `alfee export weights` writes, run the model, and
save weights that `alfee finetune --from` reads.

    import alfee_torch
    model, meta = alfee_torch.load("run7.safetensors")
    logits = model.classify(patches, channels, valid)   # [B, C, T, 256] z-scored windows
    alfee_torch.save(model, "tuned.safetensors", meta)
"""
from .config import format_config, parse_config
from .model import Alfee, attention_masks, log_periodogram
from .weights import load, read_safetensors, save, write_safetensors

__all__ = ["Alfee", "attention_masks", "format_config", "load", "log_periodogram", "parse_config",
           "read_safetensors", "save", "write_safetensors"]
