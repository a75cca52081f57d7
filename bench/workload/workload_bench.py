#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""The Workload benchmark (issue 9): does pretraining help on data the model never saw?

EEGMAT (the paper's "Workload" task: rest vs mental arithmetic), subjects 00-17 of
../shared/data/eeg/eegmat, 10 s windows, subject-wise 3-fold cross-validation: fold k tests
subjects 6k..6k+5; the other 12 are shared between training and validation (model selection)
by the usual seeded split. Arms: fine-tuning from the shipped pretrained checkpoint, from
scratch, each with 3 seeds, and the band-power baseline (`alfee finetune --baseline
bandpower`, deterministic: one run a fold) on the same folds. Every run is recorded in one
workspace; the script can be stopped and started again: finished runs are read back, an
interrupted one resumes. Prints the table (mean +- std over folds x seeds) and, with
--readme, writes it into bench/README.md between the workload markers.

An arm may name its learning rate after '@' ("pretrained@5e-5"); without one the fine-tuning
default (alfee finetune --help) is used.

usage: workload_bench.py BUILD_DIR WORKDIR [--checkpoint FILE] [--seeds 1,2,3] [--epochs N]
                         [--threads N] [--arms pretrained,scratch,baseline] [--readme]"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from readme_table import write_table  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
EEGMAT = os.path.join(ROOT, "..", "shared", "data", "eeg", "eegmat")
METRICS = ["balanced_accuracy", "auroc", "auc_pr", "cohen_kappa", "weighted_f1"]
LABELS = ["--label-from", "filename", "--class", "rest=_1$", "--class", "task=_2$",
          "--filter", r"^Subject(0\d|1[0-7])_", "--window", "10"]


def alfee(build, *args):
    done = subprocess.run([os.path.join(build, "app", "alfee"), *args], stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, text=True)
    return done.returncode, done.stdout, done.stderr


def run_one(a, workspace, name, arm, fold, seed):
    """The test metrics of one configuration, running or resuming it as needed."""
    code, out, _ = alfee(a.build, "runs", "show", name, "--workspace", workspace, "--json")
    if code == 0 and json.loads(out)["status"] == "finished":
        details = json.loads(out)
        return next(r for r in details["results"] if r["split"] == "test" and "subject" not in r)
    test = ",".join(f"Subject{s:02d}" for s in range(6 * fold, 6 * fold + 6))
    if code == 0:  # interrupted: resume
        args = ["finetune", "--resume", name]
    elif arm == "baseline":
        args = ["finetune", "--baseline", "bandpower", "--data", EEGMAT, *LABELS,
                "--test-subjects", test]
    else:
        base, _, lr = arm.partition("@")  # "pretrained@5e-5": another learning rate
        start = ["--from", a.checkpoint] if base == "pretrained" else ["--scratch"]
        args = ["finetune", "--data", EEGMAT, *LABELS, "--test-subjects", test, *start,
                "--epochs", str(a.epochs), "--seed", str(seed), "--device", "cpu"]
        if lr:
            args += ["--lr", lr]
    args += ["--workspace", workspace, "--threads", str(a.threads), "--json"]
    if "--resume" not in args:
        args += ["--name", name, "--experiment", f"workload fold {fold}"]
    began = time.time()
    code, out, err = alfee(a.build, *args)
    if code != 0:
        sys.exit(f"{name}: alfee exited {code}: {err[-2000:]}")
    print(f"{name}: {time.time() - began:.0f} s", flush=True)
    return json.loads(out)["metrics"]["test"]


def table(results, seeds):
    lines = ["| arm | runs | " + " | ".join(METRICS) + " |",
             "|---|---|" + "---|" * len(METRICS)]
    for arm, rows in results.items():
        cells = []
        for m in METRICS:
            values = [r[m] for r in rows if r.get(m) is not None]
            sd = statistics.stdev(values) if len(values) > 1 else 0.0
            cells.append(f"{statistics.mean(values):.3f} +- {sd:.3f}" if values else "n/a")
        lines.append(f"| {arm} | {len(rows)} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("build")
    p.add_argument("workdir")
    p.add_argument("--checkpoint",
                   default=os.path.join(ROOT, "resources", "checkpoints",
                                        "alfee-tiny-pretrained.alfee-ckpt"))
    p.add_argument("--seeds", default="1,2,3")
    p.add_argument("--epochs", type=int, default=8)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--arms", default="pretrained,scratch,baseline")
    p.add_argument("--readme", action="store_true")
    a = p.parse_args()
    os.makedirs(a.workdir, exist_ok=True)
    workspace = os.path.join(a.workdir, "workload.alfee")
    seeds = [int(s) for s in a.seeds.split(",")]
    results = {}
    for arm in a.arms.split(","):
        results[arm] = []
        for fold in range(3):
            for seed in ([0] if arm == "baseline" else seeds):
                name = f"workload {arm} fold {fold}" + ("" if arm == "baseline" else f" seed {seed}")
                results[arm].append(run_one(a, workspace, name, arm, fold, seed))
    text = table(results, seeds)
    print(text)
    if a.readme:
        write_table("workload", text)


if __name__ == "__main__":
    main()
