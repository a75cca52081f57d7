#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs bench_engine and writes the engine's tables into bench/README.md.
usage: engine_bench.py BUILD_DIR   (reads shared/data/eeg/eegmat beside the checkout)"""
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time

from readme_table import write_table

build = sys.argv[1]
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
eegmat = os.path.join(root, "..", "shared", "data", "eeg", "eegmat")
tool = os.path.join(build, "bench", "bench_engine")
env = dict(os.environ, OMP_WAIT_POLICY="passive")
cores = os.cpu_count()


def run(*args):
    out = subprocess.run([tool, *map(str, args)], stdout=subprocess.PIPE, text=True, check=True,
                         env=env).stdout
    return json.loads(out.strip().splitlines()[-1])


def best(runs, key):
    return max(runs, key=lambda r: r[key])


date = time.strftime("%Y-%m-%d")
head = f"Measured {date} on {platform.node()} ({cores} cores), best of 3 runs."

rows = []
for copies in (1, 10):
    results = []
    for _ in range(3):
        work = tempfile.mkdtemp(prefix="alfee-bench-")
        results.append(run("pipeline", eegmat, work, copies))
        shutil.rmtree(work)
    r = best(results, "cached_windows_per_s")
    rows.append(f"| {copies}x ({r['recordings']} recordings, {r['windows']} windows) |"
                f" {best(results, 'cold_windows_per_s')['cold_windows_per_s']:.0f} |"
                f" {r['cached_windows_per_s']:.0f} | {min(x['peak_mb'] for x in results):.0f} |")
write_table("engine-pipeline", head + " EEGMAT, 10 s windows of 19-21 channels.\n\n"
            "| corpus | cold: EDF -> shards (windows/s) | from the cache with read-ahead (windows/s)"
            " | peak memory (MB) |\n|---|---|---|---|\n" + "\n".join(rows))

rows = []
for size, steps in (("tiny", 6), ("S", 3)):
    r = best([run("train", size, cores, steps) for _ in range(3)], "samples_per_s")
    i = best([run("infer", size, cores, 4) for _ in range(3)], "windows_per_s")
    rows.append(f"| {size} | {r['samples_per_s']:.2f} | {r['train_gflop_per_sample']:.1f} |"
                f" {r['achieved_gflops']:.1f} | {r['sgemm_gflops']:.1f} |"
                f" {100 * r['share_of_sgemm']:.0f}% | {i['windows_per_s']:.1f} |")
write_table("engine-model", head + f" {cores} threads; windows of 19 channels x 10 s; a"
            " fine-tuning step is forward (classification and unmasked reconstruction), loss,"
            " backward and AdamW on 16 windows; inference in batches of 32.\n\n"
            "| size | fine-tuning samples/s | training GFLOP per sample | achieved GFLOP/s |"
            " SGEMM GFLOP/s (1024^3, same threads) | share of SGEMM | inference windows/s |\n"
            "|---|---|---|---|---|---|---|\n" + "\n".join(rows))
print(open(os.path.join(root, "bench", "README.md")).read().split("## Engine")[1][:3000])
