#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Made once, kept with the tests: small EEGLAB datasets written from EEGMAT Subject00_2.edf
(tests/data, ODC-By-1.0) in EEGLAB's layout, and what MNE reads from them.

  continuous_fdt.set + .fdt  MATLAB v5, an EEG struct, samples in the .fdt (float32, channel
                             after channel for each sample), chanlocs with positions, events with
                             durations and a boundary
  continuous_inline.set      MATLAB v5, EEG's fields as top-level variables (EEGLAB 2019 and
                             later), samples inside as single, empty chanlocs, numeric event types
  epoched.set                MATLAB v5, 3 epochs of 1 s (xmin -0.2 s), samples inside as double
  continuous_v73.set         MATLAB v7.3 (HDF5, written with h5py as MATLAB lays it out), the
                             same samples, channels and events as continuous_fdt.set; MNE 1.3
                             reads v7.3 only through pymatreader (not in Debian), so the
                             reference for it is what was written
  short_fdt.set + .fdt       the header promises 2 s, the .fdt holds 1.5 s

usage: make_eeglab_reference.py   (writes tests/data/eeglab/* and tests/data/eeglab_reference.json;
       Debian's python3-mne 1.3, python3-scipy 1.10, python3-h5py)
"""
import json
import os

import h5py
import mne
import numpy as np
import scipy.io

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "eeglab")
CHANNELS = ["Fp1", "Fz", "Cz", "Pz", "O1", "O2"]
SECONDS = 4
# (type, latency in 1-based samples, duration in samples): a boundary at 2.0 s (EEGLAB puts it
# half a sample before the first sample after the cut).
EVENTS = [("rest", 101.0, 250.0), ("boundary", 1000.5, 1500.0), ("blink", 1601.0, 50.0)]


def signals():
    raw = mne.io.read_raw_edf(os.path.join(HERE, "Subject00_2.edf"), preload=True, verbose="error")
    raw.pick(["EEG " + c for c in CHANNELS])
    raw.crop(0, SECONDS, include_tmax=False)
    return (raw.get_data() * 1e6).astype(np.float32), raw.info["sfreq"]  # microvolts


def chanlocs(with_positions=True):
    dtype = [("labels", "O"), ("type", "O"), ("X", "O"), ("Y", "O"), ("Z", "O")]
    locs = np.zeros(len(CHANNELS), dtype=dtype)
    for k, name in enumerate(CHANNELS):
        locs[k] = (name, "EEG", 80.0 - 10 * k, 5.0 * k, 40.0 + k) if with_positions else (
            name, "EEG", np.zeros((0, 0)), np.zeros((0, 0)), np.zeros((0, 0)))
    return locs


def events(numeric=False):
    dtype = [("type", "O"), ("latency", "O"), ("duration", "O"), ("urevent", "O")]
    ev = np.zeros(len(EVENTS), dtype=dtype)
    for k, (kind, latency, duration) in enumerate(EVENTS):
        ev[k] = (float(k + 1) if numeric else kind, latency, duration, float(k + 1))
    return ev


def eeg_fields(data, fs, trials=1, xmin=0.0, locs=None, ev=None):
    pnts = data.shape[1] // trials if data.ndim == 2 else data.shape[1]
    return {
        "setname": "EEGMAT Subject00_2 (ODC-By-1.0)", "filename": "", "filepath": "",
        "nbchan": float(data.shape[0]), "trials": float(trials), "pnts": float(pnts),
        "srate": fs, "xmin": xmin, "xmax": xmin + (pnts - 1) / fs,
        "times": (xmin + np.arange(pnts) / fs) * 1000.0, "data": data,
        "chanlocs": locs if locs is not None else np.zeros((0, 0)),
        "event": ev if ev is not None else np.zeros((0, 0)),
        "icaact": np.zeros((0, 0)), "ref": "common", "saved": "yes",
    }


def write_fdt(stem, data, promised_pnts=None):
    data.T.astype("<f4").tofile(os.path.join(OUT, stem + ".fdt"))  # sample by sample
    fields = eeg_fields(data, FS, locs=chanlocs(), ev=events())
    if promised_pnts:
        fields.update(pnts=float(promised_pnts), xmax=(promised_pnts - 1) / FS)
    fields.update(data=stem + ".fdt", datfile=stem + ".fdt", filename=stem + ".set")
    scipy.io.savemat(os.path.join(OUT, stem + ".set"), {"EEG": fields}, format="5",
                     long_field_names=True)


def matlab_class(obj, name):
    """MATLAB's MATLAB_class attribute: a null-terminated string of exactly the name's length
    (h5py's own strings are null-padded, which libmatio reads one letter short)."""
    t = h5py.h5t.C_S1.copy()
    t.set_size(len(name))
    t.set_strpad(h5py.h5t.STR_NULLTERM)
    a = h5py.h5a.create(obj.id, b"MATLAB_class", t, h5py.h5s.create(h5py.h5s.SCALAR))
    a.write(np.array(name.encode(), dtype="S%d" % len(name)), mtype=t)


def write_v73(path, data):
    """MATLAB 7.3: HDF5 behind a 512-byte MATLAB header; dimensions reversed; each struct
    array field a dataset of references into #refs#."""
    with h5py.File(path, "w", userblock_size=512) as f:
        refs = f.create_group("#refs#")
        count = [0]

        def matlab(target, name, value):
            if isinstance(value, str):
                d = target.create_dataset(name, data=np.array([[ord(c)] for c in value], "<u2"))
                matlab_class(d, "char")
                d.attrs["MATLAB_int_decode"] = np.int32(2)
            else:
                a = np.asarray(value)
                d = target.create_dataset(name, data=a.T if a.ndim else a.reshape(1, 1))
                matlab_class(d, "single" if a.dtype == np.float32 else "double")
            return d

        def struct_array(name, rows):
            g = f.create_group(name)
            matlab_class(g, "struct")
            # MATLAB lists a struct's fields in order, each name a sequence of characters.
            names = np.empty(len(rows[0]), dtype=object)
            names[:] = [np.array(list(field), dtype="S1") for field in rows[0]]
            g.attrs.create("MATLAB_fields", names, dtype=h5py.vlen_dtype(np.dtype("S1")))
            for field in rows[0]:
                targets = []
                for row in rows:
                    count[0] += 1
                    targets.append(matlab(refs, "r%d" % count[0], row[field]).ref)
                g.create_dataset(field, data=np.array(targets, dtype=h5py.ref_dtype).reshape(-1, 1))

        for key, value in [("nbchan", float(len(CHANNELS))), ("trials", 1.0),
                           ("pnts", float(data.shape[1])), ("srate", FS), ("xmin", 0.0),
                           ("data", data)]:
            matlab(f, key, value)
        struct_array("chanlocs", [{"labels": c, "X": 80.0 - 10 * k, "Y": 5.0 * k, "Z": 40.0 + k}
                                  for k, c in enumerate(CHANNELS)])
        struct_array("event", [{"type": t, "latency": l, "duration": d} for t, l, d in EVENTS])
    header = b"MATLAB 7.3 MAT-file, Platform: GLNXA64, Created on: Mon Dec  7 10:00:00 2026 HDF5 schema 1.00 ."
    with open(path, "r+b") as f:
        f.write(header.ljust(116, b" ") + b"\0" * 8 + b"\x00\x02IM")


def reference(raw):
    data = raw.get_data() * 1e6
    n = raw.n_times
    picks = sorted({0, 1, 499, int(n) // 2, int(n) - 1})
    return {
        "sfreq": raw.info["sfreq"], "n_times": int(n), "ch_names": raw.ch_names,
        "positions_m": [[None if np.isnan(v) else float(v) for v in ch["loc"][:3]]
                        for ch in raw.info["chs"]],
        "sample_indices": picks,
        "microvolts": [[float(data[c, i]) for i in picks] for c in range(len(raw.ch_names))],
        "channel_sum_uv": [float(s) for s in data.sum(axis=1)],
        "annotations": [[float(a["onset"]), float(a["duration"]), a["description"]]
                        for a in raw.annotations],
    }


def epochs_reference(path):
    ep = mne.io.read_epochs_eeglab(path, verbose="error")
    data = ep.get_data() * 1e6
    return {"sfreq": ep.info["sfreq"], "n_epochs": len(ep), "n_times": len(ep.times),
            "tmin": float(ep.tmin), "ch_names": ep.ch_names,
            "epoch_sum_uv": [[float(s) for s in e.sum(axis=1)] for e in data]}


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    DATA, FS = signals()
    write_fdt("continuous_fdt", DATA)
    write_fdt("short_fdt", DATA[:, :750], promised_pnts=1000)
    inline = eeg_fields(DATA, FS, ev=events(numeric=True))
    scipy.io.savemat(os.path.join(OUT, "continuous_inline.set"), inline, format="5")
    epoched = DATA[:, :1500].reshape(len(CHANNELS), 3, 500).transpose(0, 2, 1).astype(np.float64)
    ep_events = np.zeros(3, dtype=[("type", "O"), ("latency", "O"), ("epoch", "O")])
    for k in range(3):
        ep_events[k] = ("stim", 101.0 + 500 * k, float(k + 1))
    ep_fields = eeg_fields(epoched, FS, trials=3, xmin=-0.2, locs=chanlocs(), ev=ep_events)
    ep_fields["epoch"] = np.zeros(3, dtype=[("event", "O"), ("eventlatency", "O"),
                                            ("eventtype", "O")])
    for k in range(3):
        ep_fields["epoch"][k] = (float(k + 1), 0.0, "stim")  # time-locked at 0 ms
    scipy.io.savemat(os.path.join(OUT, "epoched.set"), {"EEG": ep_fields}, format="5")
    write_v73(os.path.join(OUT, "continuous_v73.set"), DATA)

    ref = {}
    for name in ["continuous_fdt", "continuous_inline"]:
        ref[name] = reference(mne.io.read_raw_eeglab(os.path.join(OUT, name + ".set"),
                                                     preload=True, verbose="error"))
    ref["epoched"] = epochs_reference(os.path.join(OUT, "epoched.set"))
    ref["continuous_v73"] = dict(ref["continuous_fdt"])  # written from the same values
    with open(os.path.join(HERE, "eeglab_reference.json"), "w") as f:
        json.dump(ref, f, indent=1)
