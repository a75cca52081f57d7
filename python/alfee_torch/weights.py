# SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""ALFEE weights files: safetensors (a JSON header, then the raw little-endian tensors) with the
model config and preprocessing in the header's metadata. Read and written with plain PyTorch."""
import json
import struct

import torch

from .config import format_config, parse_config
from .model import Alfee

FORMAT = "alfee-weights"
DTYPES = {"F32": torch.float32, "F64": torch.float64, "F16": torch.float16, "BF16": torch.bfloat16,
          "I64": torch.int64, "I32": torch.int32, "U8": torch.uint8, "BOOL": torch.bool}
NAMES = {dtype: name for name, dtype in DTYPES.items()}


def read_safetensors(path):
    """The tensors of a safetensors file by name, and its metadata (a dict of strings)."""
    with open(path, "rb") as f:
        blob = f.read()
    if len(blob) < 8:
        raise ValueError(f"{path}: not a safetensors file (shorter than its header length)")
    (length,) = struct.unpack("<Q", blob[:8])
    if length > len(blob) - 8:
        raise ValueError(f"{path}: header of {length} bytes runs past the end of the file")
    header = json.loads(blob[8:8 + length].decode("utf-8"))
    metadata = header.pop("__metadata__", {}) or {}
    data = memoryview(blob)[8 + length:]
    tensors = {}
    for name, entry in header.items():
        begin, end = entry["data_offsets"]
        if entry["dtype"] not in DTYPES or not 0 <= begin <= end <= len(data):
            raise ValueError(f"{path}: tensor {name} has an unknown type or lies outside the file")
        raw = bytearray(data[begin:end])
        flat = torch.frombuffer(raw, dtype=DTYPES[entry["dtype"]]) if raw else \
            torch.empty(0, dtype=DTYPES[entry["dtype"]])
        tensors[name] = flat.reshape(entry["shape"]).clone()
    return tensors, metadata


def write_safetensors(path, tensors, metadata=None):
    """Writes tensors (contiguous, CPU) and string metadata as a safetensors file."""
    header, chunks, offset = {}, [], 0
    for name, tensor in tensors.items():
        t = tensor.detach().cpu().contiguous()
        raw = t.view(torch.uint8).numpy().tobytes() if t.numel() else b""
        header[name] = {"dtype": NAMES[t.dtype], "shape": list(t.shape),
                        "data_offsets": [offset, offset + len(raw)]}
        chunks.append(raw)
        offset += len(raw)
    if metadata:
        header["__metadata__"] = {str(k): str(v) for k, v in metadata.items()}
    text = json.dumps(header, separators=(",", ":")).encode("utf-8")
    text += b" " * (-len(text) % 8)  # the data starts 8-byte aligned
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(text)))
        f.write(text)
        for raw in chunks:
            f.write(raw)


def load(path):
    """The model a weights file holds (on the CPU, in eval mode) and the file's metadata."""
    tensors, metadata = read_safetensors(path)
    if metadata.get("format") != FORMAT or "alfee_config" not in metadata:
        raise ValueError(f"{path}: not an ALFEE weights file (no alfee_config in its metadata)")
    model = Alfee(parse_config(metadata["alfee_config"]))
    model.load_state_dict({k: v.float() for k, v in tensors.items()}, strict=True)
    return model.eval(), metadata


def save(model, path, metadata=None):
    """Writes the model's weights (float32) with its config; `metadata` as load() returned it
    keeps the preprocessing and class names of the original for `alfee finetune --from`."""
    meta = dict(metadata or {})
    meta["format"] = FORMAT
    meta.setdefault("alfee_config", format_config(model.config))
    write_safetensors(path, {k: v.float() for k, v in model.state_dict().items()}, meta)
