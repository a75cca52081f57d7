#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""ALFEE training-step throughput on the CPU: LibTorch C++ (bench_model_step) against the same
architecture in PyTorch Python (alfee_torch.py), loaded with the same weights, batch and masks.
Checks that the outputs agree within 1e-4, then writes the figures to bench/README.md.

usage: compare_model.py BUILD_DIR [STEPS] [THREADS]
"""
import json
import os
import platform
import subprocess
import sys
import tempfile
import time

from readme_table import write_table

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
BATCH, CHANNELS, SECONDS = 16, 19, 10


def run_size(build, size, steps, threads):
    env = dict(os.environ, OMP_WAIT_POLICY="passive")
    with tempfile.TemporaryDirectory() as folder:
        cpp = json.loads(subprocess.run(
            [os.path.join(build, "bench", "bench_model_step"), size, str(BATCH), str(CHANNELS), str(SECONDS),
             str(steps), str(threads), folder], check=True, capture_output=True, text=True, env=env).stdout)
        py = json.loads(subprocess.run(
            ["/usr/bin/python3", os.path.join(HERE, "alfee_torch.py"), folder, str(steps), str(threads)],
            check=True, capture_output=True, text=True, env=env).stdout)
    worst = max(py["reconstruction_max_abs_diff"], py["paradigm_logits_max_abs_diff"], py["loss_max_abs_diff"])
    if worst > 1e-4:
        sys.exit(f"{size}: outputs differ by {worst} (> 1e-4)")
    return cpp, py, worst


def main():
    build = sys.argv[1]
    steps = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    threads = int(sys.argv[3]) if len(sys.argv) > 3 else os.cpu_count()
    lines = [f"Measured {time.strftime('%Y-%m-%d')} on {platform.node()} ({os.cpu_count()} cores, "
             f"{threads} threads), PyTorch {torch.__version__} on both sides, batch {BATCH} x {CHANNELS} "
             f"channels x {SECONDS} s, {steps} steps after one warm-up step.", "",
             "| size | C++ samples/s | Python samples/s | C++ / Python | largest output difference | goal |",
             "|---|---|---|---|---|---|"]
    for size in ("tiny", "S"):
        cpp, py, worst = run_size(build, size, steps, threads)
        lines.append(f"| {size} | {cpp['samples_per_s']:.2f} | {py['samples_per_s']:.2f} | "
                     f"{cpp['samples_per_s'] / py['samples_per_s']:.2f}x | {worst:.1e} | 1.3x |")
    table = "\n".join(lines)
    print(table)
    write_table("model-step", table)


if __name__ == "__main__":
    main()
