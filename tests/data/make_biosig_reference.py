#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Made once, kept with the tests: a small BrainVision recording written from EEGMAT
Subject00_2.edf (tests/data, ODC-By-1.0), and what MNE reads from it and from the two GDF files
of shared/data/eeg/formats (GPL and test data: not copied here, only values read from them).

usage: make_biosig_reference.py SHARED_EEG_FORMATS_DIR   (writes tests/data/brainvision/* and
       tests/data/biosig_reference.json; Debian's python3-mne 1.3)
"""
import json
import os
import sys

import mne
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
SECONDS, RESOLUTION_UV = 12, 0.1
MARKERS = [("Stimulus", "S  1", 2.0, 0.0), ("Stimulus", "S  2", 5.5, 0.5), ("Comment", "eyes closed", 8.0, 2.0)]


def write_brainvision(folder, stem):
    raw = mne.io.read_raw_edf(os.path.join(HERE, "Subject00_2.edf"), preload=True, verbose="error")
    raw.crop(0, SECONDS, include_tmax=False)
    data_uv = raw.get_data() * 1e6
    digital = np.clip(np.round(data_uv / RESOLUTION_UV), -32768, 32767).astype("<i2")
    digital.T.tofile(os.path.join(folder, stem + ".eeg"))  # multiplexed: sample by sample
    fs = raw.info["sfreq"]
    names = [n.replace("EEG ", "") for n in raw.ch_names]
    with open(os.path.join(folder, stem + ".vhdr"), "w", encoding="utf-8", newline="\r\n") as f:
        f.write("Brain Vision Data Exchange Header File Version 1.0\n"
                "; 12 s of EEGMAT Subject00_2 (ODC-By-1.0), written by make_biosig_reference.py\n\n"
                "[Common Infos]\nCodepage=UTF-8\n"
                f"DataFile={stem}.eeg\nMarkerFile={stem}.vmrk\n"
                "DataFormat=BINARY\nDataOrientation=MULTIPLEXED\n"
                f"NumberOfChannels={len(names)}\nSamplingInterval={1e6 / fs:g}\n\n"
                "[Binary Infos]\nBinaryFormat=INT_16\n\n[Channel Infos]\n")
        for k, name in enumerate(names, 1):
            f.write(f"Ch{k}={name},,{RESOLUTION_UV},µV\n")
    with open(os.path.join(folder, stem + ".vmrk"), "w", encoding="utf-8", newline="\r\n") as f:
        f.write("Brain Vision Data Exchange Marker File, Version 1.0\n\n"
                f"[Common Infos]\nCodepage=UTF-8\nDataFile={stem}.eeg\n\n[Marker Infos]\n"
                "Mk1=New Segment,,1,1,0\n")
        for k, (kind, text, onset, duration) in enumerate(MARKERS, 2):
            f.write(f"Mk{k}={kind},{text},{int(round(onset * fs)) + 1},{max(1, int(round(duration * fs)))},0\n")


def reference(raw, scale_to_uv):
    data = raw.get_data() * scale_to_uv
    n = raw.n_times
    picks = sorted({0, 1, 100, int(n) // 2, int(n) - 1})
    return {
        "sfreq": raw.info["sfreq"],
        "n_times": int(n),
        "ch_names": raw.ch_names,
        "sample_indices": picks,
        "microvolts": [[float(data[c, i]) for i in picks] for c in range(len(raw.ch_names))],
        "channel_std_uv": [float(s) for s in data.std(axis=1)],
        "annotations": [[float(a["onset"]), float(a["duration"]), a["description"]] for a in raw.annotations],
    }


def main():
    formats = sys.argv[1]
    folder = os.path.join(HERE, "brainvision")
    os.makedirs(folder, exist_ok=True)
    write_brainvision(folder, "Subject00_2_12s")
    out = {"mne_version": mne.__version__}
    bv = mne.io.read_raw_brainvision(os.path.join(folder, "Subject00_2_12s.vhdr"), verbose="error")
    out["brainvision/Subject00_2_12s.vhdr"] = reference(bv, 1e6)
    erds = mne.io.read_raw_gdf(os.path.join(formats, "biosig_erds_sample.gdf"), verbose="error")
    # MNE 1.3 takes this file's latin-1 'µV' for volts: its numbers are already microvolts.
    out["biosig_erds_sample.gdf"] = reference(erds, 1.0)
    out["biosig_erds_sample.gdf"]["note"] = "MNE 1.3 mis-scales the latin-1 uV unit by 1e6; values as MNE returns them"
    ecg = mne.io.read_raw_gdf(os.path.join(formats, "test_1ch.gdf"), verbose="error")
    out["test_1ch.gdf"] = reference(ecg, 1e6)
    with open(os.path.join(HERE, "biosig_reference.json"), "w") as f:
        json.dump(out, f, indent=1)


if __name__ == "__main__":
    main()
