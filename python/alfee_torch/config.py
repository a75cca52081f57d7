# SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""The model config that ALFEE checkpoints carry: "key=value" lines (model/model_config.cpp)."""

LIST_KEYS = {"task_classes", "conv_kernels", "conv_strides"}
TEXT_KEYS = {"name", "decoder_attention"}


def parse_config(text):
    """A dict of the config's values: ints, floats, lists of ints and the two text fields."""
    config = {}
    for line in text.splitlines():
        if not line.strip():
            continue
        key, _, value = line.partition("=")
        if key in TEXT_KEYS:
            config[key] = value
        elif key in LIST_KEYS:
            config[key] = [int(v) for v in value.split(",") if v]
        else:
            number = float(value)
            config[key] = int(number) if number.is_integer() and "." not in value and "e" not in value else number
    config.setdefault("conv_kernels", [7, 31, 63])
    config.setdefault("conv_strides", [2, 4, 8])
    config.setdefault("cross_key_norm", 1)
    config.setdefault("norm_eps", 1e-6)
    config.setdefault("rope_base", 10000.0)
    return config


def format_config(config):
    """The "key=value" text of a config dict, as the C++ side writes and reads it."""
    lines = []
    for key, value in config.items():
        if isinstance(value, list):
            value = ",".join(str(v) for v in value)
        elif isinstance(value, float):
            value = repr(value)
        lines.append(f"{key}={value}")
    return "\n".join(lines) + "\n"


def full_decoder_limit(config):
    """Queries (steps x channels) up to which the decoder's self-attention spans the window."""
    scope = config.get("decoder_attention", "auto")
    return {"step": 0, "full": 1 << 62}.get(scope, config.get("decoder_full_limit", 2048))
