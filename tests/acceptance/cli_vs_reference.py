#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""`alfee info --json` and `alfee read --json` on every EDF/BDF file of shared/data/eeg against
shared/data/reference/edf_reads.json: labels, rates, sample counts, sample values (relative error
< 1e-6, one LSB as the floor of the denominator), annotation count, onsets (< 1 us) and texts.

usage: cli_vs_reference.py ALFEE SHARED_DATA_DIR   (exit 77 = skipped: no shared data)
"""
import json
import os
import subprocess
import sys


def run(alfee, *args):
    out = subprocess.run([alfee, *args], capture_output=True, text=True)
    if out.returncode != 0:
        raise AssertionError(f"alfee {' '.join(args)}: {out.stderr.strip()}")
    return json.loads(out.stdout)


def check_file(alfee, path, ref, worst):
    info = run(alfee, "info", "--json", path)
    assert info["format"] == ref["format"], (info["format"], ref["format"])
    sigs = info["signals"]
    assert len(sigs) == len(ref["data_channels"]), "signal count"
    for ours, theirs in zip(sigs, ref["data_channels"]):
        assert ours["label"] == theirs["label"], (ours["label"], theirs["label"])
        assert abs(ours["rate_hz"] - theirs["sampling_rate_hz"]) < 1e-9, ours["label"]
        assert ours["samples"] == theirs["n_samples"], ours["label"]
        assert ours["unit"] == theirs["physical_dimension"], ours["label"]
    for ch in ref.get("first3_channels", []):
        s = sigs[ch["index"]]
        lsb = abs(s["physical_max"] - s["physical_min"]) / (s["digital_max"] - s["digital_min"])
        # One read per channel, from sample 0 to the last index the reference gives.
        samples = run(alfee, "read", "--json", path, "--channel", s["label"], "--start", "0",
                      "--count", str(max(ch["sample_indices"]) + 1))["samples"]
        for idx, value in zip(ch["sample_indices"], ch["physical"]):
            got = samples[idx]
            err = abs(got - value) / max(abs(value), lsb)
            worst["sample"] = max(worst["sample"], err)
            assert err < 1e-6, (s["label"], idx, got, value)
            worst["samples"] += 1
    items = ref["annotations"]["items"]
    # A trigger channel's events are ours (the reference reads annotation signals only); they
    # are checked against MNE's find_events in test_edf_reader.
    triggers = any(s["label"].strip().lower() in ("status", "trigger") for s in info["signals"])
    annotations = [a for a in info["annotations"]
                   if not (triggers and a["text"].startswith("Trigger "))]
    assert len(annotations) == len(items), ("annotations", len(annotations), len(items))
    for ours, theirs in zip(annotations, items):
        assert ours["text"] == theirs["text"], (ours["text"], theirs["text"])
        err = abs(ours["onset_s"] - theirs["onset_s"])
        worst["onset"] = max(worst["onset"], err)
        assert err < 1e-6, (ours["text"], ours["onset_s"], theirs["onset_s"])
        worst["annotations"] += 1


def main():
    alfee, shared = sys.argv[1], sys.argv[2]
    reference = os.path.join(shared, "reference", "edf_reads.json")
    if not os.path.exists(reference):
        print("shared/data is not beside this checkout: skipped")
        return 77
    files = json.load(open(reference))["files"]
    worst = {"sample": 0.0, "onset": 0.0, "samples": 0, "annotations": 0}
    failed = 0
    for ref in files:
        try:
            check_file(alfee, os.path.join(shared, "eeg", ref["file"]), ref, worst)
        except AssertionError as e:
            failed += 1
            print(f"FAIL {ref['file']}: {e}")
    print(f"{len(files)} files, {worst['samples']} sample values (worst relative error "
          f"{worst['sample']:.3g}), {worst['annotations']} annotations (worst onset error "
          f"{worst['onset']:.3g} s)")
    print(f"{len(files) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
