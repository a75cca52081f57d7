#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Acceptance: `alfee finetune --baseline bandpower` against scikit-learn on the same windows.

Runs the baseline from the CLI (on the demo recordings, or on any recordings and label options
given after --), then fits scikit-learn's LogisticRegression(C=1.0, class_weight='balanced') on
the training rows of the run's feature file and compares the test split's balanced accuracy
with the registry's: they must agree within 0.01. Also checks the features' z-scoring against
the training rows. Exit 77 (skipped) without scikit-learn.

usage: baseline_vs_sklearn.py ALFEE [WORKSPACE] [-- finetune options]
       (default data: resources/demo EEGMAT subjects, Subject06 and Subject07 as test)"""
import csv
import json
import os
import subprocess
import sys
import tempfile

try:
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import balanced_accuracy_score
except ImportError:
    print("scikit-learn is not installed: skipped")
    sys.exit(77)


def check(alfee, workspace, options):
    out = subprocess.run([alfee, "finetune", "--baseline", "bandpower", "--workspace", workspace,
                          *options, "--json"], stdout=subprocess.PIPE, text=True, check=True)
    result = json.loads(out.stdout)
    run = result["run"]
    rows = list(csv.DictReader(open(f"{workspace}.runs/{run}/bandpower-features.csv")))
    names = [k for k in rows[0] if ":" in k]
    x = np.array([[float(r[k]) for k in names] for r in rows])
    y = np.array([int(r["label"]) for r in rows])
    split = np.array([r["split"] for r in rows])
    train, test = split == "train", split == "test"
    # The features are z-scored with the training rows' statistics.
    assert np.abs(x[train].mean(0)).max() < 1e-9 and np.abs(x[train].std(0) - 1).max() < 1e-9
    model = LogisticRegression(C=1.0, class_weight="balanced", max_iter=10000, tol=1e-10)
    model.fit(x[train], y[train])
    ours = result["metrics"]["test"]["balanced_accuracy"]
    theirs = balanced_accuracy_score(y[test], model.predict(x[test]))
    print(f"run {run}: {train.sum()} training and {test.sum()} test windows, {len(names)} "
          f"features; balanced accuracy alfee {ours:.4f}, scikit-learn {theirs:.4f}")
    assert abs(ours - theirs) <= 0.01, (ours, theirs)
    return run, ours, theirs


def main():
    alfee = sys.argv[1]
    rest = sys.argv[2:]
    options = rest[rest.index("--") + 1:] if "--" in rest else None
    workspace = rest[0] if rest and rest[0] != "--" else None
    if options is None:
        demo = os.path.join(os.path.dirname(__file__), "../../resources/demo")
        options = ["--data", demo, "--label-from", "filename", "--class", "rest=_1$",
                   "--class", "task=_2$", "--filter", "^Subject",
                   "--test-subjects", "Subject06,Subject07", "--threads", "2"]
    with tempfile.TemporaryDirectory() as tmp:
        check(alfee, workspace or os.path.join(tmp, "w.alfee"), options)


if __name__ == "__main__":
    main()
