#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Acceptance: fine-tune on EEGMAT as a new user would, evaluate on two subjects it never saw,
infer on the same files, and recompute the evaluation's metrics with scikit-learn from the
inferred probabilities.

usage: finetune_evaluate_infer.py ALFEE SHARED_DATA [WORKDIR]
Exit 77 (skipped) without shared/data or scikit-learn."""
import csv
import json
import os
import pathlib
import subprocess
import sys
import tempfile

HELD_OUT = ("Subject16", "Subject17")


def run(cmd, **kw):
    print("$", " ".join(map(str, cmd)), flush=True)
    done = subprocess.run(cmd, stdout=subprocess.PIPE, text=True, **kw)
    if done.returncode != 0:
        sys.exit(f"failed ({done.returncode}): {done.stdout[-2000:]}")
    return done.stdout


def main():
    alfee, shared = sys.argv[1], pathlib.Path(sys.argv[2])
    eegmat = shared / "eeg" / "eegmat"
    if not eegmat.is_dir():
        print("skipped: no shared/data/eeg/eegmat")
        return 77
    try:
        from sklearn import metrics as skm
    except ImportError:
        print("skipped: scikit-learn is not installed (apt install python3-sklearn)")
        return 77
    work = pathlib.Path(sys.argv[3] if len(sys.argv) > 3 else tempfile.mkdtemp(prefix="alfee-acc-"))
    train_dir, test_dir = work / "train", work / "heldout"
    for d in (train_dir, test_dir):
        d.mkdir(parents=True, exist_ok=True)
    for f in sorted(eegmat.glob("*.edf")):
        target = (test_dir if f.name.startswith(HELD_OUT) else train_dir) / f.name
        if not target.exists():
            target.symlink_to(f.resolve())
    ws = work / "workspace.alfee"
    labels = ["--label-from", "filename", "--class", "rest=_1$", "--class", "task=_2$",
              "--window", "10"]
    out = run([alfee, "finetune", "--data", train_dir, *labels, "--scratch", "--epochs", "3",
               "--json", "--workspace", ws])
    result = json.loads(out[out.index("{"):])
    assert result["status"] == "finished", result
    run_id = str(result["run"])
    out = run([alfee, "evaluate", "--run", run_id, "--data", test_dir, *labels, "--json",
               "--workspace", ws])
    evaluation = json.loads(out[out.index("{"):])
    for key in ("balanced_accuracy", "auroc", "auc_pr", "cohen_kappa", "weighted_f1", "accuracy",
                "confusion_matrix", "classes", "n_windows", "per_subject"):
        assert key in evaluation, key
    assert sorted(evaluation["per_subject"]) == list(HELD_OUT), evaluation["per_subject"].keys()
    csv_path = work / "heldout.csv"
    run([alfee, "infer", "--run", run_id, *sorted(test_dir.glob("*.edf")), "--csv", csv_path,
         "--workspace", ws])
    rows = list(csv.DictReader(open(csv_path)))
    classes = evaluation["classes"]
    y_true = [classes.index("rest" if pathlib.Path(r["file"]).stem.endswith("_1") else "task")
              for r in rows]
    prob = [[float(r[c]) for c in classes] for r in rows]
    y_pred = [max(range(len(p)), key=p.__getitem__) for p in prob]
    assert [classes[k] for k in y_pred] == [r["predicted"] for r in rows]
    score = [p[1] for p in prob]
    recomputed = {
        "balanced_accuracy": skm.balanced_accuracy_score(y_true, y_pred),
        "auroc": skm.roc_auc_score(y_true, score),
        "auc_pr": skm.average_precision_score(y_true, score),
        "cohen_kappa": skm.cohen_kappa_score(y_true, y_pred),
        "weighted_f1": skm.f1_score(y_true, y_pred, average="weighted"),
        "accuracy": skm.accuracy_score(y_true, y_pred),
    }
    assert len(rows) == evaluation["n_windows"], (len(rows), evaluation["n_windows"])
    worst = 0.0
    for key, value in recomputed.items():
        diff = abs(value - evaluation[key])
        worst = max(worst, diff)
        print(f"{key:18} alfee {evaluation[key]:.6f}  scikit-learn {value:.6f}")
        assert diff < 1e-6, (key, value, evaluation[key])
    cm = skm.confusion_matrix(y_true, y_pred).tolist()
    assert cm == evaluation["confusion_matrix"], (cm, evaluation["confusion_matrix"])
    print(f"run {run_id}: {len(rows)} held-out windows; worst difference {worst:.2e}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
