#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Peak memory of pretraining against corpus size (issue 9: memory flat in corpus size).

Pretrains tiny for the same number of steps on the shared pretraining corpus (every EEGMMIDB
file of ../shared/data/pretrain and ../shared/data/eeg, 72 files, 2.2 h) and on a corpus ten
times as large: ten copies of each file whose header's patient field differs (so that the
workspace imports each as a recording of its own and caches its own shard), each corpus in a
fresh workspace, and reports the peak resident memory of the alfee-model process (GNU time's
maximum resident set size) with the data preparation included. Reads ../shared (not on a
fresh clone); writes about 1.5 GB of copies and 5 GB of shards under WORKDIR.

usage: bench/pretrain/memory_flat.py BUILD_DIR WORKDIR [STEPS] [--readme]"""
import glob
import json
import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from readme_table import write_table  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = os.path.join(ROOT, "..", "shared", "data")


def corpus():
    files = sorted(glob.glob(os.path.join(SHARED, "pretrain/eegmmidb/*/*.edf")) +
                   glob.glob(os.path.join(SHARED, "eeg/eegmmidb/*.edf")))
    if len(files) < 70:
        sys.exit("needs the EEGMMIDB files of ../shared/data")
    return files


def copies(files, workdir, count):
    """`count` copies of each file, told apart by the local patient field (bytes 8-87)."""
    out = []
    for k in range(count):
        folder = os.path.join(workdir, "corpus10x", f"copy{k:02d}")
        os.makedirs(folder, exist_ok=True)
        for f in files:
            target = os.path.join(folder, os.path.basename(f))
            if not os.path.exists(target):
                data = bytearray(open(f, "rb").read())
                data[8:88] = f"X X X copy{k:02d}".ljust(80).encode("ascii")
                open(target, "wb").write(bytes(data))
            out.append(target)
    return out


def pretrain(build, workdir, name, files, steps):
    workspace = os.path.join(workdir, name + ".alfee")
    args = [os.path.join(build, "app", "alfee-model"), "pretrain", "--workspace", workspace]
    for f in files:
        args += ["--data", f, "--paradigm", "motor-imagery"]
    args += ["--size", "tiny", "--steps", str(steps), "--batch", "16", "--threads", "2",
             "--device", "cpu", "--validation-subjects", "2", "--checkpoint-every", "1000",
             "--json"]
    start = time.time()
    done = subprocess.run(["/usr/bin/time", "-f", "maxrss_kb=%M"] + args, capture_output=True,
                          text=True, env=dict(os.environ, OMP_WAIT_POLICY="passive"))
    peak = hours = None
    for line in done.stderr.splitlines():
        if line.startswith("maxrss_kb="):
            peak = int(line.split("=")[1]) / 1024
        if "training and" in line and "h) from" in line:
            hours = float(line.split("(")[1].split(" h)")[0])
    status = json.loads(done.stdout).get("status") if done.stdout.strip() else done.stderr[-500:]
    cache = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in
                os.walk(workspace + ".cache") for f in fs) / 2**30
    return {"corpus": name, "files": len(files), "hours": hours, "steps": steps,
            "status": status, "peak_rss_mb": round(peak, 1), "shard_cache_gb": round(cache, 2),
            "seconds": round(time.time() - start)}


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    build, workdir = args[0], args[1]
    steps = int(args[2]) if len(args) > 2 else 20
    files = corpus()
    rows = [pretrain(build, workdir, "1x", files, steps),
            pretrain(build, workdir, "10x", copies(files, workdir, 10), steps)]
    lines = ["| corpus | files | hours | steps | peak RSS (MB) | shard cache (GB) | seconds |",
             "|---|---:|---:|---:|---:|---:|---:|"]
    for r in rows:
        print(json.dumps(r), flush=True)
        lines.append(f"| {r['corpus']} | {r['files']} | {r['hours']} | {r['steps']} | "
                     f"{r['peak_rss_mb']} | {r['shard_cache_gb']} | {r['seconds']} |")
    text = "\n".join(lines)
    print(text)
    if "--readme" in sys.argv:
        write_table("pretrain-memory", text)

if __name__ == "__main__":
    main()
