#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""LibTorch -> PyTorch -> LibTorch: loads the weights `alfee export weights` wrote into
python/alfee_torch, runs it on the windows the C++ test prepared from a real recording, compares
with LibTorch's outputs, and saves the weights again for the C++ side to load.

usage: weights_roundtrip.py WEIGHTS INPUTS OUT_WEIGHTS   -> one JSON line; exit 77 without torch
"""
import json
import os
import sys

try:
    import torch
except ImportError:
    print("python3-torch is not installed", file=sys.stderr)
    sys.exit(77)

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "python"))
import alfee_torch  # noqa: E402


def main():
    weights, inputs, out = sys.argv[1:4]
    torch.backends.mkldnn.enabled = True  # as the C++ side (model/runtime.cpp)
    model, meta = alfee_torch.load(weights)
    data, _ = alfee_torch.read_safetensors(inputs)
    patches, channels, valid = data["patches"], data["channels"], data["valid"]
    with torch.no_grad():
        logits = model.classify(patches, channels, valid)
        embeddings = model.embeddings(patches, channels, valid)
    alfee_torch.save(model, out, meta)
    print(json.dumps({
        "windows": int(patches.shape[0]),
        "channels": int(patches.shape[1]),
        "logits_max_abs_diff": max((l - data[f"logits{i}"]).abs().max().item() for i, l in enumerate(logits)),
        "embeddings_max_abs_diff": (embeddings - data["embeddings"]).abs().max().item(),
        "embeddings_max_abs": data["embeddings"].abs().max().item(),
        "preprocess_kept": "preprocess" in meta,
    }))


if __name__ == "__main__":
    main()
