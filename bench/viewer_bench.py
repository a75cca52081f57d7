#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Signal viewer: open and first page, page turns and peak memory on a 1-minute and a 1-hour
64-channel recording made from the real EEGMMIDB files of shared/data (EDFlib's writer), each
measured in its own process, offscreen. Writes the figures to bench/README.md.

usage: viewer_bench.py BUILD_DIR
"""
import glob
import json
import os
import platform
import subprocess
import sys
import tempfile
import time

from readme_table import write_table

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    exe = os.path.join(sys.argv[1], "bench", "bench_viewer")
    sources = sorted(glob.glob(os.path.join(HERE, "..", "..", "shared", "data", "eeg", "eegmmidb", "*.edf")))
    if not sources:
        sys.exit("no EEGMMIDB files under shared/data/eeg/eegmmidb")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for minutes in (1, 60):
            path = os.path.join(tmp, f"eegmmidb_{minutes}min.edf")
            subprocess.run([exe, "--make", path, str(minutes), *sources], check=True, env=env, capture_output=True)
            runs = [json.loads(subprocess.run([exe, path], check=True, env=env, capture_output=True,
                                              text=True).stdout) for _ in range(3)]
            best = min(runs, key=lambda r: r["page_median_ms"])
            rows.append((minutes, best, os.path.getsize(path)))
    lines = [f"Measured {time.strftime('%Y-%m-%d')} on {platform.node()} ({os.cpu_count()} cores), offscreen, "
             "1400 x 900 window, 10 s pages of 64 traces at 160 Hz (102,400 points), best of 3 processes.", "",
             "| recording | file | open + first page (ms) | page turn median (ms) | p95 (ms) | peak memory (MB) | goal |",
             "|---|---|---|---|---|---|---|"]
    for minutes, r, size in rows:
        lines.append(f"| {minutes} min x 64 ch | {size / 1e6:.1f} MB | {r['open_ms']:.1f} | {r['page_median_ms']:.2f} | "
                     f"{r['page_p95_ms']:.2f} | {r['peak_rss_mb']:.0f} | open < 1000, page < 16, flat memory |")
    table = "\n".join(lines)
    print(table)
    write_table("viewer", table)


if __name__ == "__main__":
    main()
