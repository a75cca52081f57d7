#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Made once, kept with the tests: small FIF raw files written by MNE 1.3 from EEGMAT
Subject00_2.edf (tests/data, ODC-By-1.0), and what MNE reads back from them.

  float.fif   4 s of 6 EEG channels, samples as float32, a measurement date, 3 annotations,
              an average-reference projector (stored, not applied), first sample 0
  short.fif   the same as int16 with calibrations, starting at sample 250 (first_samp 250:
              the annotations are timed from the measurement start, MNE's convention)
  double.fif  the same as float64
  float_raw.fif.gz  float.fif written by MNE with gzip (MNE reads and writes .fif.gz)
  split_raw.fif, split_raw-1.fif ...  12 s as int16 from sample 250, written by MNE as a split
              recording of parts of about 20 kB (MNE 1.3 keeps 1 MiB of a split size for its
              own ends), each part naming the next; annotations in the first and the last part

usage: make_fif_reference.py   (writes tests/data/fif/* and tests/data/fif_reference.json;
       Debian's python3-mne 1.3)
"""
import datetime
import json
import os

import mne
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "fif")
CHANNELS = ["EEG Fp1", "EEG Fz", "EEG Cz", "EEG Pz", "EEG O1", "EEG O2"]
ANNOTATIONS = [(0.5, 0.25, "rest"), (2.0, 0.0, "task: start"), (3.25, 0.5, "blink")]


def raw_from_edf(first_samp, seconds=4):
    edf = mne.io.read_raw_edf(os.path.join(HERE, "Subject00_2.edf"), preload=True, verbose="error")
    edf.pick(CHANNELS).crop(0, seconds, include_tmax=False)
    info = mne.create_info([c.replace("EEG ", "") for c in CHANNELS], edf.info["sfreq"], "eeg")
    raw = mne.io.RawArray(edf.get_data(), info, first_samp=first_samp, verbose="error")
    raw.set_meas_date(datetime.datetime(2026, 12, 7, 9, 30, 15, 250000, tzinfo=datetime.timezone.utc))
    offset = first_samp / raw.info["sfreq"]  # annotations are timed from the measurement start
    marks = ANNOTATIONS + ([(10.5, 1.0, "late")] if seconds > 4 else [])
    raw.set_annotations(mne.Annotations([o + offset for o, _, _ in marks],
                                        [d for _, d, _ in marks], [t for _, _, t in marks],
                                        orig_time=raw.info["meas_date"]))
    raw.set_eeg_reference("average", projection=True, verbose="error")  # stored, not applied
    if first_samp:  # the int16 file: 0.1 uV a step (MNE stores samples / (range x cal))
        with raw.info._unlock():
            for ch in raw.info["chs"]:
                ch["cal"] = 1e-7
    return raw


def reference(path):
    raw = mne.io.read_raw_fif(path, preload=True, verbose="error")
    data = raw.get_data() * 1e6  # projectors are not applied by get_data without apply_proj
    picks = [0, 1, 499, 1000, raw.n_times - 1]
    first = raw.first_samp / raw.info["sfreq"]
    return {
        "sfreq": raw.info["sfreq"], "n_times": int(raw.n_times), "ch_names": raw.ch_names,
        "first_samp": int(raw.first_samp), "sample_indices": [int(p) for p in picks],
        "microvolts": [[float(data[c, i]) for i in picks] for c in range(len(raw.ch_names))],
        "channel_sum_uv": [float(s) for s in data.sum(axis=1)],
        "meas_date": raw.info["meas_date"].isoformat(),
        "projectors": len(raw.info["projs"]),
        # Onsets from the first sample, as the program times them.
        "annotations": [[float(a["onset"]) - first, float(a["duration"]), a["description"]]
                        for a in raw.annotations],
    }


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    for name, fmt, first_samp in [("float", "single", 0), ("short", "short", 250),
                                  ("double", "double", 0)]:
        raw_from_edf(first_samp).save(os.path.join(OUT, name + "_raw.fif"), fmt=fmt,
                                      overwrite=True, verbose="error")
    raw_from_edf(0).save(os.path.join(OUT, "float_raw.fif.gz"), fmt="single", overwrite=True,
                         verbose="error")
    raw_from_edf(250, 12).save(os.path.join(OUT, "split_raw.fif"), fmt="short", overwrite=True,
                               split_size=2**20 + 20000, buffer_size_sec=1, verbose="error")
    ref = {name: reference(os.path.join(OUT, name + "_raw.fif"))
           for name in ["float", "short", "double"]}
    ref["float_gz"] = reference(os.path.join(OUT, "float_raw.fif.gz"))
    ref["split"] = reference(os.path.join(OUT, "split_raw.fif"))
    ref["split"]["parts"] = len(mne.io.read_raw_fif(os.path.join(OUT, "split_raw.fif"),
                                                    verbose="error").filenames)
    with open(os.path.join(HERE, "fif_reference.json"), "w") as f:
        json.dump(ref, f, indent=1)
