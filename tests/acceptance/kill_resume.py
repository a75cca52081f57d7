#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Acceptance: kill -9 a fine-tuning run at random moments, five times, resuming it after each
kill; the last resume must finish, the run record must be whole (every step's metrics once,
checkpoints present) and SQLite's integrity check must say ok.

usage: kill_resume.py ALFEE DEMO_RECORDINGS [WORKDIR] [SEED]"""
import json
import pathlib
import random
import sqlite3
import subprocess
import sys
import tempfile
import time


def alfee_json(alfee, *args):
    out = subprocess.run([alfee, *args, "--json"], stdout=subprocess.PIPE, text=True, check=True)
    return json.loads(out.stdout)


def damaged_checkpoints_fail_cleanly(alfee, demo, ws, work, show):
    """A truncated and a bit-flipped copy of the run's best checkpoint: evaluate says which file
    and what is wrong, exits 1, and the workspace still answers."""
    best = next(c["path"] for c in show["checkpoints"] if c["best"])
    data = pathlib.Path(best).read_bytes()
    flipped = bytearray(data)
    flipped[len(data) * 3 // 4] ^= 0x10
    for name, damaged in (("truncated", data[: len(data) // 2]), ("bit-flipped", bytes(flipped))):
        path = work / f"{name}.alfee-ckpt"
        path.write_bytes(damaged)
        done = subprocess.run([alfee, "evaluate", "--checkpoint", str(path), "--data", demo,
                               "--label-from", "filename", "--class", "rest=_1$", "--class",
                               "task=_2$", "--filter", "^Subject", "--workspace", ws],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        message = done.stderr.strip().splitlines()[-1] if done.stderr.strip() else ""
        print(f"{name} checkpoint: exit {done.returncode}: {message}")
        assert done.returncode == 1 and str(path) in message, done.stderr[-2000:]
    assert alfee_json(alfee, "runs", "list", "--workspace", ws)[0]["status"] == "finished"


def main():
    alfee, demo = sys.argv[1], sys.argv[2]
    work = pathlib.Path(sys.argv[3] if len(sys.argv) > 3 else tempfile.mkdtemp(prefix="alfee-kill-"))
    rng = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 7)
    ws = str(work / "killed.alfee")
    start = [alfee, "finetune", "--data", demo, "--label-from", "filename", "--class", "rest=_1$",
             "--class", "task=_2$", "--filter", "^Subject", "--split", "0.5,0.25,0.25",
             "--scratch", "--epochs", "6", "--patience", "6", "--batch", "8", "--checkpoint-every", "1",
             "--workspace", ws]
    command, run_id, kills = start, None, []
    for attempt in range(5):
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        delay = rng.uniform(4.0, 10.0)
        time.sleep(delay)
        alive = process.poll() is None
        if not alive:
            print(f"attempt {attempt + 1}: ended by itself before the kill (rc {process.returncode})")
        else:
            process.kill()  # SIGKILL; alfee-model dies with its parent (PR_SET_PDEATHSIG)
            process.wait()
        time.sleep(1.0)
        runs = alfee_json(alfee, "runs", "list", "--workspace", ws)
        if not runs:
            print(f"attempt {attempt + 1}: killed after {delay:.1f} s, before the run was recorded")
            continue
        run_id = str(runs[0]["run"])
        if alive:
            kills.append((round(delay, 1), runs[0]["status"], runs[0]["step"]))
        print(f"attempt {attempt + 1}: killed after {delay:.1f} s: run {run_id} {runs[0]['status']}"
              f" at step {runs[0]['step']}", flush=True)
        assert runs[0]["status"] in ("interrupted", "finished"), runs[0]
        if runs[0]["status"] == "finished":
            break
        command = [alfee, "finetune", "--resume", run_id, "--workspace", ws]
    if run_id is None:
        sys.exit("the run was never recorded")
    assert len(kills) == 5, f"only {len(kills)} kills hit a running run: {kills}"
    show = alfee_json(alfee, "runs", "show", run_id, "--workspace", ws)
    if show["status"] != "finished":
        done = subprocess.run([alfee, "finetune", "--resume", run_id, "--workspace", ws],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        assert done.returncode == 0, done.stdout[-3000:]
        show = alfee_json(alfee, "runs", "show", run_id, "--workspace", ws)
    assert show["status"] == "finished", show["status"]
    steps = [s for s, _, _ in show["metric_history"]["train_loss"]]
    assert steps == list(range(1, show["step"] + 1)), steps  # every step once, none lost
    assert any(c["best"] for c in show["checkpoints"]), show["checkpoints"]
    assert any(r["split"] == "test" for r in show["results"]), "no test results"
    damaged_checkpoints_fail_cleanly(alfee, demo, ws, work, show)
    check = sqlite3.connect(ws).execute("PRAGMA integrity_check").fetchone()[0]
    assert check == "ok", check
    print(f"run {run_id} finished after {len(kills)} kills at step {show['step']};"
          f" integrity_check: {check}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
