#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Made once, kept with the tests: small Neuroscan CNT files written from EEGMAT
Subject00_2.edf (tests/data, ODC-By-1.0) in the layout of the Neuroscan format document
(the 900-byte SETUP header, a 75-byte ELECTLOC per channel, samples in blocks of
ChannelOffset samples per channel, then the event table), and what MNE 1.3 reads from them.

  int16.cnt  16-bit samples, 0.1 uV a step, baseline 10, blocks of 40 samples, 3 events
  int32.cnt  32-bit samples, 0.001 uV a step, baseline -20, blocks of 1, 3 events

BioSig 2.5 read a 16-bit CNT as 32-bit (half its samples, wrong values, events past the end);
MNE chooses the width from the data size and the header's sample count, as our reader does.

usage: make_cnt_reference.py   (writes tests/data/cnt/* and tests/data/cnt_reference.json;
       Debian's python3-mne 1.3)
"""
import json
import os
import struct

import mne
import numpy as np

from mne_values import mne_values

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "cnt")
CHANNELS = ["FP1", "FZ", "CZ", "PZ", "O1", "O2"]
SECONDS = 4
# (stimulus type, 0-based sample, latency field: MNE takes it as the duration in seconds)
EVENTS = [(1, 100, 0.0), (2, 900, 0.25), (7, 1500, 0.0)]


def signals():
    raw = mne.io.read_raw_edf(os.path.join(HERE, "Subject00_2.edf"), preload=True, verbose="error")
    raw.pick(["EEG Fp1", "EEG Fz", "EEG Cz", "EEG Pz", "EEG O1", "EEG O2"])
    raw.crop(0, SECONDS, include_tmax=False)
    return raw.get_data() * 1e6, int(raw.info["sfreq"])  # microvolts


def setup_header(n_channels, rate, n_samples, event_table, block_bytes):
    h = bytearray(900)
    h[0:20] = b"Version 3.0".ljust(20, b"\0")
    h[21:41] = b"12345".ljust(20, b"\0")  # patient id
    h[121:141] = b"Doe Jane".ljust(20, b"\0")
    h[205:225] = b"EEGMAT excerpt".ljust(20, b"\0")
    h[225:235] = b"12/07/26".ljust(10, b"\0")
    h[235:247] = b"10:20:30".ljust(12, b"\0")
    struct.pack_into("<H", h, 370, n_channels)
    struct.pack_into("<H", h, 376, rate)
    struct.pack_into("<i", h, 864, n_samples)
    struct.pack_into("<i", h, 886, event_table)
    struct.pack_into("<f", h, 890, n_samples / rate)
    struct.pack_into("<i", h, 894, block_bytes)
    return bytes(h)


def electloc(name, index, baseline, sensitivity, cal):
    e = bytearray(75)
    e[0:10] = name.encode().ljust(10, b"\0")
    struct.pack_into("<ff", e, 19, 0.1 * index, 0.5 - 0.1 * index)  # x, y on the layout
    struct.pack_into("<h", e, 47, baseline)
    struct.pack_into("<f", e, 59, sensitivity)
    struct.pack_into("<f", e, 71, cal)
    return bytes(e)


def write_cnt(path, data_uv, rate, width, step_uv, baseline, block):
    n_channels, n_samples = data_uv.shape
    sensitivity, cal = 204.8, step_uv  # MNE: cal * sensitivity / 204.8 uV a step
    digital = np.round(data_uv / step_uv).astype(np.int64) + baseline
    dtype = "<i2" if width == 2 else "<i4"
    data_start = 900 + 75 * n_channels
    blocks = [digital[:, s:s + block] for s in range(0, n_samples, block)]
    samples = b"".join(b.astype(dtype).tobytes() for b in blocks)  # channel after channel a block
    event_table = data_start + len(samples)
    events = b"".join(struct.pack("<HBclhhfccc", stim, 0, b"\0",
                                  data_start + (sample + 1) * n_channels * width, 0, 0, latency,
                                  b"\0", b"\0", b"\0")
                      for stim, sample, latency in EVENTS)
    with open(path, "wb") as f:
        f.write(setup_header(n_channels, rate, n_samples, event_table, block * width))
        for k, name in enumerate(CHANNELS):
            f.write(electloc(name, k, baseline, sensitivity, cal))
        f.write(samples)
        f.write(struct.pack("<Bii", 2, len(events), 0) + events)


def reference(path):
    raw = mne.io.read_raw_cnt(path, preload=True, verbose="error")
    data = raw.get_data() * 1e6
    return mne_values(raw, data, [0, 1, 39, 40, 1000, int(raw.n_times) - 1])


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    data, rate = signals()
    write_cnt(os.path.join(OUT, "int16.cnt"), data, rate, 2, 0.1, 10, 40)
    write_cnt(os.path.join(OUT, "int32.cnt"), data, rate, 4, 0.001, -20, 1)
    ref = {name: reference(os.path.join(OUT, name)) for name in ["int16.cnt", "int32.cnt"]}
    with open(os.path.join(HERE, "cnt_reference.json"), "w") as f:
        json.dump(ref, f, indent=1)
