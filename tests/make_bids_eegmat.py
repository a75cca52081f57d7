#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes EEGMAT recordings as an EEG-BIDS dataset, for the BIDS import tests:

    ROOT/dataset_description.json, participants.tsv (age, sex, group from subject-info.csv:
    'good' or 'bad' counters), README
    ROOT/sub-XX/eeg/sub-XX_task-rest_eeg.edf        (SubjectXX_1.edf, copied or linked)
    ROOT/sub-XX/eeg/sub-XX_task-arithmetic_eeg.edf  (SubjectXX_2.edf)
    each with _channels.tsv (types, units, status; one bad channel: EEG T3 of the first
    recording written),
    _events.tsv (the whole recording as one trial, a 'blink' every 20 s) and _eeg.json
    (500 Hz, PowerLineFrequency 50, the reference)

usage: make_bids_eegmat.py EEGMAT_DIR ROOT [SUBJECT...]   (default: every SubjectXX_1/_2 pair;
       links the EDF files where the file system allows, copies them otherwise)
"""
import csv
import json
import os
import shutil
import struct
import sys

TASKS = {"1": "rest", "2": "arithmetic"}
BAD_LABEL = "EEG T3"


def edf_header(path):
    with open(path, "rb") as f:
        head = f.read(256)
        ns = int(head[252:256])
        labels_raw = f.read(16 * ns)
        f.seek(256 + ns * (16 + 80))
        units_raw = f.read(8 * ns)
        f.seek(256 + ns * (16 + 80 + 8 + 8 + 8 + 8 + 8 + 80))
        spr_raw = f.read(8 * ns)
    labels = [labels_raw[i * 16:(i + 1) * 16].decode("latin-1").strip() for i in range(ns)]
    units = [units_raw[i * 8:(i + 1) * 8].decode("latin-1").strip() for i in range(ns)]
    records, duration = int(head[236:244]), float(head[244:252])
    spr = [int(spr_raw[i * 8:(i + 1) * 8]) for i in range(ns)]
    data = [i for i, label in enumerate(labels) if label != "EDF Annotations"]
    return [labels[i] for i in data], [units[i] for i in data], records * duration, spr[0] / duration


def write_tsv(path, header, rows):
    with open(path, "w", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def channel_type(label):
    if label.startswith("ECG"):
        return "ECG"
    return "EEG"


def place(src, dst):
    try:
        os.symlink(os.path.abspath(src), dst)
    except OSError:
        shutil.copyfile(src, dst)


def write_recording(src, eeg_dir, sub, task, with_bad):
    stem = f"sub-{sub}_task-{task}"
    place(src, os.path.join(eeg_dir, stem + "_eeg.edf"))
    labels, units, seconds, rate = edf_header(src)
    rows = []
    for label, unit in zip(labels, units):
        bad = with_bad and label == BAD_LABEL
        rows.append([label, channel_type(label), unit, "bad" if bad else "good",
                     "flat for the test" if bad else "n/a"])
    write_tsv(os.path.join(eeg_dir, stem + "_channels.tsv"),
              ["name", "type", "units", "status", "status_description"], rows)
    events = [[0, f"{seconds:g}", task, "1" if task == "rest" else "2"]]
    events += [[t, 0.5, "blink", "n/a"] for t in range(20, int(seconds) - 1, 20)]
    write_tsv(os.path.join(eeg_dir, stem + "_events.tsv"), ["onset", "duration", "trial_type", "value"], events)
    sidecar = {"TaskName": task, "SamplingFrequency": rate, "PowerLineFrequency": 50,
               "EEGReference": "linked earlobes (A1, A2)", "RecordingDuration": seconds,
               "SoftwareFilters": "n/a", "EEGChannelCount": sum(t == "EEG" for t in map(channel_type, labels)) - 1,
               "ECGChannelCount": 1}
    with open(os.path.join(eeg_dir, stem + "_eeg.json"), "w") as f:
        json.dump(sidecar, f, indent=1)


def participants(eegmat_dir, subjects):
    info = {}
    path = os.path.join(eegmat_dir, "subject-info.dev-subset.csv")
    if os.path.exists(path):
        for row in csv.DictReader(open(path)):
            info[row["Subject"][-2:]] = row
    rows = []
    for s in subjects:
        r = info.get(s, {})
        group = {"1": "good", "0": "bad"}.get(r.get("Count quality", ""), "n/a")
        rows.append([f"sub-{s}", r.get("Age", "n/a"), r.get("Gender", "n/a"), group])
    return rows


def main():
    eegmat_dir, root = sys.argv[1], sys.argv[2]
    subjects = sys.argv[3:] or sorted({f[7:9] for f in os.listdir(eegmat_dir)
                                       if f.startswith("Subject") and f.endswith("_2.edf")})
    os.makedirs(root, exist_ok=True)
    with open(os.path.join(root, "dataset_description.json"), "w") as f:
        json.dump({"Name": "EEGMAT in BIDS (ALFEE tests)", "BIDSVersion": "1.8.0", "License": "ODC-By-1.0"}, f)
    write_tsv(os.path.join(root, "participants.tsv"), ["participant_id", "age", "sex", "group"],
              participants(eegmat_dir, subjects))
    written = 0
    for s in subjects:
        eeg_dir = os.path.join(root, f"sub-{s}", "eeg")
        os.makedirs(eeg_dir, exist_ok=True)
        for run, task in TASKS.items():
            src = os.path.join(eegmat_dir, f"Subject{s}_{run}.edf")
            if os.path.exists(src):
                write_recording(src, eeg_dir, s, task, written == 0)
                written += 1


if __name__ == "__main__":
    main()
