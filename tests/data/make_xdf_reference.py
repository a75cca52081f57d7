#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Made once, kept with the tests: a small XDF recording (Lab Streaming Layer) written from
EEGMAT Subject00_2.edf (tests/data, ODC-By-1.0) by the chunk layout of the XDF specification
(https://github.com/sccn/xdf/wiki/Specifications), and the values a correct reader gives.
Neither MNE 1.3 nor Debian reads XDF in Python (pyxdf is not packaged), so the reference is
what was written, with the clock offsets applied as libxdf applies them (each time stamp plus
the last offset measured before it, the first offset before any).

  eeg_markers.xdf:
    stream 1  "EEGMAT" type EEG, 4 channels (Fz Cz Pz Oz... labels, microvolts), float32,
              250 Hz, 2 s; the first 1 s, then 0.5 s missing (samples lost), then 1 s more;
              clock offset +0.010 s
    stream 2  "Accel" type ACC, 3 channels, float32, 50 Hz, 3 s (a second numeric stream)
    stream 3  "Markers", string, irregular: "start" at 0.2 s, "blink" at 1.7 s, "late"
              past the end; clock offset -0.040 s

usage: make_xdf_reference.py   (writes tests/data/xdf/* and tests/data/xdf_reference.json)
"""
import json
import os
import struct

import mne
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "xdf")
LABELS = ["Fz", "Cz", "Pz", "O1"]
RATE = 250.0
T0 = 1000.0  # LSL time of the first EEG sample, before its clock offset
EEG_OFFSET, MARKER_OFFSET = 0.010, -0.040
MARKERS = [("start", 0.2), ("blink", 1.7), ("late", 9.0)]  # seconds after the first sample


def varlen(n):
    if n < 256:
        return struct.pack("<BB", 1, n)
    if n < 2 ** 32:
        return struct.pack("<BI", 4, n)
    return struct.pack("<BQ", 8, n)


def chunk(tag, content):
    return varlen(len(content) + 2) + struct.pack("<H", tag) + content


def stream_header(sid, name, kind, channels, rate, fmt, labels=None, unit=None):
    desc = ""
    if labels:
        desc = "<desc><channels>" + "".join(
            f"<channel><label>{l}</label><unit>{unit}</unit><type>{kind}</type></channel>"
            for l in labels) + "</channels></desc>"
    xml = (f'<?xml version="1.0"?><info><name>{name}</name><type>{kind}</type>'
           f"<channel_count>{channels}</channel_count><nominal_srate>{rate}</nominal_srate>"
           f"<channel_format>{fmt}</channel_format>{desc}</info>")
    return chunk(2, struct.pack("<I", sid) + xml.encode())


def numeric_samples(sid, first_time, values):
    """One Samples chunk: the first sample's time stamp given, the rest deduced."""
    body = bytearray(struct.pack("<I", sid) + varlen(values.shape[1]))
    for i in range(values.shape[1]):
        body += struct.pack("<Bd", 8, first_time) if i == 0 else b"\x00"
        body += values[:, i].astype("<f4").tobytes()
    return chunk(3, bytes(body))


def marker_samples(sid, markers):
    body = bytearray(struct.pack("<I", sid) + varlen(len(markers)))
    for text, time in markers:
        body += struct.pack("<Bd", 8, time) + varlen(len(text)) + text.encode()
    return chunk(3, bytes(body))


def clock_offset(sid, collected, offset):
    return chunk(4, struct.pack("<Idd", sid, collected, offset))


def eeg_values():
    raw = mne.io.read_raw_edf(os.path.join(HERE, "Subject00_2.edf"), preload=True, verbose="error")
    raw.pick(["EEG Fz", "EEG Cz", "EEG Pz", "EEG O1"]).resample(RATE, verbose="error")
    return (raw.get_data()[:, :500] * 1e6).astype(np.float32)


def write(path):
    eeg = eeg_values()
    first, second = eeg[:, :250], eeg[:, 250:500]
    accel = np.vstack([np.sin(np.arange(150) / 10.0 + k) for k in range(3)]).astype(np.float32)
    # Marker times in the marker stream's own clock: corrected by its offset they land at
    # T0 + EEG_OFFSET + t, t seconds after the first EEG sample.
    marker_clock = [(text, T0 + EEG_OFFSET + t - MARKER_OFFSET) for text, t in MARKERS]
    parts = [b"XDF:", chunk(1, b'<?xml version="1.0"?><info><version>1.0</version></info>'),
             stream_header(1, "EEGMAT", "EEG", 4, RATE, "float32", LABELS, "microvolts"),
             stream_header(2, "Accel", "ACC", 3, 50.0, "float32"),
             stream_header(3, "Markers", "Markers", 1, 0, "string"),
             clock_offset(1, T0 - 1, EEG_OFFSET), clock_offset(3, T0 - 1, MARKER_OFFSET),
             numeric_samples(1, T0, first), numeric_samples(2, T0, accel),
             marker_samples(3, marker_clock),
             numeric_samples(1, T0 + 1.5, second),  # 0.5 s after the first part ended
             chunk(6, struct.pack("<I", 1) + b"<info><sample_count>500</sample_count></info>")]
    with open(path, "wb") as f:
        f.write(b"".join(parts))
    return eeg


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    eeg = write(os.path.join(OUT, "eeg_markers.xdf"))
    picks = [0, 1, 249, 250, 499]
    ref = {"eeg_markers.xdf": {
        "sfreq": RATE, "n_times": 500, "ch_names": LABELS, "unit": "uV",
        "sample_indices": picks,
        "microvolts": [[float(eeg[c, i]) for i in picks] for c in range(4)],
        "channel_sum_uv": [float(s) for s in eeg.astype(np.float64).sum(axis=1)],
        # The samples lost make a second segment: 1 s of data, 0.5 s missing, 1 s of data.
        "segments": [[0, 250, 0.0], [250, 250, 1.5]],
        "annotations": [[t, text] for text, t in MARKERS if t < 2.5],
        "streams": ["EEGMAT", "Accel", "Markers"]}}
    with open(os.path.join(HERE, "xdf_reference.json"), "w") as f:
        json.dump(ref, f, indent=1)
