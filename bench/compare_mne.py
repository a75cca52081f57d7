#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""EDF ingest and band-pass + resampling: ALFEE Workbench (bench_edf_dsp) against MNE-Python.

Reads every EEGMAT recording of shared/data/eeg/eegmat (36 files, 46 M samples) and writes the
figures between the markers of bench/README.md. Run through bench/run.sh.
"""
import glob
import json
import os
import platform
import subprocess
import sys
import time

from readme_table import write_table

import mne
import numpy as np

mne.set_log_level("ERROR")
HERE = os.path.dirname(os.path.abspath(__file__))


def best_of(repeats, fn):
    best = float("inf")
    for _ in range(repeats):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def mne_ingest(files):
    # read_raw_edf(preload=True) decodes to float64 volts; float32 microvolts is what we produce.
    for path in files:
        raw = mne.io.read_raw_edf(path, preload=True)
        (raw.get_data() * 1e6).astype(np.float32)


def mne_iir_resample(raws):
    # The same computation as ours: 4th-order Butterworth band-pass as second-order sections,
    # forward-backward, then resampling to 256 Hz (MNE resamples by FFT).
    for raw in raws:
        r = raw.copy().filter(0.5, 45.0, method="iir", picks="all",
                              iir_params=dict(order=4, ftype="butter", output="sos"))
        r.resample(256.0)


def mne_default_resample(raws):
    # MNE's defaults for comparison: zero-phase FIR band-pass, FFT resampling.
    for raw in raws:
        raw.copy().filter(0.5, 45.0, picks="all").resample(256.0)


def main():
    build = sys.argv[1]
    data = os.path.abspath(os.path.join(HERE, "..", "..", "shared", "data", "eeg", "eegmat"))
    files = sorted(glob.glob(os.path.join(data, "*.edf")))
    if not files:
        sys.exit(f"no EEGMAT files under {data}")
    ours = json.loads(subprocess.run([os.path.join(build, "bench", "bench_edf_dsp"), *files],
                                     check=True, capture_output=True, text=True).stdout)
    t_ingest = best_of(3, lambda: mne_ingest(files))
    raws = [mne.io.read_raw_edf(p, preload=True) for p in files]
    t_iir = best_of(2, lambda: mne_iir_resample(raws))
    t_default = best_of(1, lambda: mne_default_resample(raws))
    rows = [
        ("EDF ingest to float32 uV (36 files, 46.1 M samples)", ours["ingest_s"], t_ingest, "5x"),
        ("band-pass 0.5-45 Hz + resample to 256 Hz, 1 thread", ours["bandpass_resample_s"], t_iir, "3x"),
        (f"same, {ours['threads']} threads (files spread over the cores)", ours["bandpass_resample_parallel_s"], t_iir, "3x"),
        ("same, 1 thread, against MNE's default FIR filter", ours["bandpass_resample_s"], t_default, "-"),
    ]
    lines = [f"Measured {time.strftime('%Y-%m-%d')} on {platform.node()} ({os.cpu_count()} cores), "
             f"MNE {mne.__version__}, best of several runs.", "",
             "| what | ALFEE (s) | MNE (s) | MNE / ALFEE | goal |", "|---|---|---|---|---|"]
    for name, a, m, goal in rows:
        lines.append(f"| {name} | {a:.3f} | {m:.3f} | {m / a:.1f}x | {goal} |")
    table = "\n".join(lines)
    print(table)
    write_table("edf-dsp", table)


if __name__ == "__main__":
    main()
