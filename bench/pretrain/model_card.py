#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the shipped checkpoint and its model card from the run recorded in the registry.

Every number in the card is read from the workspace of the pretraining run (run record, metric
history, recordings table): data hours per dataset and paradigm, steps, batch, per-task
training and validation losses (also drawn as a PNG), the command, the dates, the program
version; the hardware line is this machine's (run it where the run ran).

usage: model_card.py WORKSPACE RUN OUT_DIR   (OUT_DIR: resources/checkpoints)"""
import hashlib
import json
import os
import platform
import shutil
import sqlite3
import subprocess
import sys
from collections import defaultdict

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

TASKS = ["loss", "forecast_loss", "mask_time_loss", "mask_channel_loss", "paradigm_loss"]
NAME = "alfee-tiny-pretrained"


def dataset_of(path):
    if "/pretrain/eegmmidb/" in path:
        return "EEGMMIDB (shared/data/pretrain)"
    if "/eeg/eegmmidb/" in path:
        return "EEGMMIDB (shared/data/eeg)"
    return os.path.dirname(path)


def hours_table(db, config):
    """Recording hours per dataset and paradigm, as the run's sources declared them."""
    hours = defaultdict(float)
    stored = {os.path.realpath(p): d for p, d in db.execute("SELECT path, duration_s FROM recordings")}
    for source in config["sources"]:
        for path in source["paths"]:
            real = os.path.realpath(path)
            if real in stored:
                hours[(dataset_of(real), source["paradigm"] or "(none)")] += stored[real] / 3600
    lines = ["| dataset | paradigm | hours |", "|---|---|---:|"]
    for (dataset, paradigm), h in sorted(hours.items()):
        lines.append(f"| {dataset} | {paradigm} | {h:.2f} |")
    lines.append(f"| all | | {sum(hours.values()):.2f} |")
    return "\n".join(lines)


def history(db, run):
    series = defaultdict(list)
    for key, step, value in db.execute(
            "SELECT key, step, value FROM run_metrics WHERE run_id = ? ORDER BY step", (run,)):
        series[key].append((step, value))
    return series


def plot(series, path):
    fig, axes = plt.subplots(1, 2, figsize=(11, 4))
    for prefix, ax, title in (("train_", axes[0], "training (mean of each 10 steps)"),
                              ("val_", axes[1], "validation (held-out subjects)")):
        for task in TASKS:
            points = series.get(prefix + task, [])
            if points:
                ax.plot([p[0] for p in points], [p[1] for p in points],
                        label=task.replace("_loss", "") if task != "loss" else "total",
                        linewidth=2 if task == "loss" else 1)
        ax.set_yscale("log")
        ax.set_xlabel("step")
        ax.set_ylabel("loss")
        ax.set_title(title)
        ax.grid(alpha=0.3)
        ax.legend()
    fig.tight_layout()
    fig.savefig(path, dpi=110)


def last(series, key):
    return series[key][-1] if series.get(key) else (None, float("nan"))


def main():
    workspace, run, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    db = sqlite3.connect(f"file:{workspace}?mode=ro", uri=True)
    row = db.execute("SELECT status, config_json, program_version, device, threads, created_at,"
                     " ended_at, step, skipped_steps, dataset_hash FROM runs WHERE id = ?",
                     (run,)).fetchone()
    status, config, version, device, threads, created, ended, step, skipped, data_hash = row
    if status != "finished":
        sys.exit(f"run {run} is {status}: the card describes a finished run")
    config = json.loads(config)
    os.makedirs(out, exist_ok=True)
    checkpoint = os.path.join(out, NAME + ".alfee-ckpt")
    shutil.copyfile(f"{workspace}.runs/{run}/pretrained.alfee-ckpt", checkpoint)
    sha = hashlib.sha256(open(checkpoint, "rb").read()).hexdigest()
    series = history(db, run)
    plot(series, os.path.join(out, NAME + "-losses.png"))
    cpu = subprocess.run(["sh", "-c", "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"],
                         stdout=subprocess.PIPE, text=True).stdout.strip()
    summary = config.get("data_summary", {})
    losses = "\n".join(
        f"| {t.replace('_loss', '') if t != 'loss' else 'total'} | "
        f"{last(series, 'train_' + t)[1]:.4f} | {last(series, 'val_' + t)[1]:.4f} |"
        for t in TASKS)
    first_val = series.get("val_loss", [(None, float("nan"))])[0]
    card = f"""# Model card: {NAME}

The pretrained weights that ALFEE Workbench ships and starts fine-tuning from by default
(`alfee finetune` without `--from`/`--scratch`, the GUI's fine-tuning). Written by
`bench/pretrain/model_card.py {os.path.basename(workspace)} {run} resources/checkpoints` from run
{run} of the pretraining workspace: every figure below is read from that run's record.

- File: `{NAME}.alfee-ckpt`, {os.path.getsize(checkpoint) / 1e6:.1f} MB, SHA-256 `{sha}`
- Model: ALFEE tiny (MODEL.md section 8), window {config['window_seconds']:.0f} s (one patch a second)
- Recipe: {step} steps of {config['batch']} windows (global batch), AdamW, peak learning rate
  {config['lr']}, weight decay {config['weight_decay']}, {config['warmup_fraction'] * 100:.0f}% warm-up then cosine,
  gradient norm clipped at {config['clip_norm']}, seed {config['seed']}; the batch split in the three
  masking tasks (forecasting, temporal and channel masking) with the paradigm token (MODEL.md
  section 6); {skipped} non-finite steps skipped
- Data: {summary.get('recordings')} recordings, {summary.get('train_windows')} training and
  {summary.get('validation_windows')} validation windows of 10 s ({summary.get('hours', 0):.2f} h of whole windows); the
  last {config['validation_subjects']} subjects by name held out for the validation loss; dataset hash
  `{data_hash[:16]}`. EEGMAT is left out on purpose: the Workload benchmark measures transfer to
  data the model never saw.
- Run: {created} to {ended} (UTC), program version {version}, device {device}, {threads or 'all'}
  threads; hardware: {cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}

## Data (recording hours per dataset and paradigm)

{hours_table(db, config)}

Paradigm per EEGMMIDB run: R01/R02 (eyes open/closed baseline) resting, R03/R07/R11 and the
other odd runs motor execution, even runs motor imagery.

## Losses

![per-task training and validation losses]({NAME}-losses.png)

| term | training (last 10 steps) | validation (step {last(series, 'val_loss')[0]}) |
|---|---:|---:|
{losses}

The validation loss was {first_val[1]:.4f} at step {first_val[0]}.

## Reproduce

    bench/pretrain/pretrain_shipped.sh WORKSPACE {config['steps']}
    bench/pretrain/model_card.py WORKSPACE 1 resources/checkpoints

## Licences of the data

EEG Motor Movement/Imagery Dataset (EEGMMIDB, PhysioNet, v1.0.0): Open Data Commons Attribution
License v1.0 (ODC-By-1.0). Schalk G., McFarland D.J., Hinterberger T., Birbaumer N., Wolpaw
J.R. "BCI2000: A General-Purpose Brain-Computer Interface (BCI) System." IEEE TBME
51(6):1034-1043, 2004; Goldberger A. et al., PhysioBank, PhysioToolkit, and PhysioNet,
Circulation 101(23):e215-e220, 2000. The weights are derived from these recordings.
"""
    open(os.path.join(out, "MODEL_CARD.md"), "w").write(card)
    print(f"wrote {checkpoint} ({sha[:12]}), MODEL_CARD.md and the loss plot to {out}")


if __name__ == "__main__":
    main()
