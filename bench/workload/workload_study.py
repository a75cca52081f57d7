#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""The Workload study (issue 33): does the pretrained model help on data it never saw, and
which fine-tuning recipe makes it help?

EEGMAT (the paper's "Workload" task: rest against mental arithmetic), subjects 00-17 of
../shared/data/eeg/eegmat, 10 s windows, run through `alfee study` itself: subject-wise folds
stratified by class, seeds 1-3, every arm on the same folds, each fold x arm x seed a recorded
run of one workspace. Two studies, so that the fast arms finish first:

  recipe:      the linear heads (band power; the frozen encoder's probe alone, centred,
               aligned and centred; the hybrid of encoder and band power), reference: band
               power aligned and centred.
  recipe-c:    the probe and the hybrid, aligned and centred, with a stronger L2 (C = 0.05).
  fine-tuning: the whole model from the shipped checkpoint with today's defaults against band
               power (the timing of one tiny-model arm, 6 x 3).
  elements:    from scratch, and each fine-tuning element of the recipe alone, one seed.
  elements-23: the same arms with seeds 2 and 3.
  elements-3:  each element in a study of its own with band power beside it, seeds 1-3, one
               study at a time (about 45 minutes each on 2 cores), its JSON kept in
               bench/workload/results/ so that a session that ends mid-way loses one element at
               most; the elements' table is assembled from those files.
  lora:        LoRA adapters of rank 8 on the attention projections, one seed.
  combination: the best of each kind paired in one 6 x 3 study: band power (plain, aligned and
               centred), the hybrid probe, whole fine-tuning aligned with layer-wise decay.
  probe-timing: band power and the hybrid probe alone (the timing of that tiny-model arm).

A study stopped part-way goes on where it stopped (the script resumes it by name). Prints
each study's table (mean +- SD over folds x seeds; the pooled out-of-fold metric with its 95%
bootstrap interval over subjects; the paired difference to the reference with its interval,
Wilcoxon p and wins/ties/losses), with --readme writes it into bench/README.md.

usage: workload_study.py BUILD_DIR WORKDIR [--studies recipe,recipe-c,fine-tuning,elements,lora,combination,probe-timing,elements-23,elements-3] [--folds 6]
                         [--seeds 1,2,3] [--threads N] [--readme]"""
import argparse
import json
import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from readme_table import write_table  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
EEGMAT = os.path.join(ROOT, "..", "shared", "data", "eeg", "eegmat")
LABELS = ["--label-from", "filename", "--class", "rest=_1$", "--class", "task=_2$",
          "--filter", r"^Subject(0\d|1[0-7])_", "--window", "10"]
ALIGNED_CENTRED = "--align euclidean --subject-centring"
STUDIES = {
    "recipe": {
        "reference": "bandpower_ac",
        "arms": {
            "bandpower": "--baseline bandpower",
            "bandpower_ac": "--baseline bandpower " + ALIGNED_CENTRED,
            "probe": "--freeze encoder",
            "probe_centred": "--freeze encoder --subject-centring",
            "probe_ac": "--freeze encoder " + ALIGNED_CENTRED,
            "hybrid_ac": "--freeze encoder --with-band-power " + ALIGNED_CENTRED,
        },
    },
    "recipe-c": {
        "reference": "bandpower_ac",
        "arms": {
            "bandpower_ac": "--baseline bandpower " + ALIGNED_CENTRED,
            "probe_ac_c0.05": "--freeze encoder --probe-c 0.05 " + ALIGNED_CENTRED,
            "hybrid_ac_c0.05": "--freeze encoder --with-band-power --probe-c 0.05 "
                               + ALIGNED_CENTRED,
        },
    },
    "fine-tuning": {
        "reference": "bandpower",
        "arms": {
            "bandpower": "--baseline bandpower",
            "pretrained": "",
        },
    },
    # One seed: six tiny-model arms of 6 x 3 runs do not fit a session on 2 cores.
    "elements": {
        "reference": "bandpower",
        "seeds": "1",
        "arms": {
            "bandpower": "--baseline bandpower",
            "pretrained": "",
            "scratch": "--scratch --size tiny",
            "aligned": "--align euclidean",
            "probe_then_finetune": "--probe-epochs 3",
            "layer_decay": "--layer-decay 0.65 --head-lr 5e-3",
            "label_smoothing": "--label-smoothing 0.1",
        },
    },
    # Seeds 2 and 3 of the elements study (the same folds: they come from the split seed), so that
    # with seed 1 each element has its 6 x 3 runs.
    "elements-23": {
        "reference": "bandpower",
        "seeds": "2,3",
        "arms": None,  # the elements study's arms, set below
    },
    # LoRA came after the elements study had started: a study of its own, on the same folds.
    "lora": {
        "reference": "bandpower",
        "seeds": "1",
        "arms": {
            "bandpower": "--baseline bandpower",
            "lora_r8": "--lora-rank 8",
        },
    },
    # The best of each kind, paired in one study of 6 folds x 3 seeds: band power as labs use it
    # and aligned and centred, the hybrid probe (the best linear head), and whole fine-tuning
    # with the two elements that did best alone (alignment, layer-wise decay).
    "combination": {
        "reference": "bandpower_ac",
        "arms": {
            "bandpower": "--baseline bandpower",
            "bandpower_ac": "--baseline bandpower " + ALIGNED_CENTRED,
            "hybrid_ac_c0.05": "--freeze encoder --with-band-power --probe-c 0.05 "
                               + ALIGNED_CENTRED,
            "finetune_aligned_ld": "--align euclidean --layer-decay 0.65 --head-lr 5e-3",
        },
    },
    # The time of one tiny-model arm of 6 x 3 runs where the frozen encoder computes its features
    # once a run (the wizard's first recipe), beside the whole-model arm of "fine-tuning".
    "probe-timing": {
        "reference": "bandpower",
        "arms": {
            "bandpower": "--baseline bandpower",
            "hybrid_ac_c0.05": "--freeze encoder --with-band-power --probe-c 0.05 "
                               + ALIGNED_CENTRED,
        },
    },
}
STUDIES["elements-23"]["arms"] = STUDIES["elements"]["arms"]
# The order of elements-3: the two that did best alone first, the pretrained defaults (measured
# already by the fine-tuning study, the same design) last.
ELEMENTS_3 = ["aligned", "layer_decay", "scratch", "probe_then_finetune", "label_smoothing",
              "pretrained"]
RESULTS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "results")
METRICS = ["balanced_accuracy", "auroc"]


def alfee(build, *args):
    return subprocess.run([os.path.join(build, "app", "alfee"), *args], stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, text=True)


def study_id(build, workspace, name):
    """The id of the study called `name` in the workspace, or None."""
    for i in range(1, 50):
        done = alfee(build, "study", "show", str(i), "--workspace", workspace, "--json")
        if done.returncode != 0:
            return None
        if json.loads(done.stdout).get("name") == name:
            return i
    return None


def run_study(a, workspace, name, design):
    began = time.time()
    known = study_id(a.build, workspace, name)
    if known:
        args = ["study", "--resume", str(known), "--workspace", workspace, "--json"]
    else:
        seeds = design.get("seeds", a.seeds)
        args = ["study", "--data", EEGMAT, *LABELS, "--folds", str(a.folds), "--seeds", seeds,
                "--reference", design["reference"], "--name", name, "--threads", str(a.threads),
                "--workspace", workspace, "--json"]
        for arm, flags in design["arms"].items():
            args += ["--arm", f"{arm}={flags}"]
    done = alfee(a.build, *args)
    if done.returncode != 0:
        sys.exit(f"study {name}: alfee exited {done.returncode}: {done.stderr[-3000:]}")
    print(f"study {name}: {time.time() - began:.0f} s", flush=True)
    return json.loads(done.stdout)


def p_value(p):
    return "p<0.001" if p < 0.001 else f"p={p:.3f}"


def figure(v, ci):
    return f"{v:.3f} [{ci[0]:.3f}, {ci[1]:.3f}]"


def table(results):
    ref = results["reference"]
    head = ["arm", "runs"]
    for m in METRICS:
        head += [f"{m} mean +- SD", f"{m} pooled [95% CI]", f"vs {ref} [95% CI], p, W/T/L"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for arm in results["arms"]:
        row = [arm["arm"], str(len(arm["runs"]))]
        for m in METRICS:
            row.append(f"{arm['mean'][m]:.3f} +- {arm['sd'][m]:.3f}")
            p = arm["pooled"][m]
            row.append(figure(p["value"], p["ci95"]))
            v = arm.get("versus_reference", {}).get(m)
            row.append("reference" if v is None else
                       f"{v['difference']:+.3f} [{v['ci95'][0]:+.3f}, {v['ci95'][1]:+.3f}], "
                       f"{p_value(v['wilcoxon_p'])}, {v['wins']}/{v['ties']}/{v['losses']}")
        lines.append("| " + " | ".join(row) + " |")
    return "\n".join(lines)


def element_study(arm):
    flags = STUDIES["elements"]["arms"][arm]
    return {"reference": "bandpower", "seeds": "1,2,3",
            "arms": {"bandpower": "--baseline bandpower", arm: flags}}


def elements_table():
    """Band power's row and each finished element's row, from the kept study files."""
    merged = None
    for arm in ELEMENTS_3:
        path = os.path.join(RESULTS, f"element-{arm}.json")
        if not os.path.exists(path):
            continue
        results = json.load(open(path))
        if merged is None:
            merged = {"reference": results["reference"], "arms": list(results["arms"])}
        else:
            merged["arms"] += [a for a in results["arms"] if a["arm"] != "bandpower"]
    return table(merged) if merged else ""


def run_elements_3(a, workspace):
    os.makedirs(RESULTS, exist_ok=True)
    for arm in ELEMENTS_3:
        path = os.path.join(RESULTS, f"element-{arm}.json")
        if os.path.exists(path):
            continue
        results = run_study(a, workspace, f"workload element {arm}", element_study(arm))
        with open(path, "w") as f:
            json.dump(results, f, indent=1)
        text = elements_table()
        print(text, flush=True)
        if a.readme:
            write_table("workload-elements-3", text)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("build")
    p.add_argument("workdir")
    p.add_argument("--studies", default="recipe,recipe-c,fine-tuning,elements")
    p.add_argument("--folds", type=int, default=6)
    p.add_argument("--seeds", default="1,2,3")
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--readme", action="store_true")
    a = p.parse_args()
    os.makedirs(a.workdir, exist_ok=True)
    workspace = os.path.join(a.workdir, "workload-study.alfee")
    for name in a.studies.split(","):
        if name == "elements-3":
            run_elements_3(a, workspace)
            continue
        results = run_study(a, workspace, f"workload {name}", STUDIES[name])
        text = table(results)
        print(text, flush=True)
        with open(os.path.join(a.workdir, f"{name}.json"), "w") as f:
            json.dump(results, f, indent=1)
        if a.readme:
            write_table(f"workload-{name}", text)


if __name__ == "__main__":
    main()
