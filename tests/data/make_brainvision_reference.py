#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Made once, kept with the tests: small BrainVision recordings in the variants labs' tools
write, from 4 s of six channels of EEGMAT Subject00_2.edf (tests/data, ODC-By-1.0), laid out as
the BrainVision Core Data Format 1.0 document describes, and what MNE 1.3 reads from them (and
from brainvision/Subject00_2_12s.vhdr, written by make_biosig_reference.py).

  v2_float_vectorized  "Version 2.0" header, IEEE_FLOAT_32, VECTORIZED, DataPoints, UTF-8
  ansi_mixed_units     "Version 1.0", ANSI (Latin-1 µ), INT_16, resolutions 0.5 uV, 0.001 mV,
                       an empty resolution with a unit, a channel in "C", a "New Segment" date
  ascii_comma          ASCII, MULTIPLEXED, DecimalSymbol ",", one header line to skip
  int32_core           "BrainVision Core Data Format" wording, INT_32, 0.01 uV, markers whose
                       description holds an escaped comma

usage: make_brainvision_reference.py   (writes tests/data/brainvision/* and
       tests/data/brainvision_reference.json; Debian's python3-mne 1.3)
"""
import json
import os

import mne
import numpy as np

from mne_values import mne_values

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "brainvision")
CHANNELS = ["Fp1", "Fz", "Cz", "Pz", "O1", "O2"]
SECONDS = 4
MARKERS = [("New Segment", "", 1, 1), ("Stimulus", "S  1", 101, 1), ("Response", "R\\1 2", 601, 50)]


def signals():
    raw = mne.io.read_raw_edf(os.path.join(HERE, "Subject00_2.edf"), preload=True, verbose="error")
    raw.pick(["EEG " + c for c in CHANNELS])
    raw.crop(0, SECONDS, include_tmax=False)
    return raw.get_data() * 1e6, raw.info["sfreq"]  # microvolts


def header(stem, first, fs, common, channel_lines, extra="", codepage="UTF-8"):
    lines = [first, "; written by make_brainvision_reference.py", "", "[Common Infos]"]
    if codepage:
        lines.append(f"Codepage={codepage}")
    lines += [f"DataFile={stem}.eeg", f"MarkerFile={stem}.vmrk", *common,
              f"NumberOfChannels={len(channel_lines)}", f"SamplingInterval={1e6 / fs:g}", ""]
    lines += [extra, "[Channel Infos]"] if extra else ["[Channel Infos]"]
    lines += [f"Ch{k}={line}" for k, line in enumerate(channel_lines, 1)]
    lines += ["", "[Comment]", "free text that is not read: Ch9=x,,1,uV"]
    return "\r\n".join(lines) + "\r\n"


def markers(stem, date=None):
    lines = ["Brain Vision Data Exchange Marker File, Version 1.0", "", "[Common Infos]",
             "Codepage=UTF-8", f"DataFile={stem}.eeg", "", "[Marker Infos]"]
    for k, (kind, text, position, size) in enumerate(MARKERS, 1):
        tail = f",{date}" if kind == "New Segment" and date else ""
        lines.append(f"Mk{k}={kind},{text},{position},{size},0{tail}")
    return "\r\n".join(lines) + "\r\n"


def write(stem, head, data_bytes, marker_text, encoding="utf-8"):
    with open(os.path.join(OUT, stem + ".vhdr"), "w", encoding=encoding, newline="") as f:
        f.write(head)
    with open(os.path.join(OUT, stem + ".eeg"), "wb") as f:
        f.write(data_bytes)
    with open(os.path.join(OUT, stem + ".vmrk"), "w", encoding="utf-8", newline="") as f:
        f.write(marker_text)


def v2_float_vectorized(data, fs):
    stem = "v2_float_vectorized"
    head = header(stem, "Brain Vision Data Exchange Header File Version 2.0", fs,
                  ["DataFormat=BINARY", "DataOrientation=VECTORIZED", "DataType=TIMEDOMAIN",
                   f"DataPoints={data.shape[1]}"],
                  [f"{c},,0.1,µV" for c in CHANNELS], "[Binary Infos]\r\nBinaryFormat=IEEE_FLOAT_32\r\n")
    write(stem, head, (data / 0.1).astype("<f4").tobytes(), markers(stem))  # channel by channel


def ansi_mixed_units(data, fs):
    stem = "ansi_mixed_units"
    steps = [0.5, 1.0, 0.5, 0.5, 1.0, 0.01]  # uV a step
    lines = ["Fp1,,0.5,µV", "Fz,,0.001,mV", "Cz,,0.5", "Pz,Ref,0.5,µV", "O1,,,µV", "Temp,,0.01,C"]
    digital = np.clip(np.round(data / np.array(steps)[:, None]), -32768, 32767).astype("<i2")
    head = header(stem, "Brain Vision Data Exchange Header File Version 1.0", fs,
                  ["DataFormat=BINARY", "DataOrientation=MULTIPLEXED"], lines,
                  "[Binary Infos]\r\nBinaryFormat=INT_16\r\n", codepage="ANSI")
    write(stem, head, digital.T.tobytes(), markers(stem, "20261207102030123456"), "latin-1")


def ascii_comma(data, fs):
    stem = "ascii_comma"
    head = header(stem, "Brain Vision Data Exchange Header File Version 1.0", fs,
                  ["DataFormat=ASCII", "DataOrientation=MULTIPLEXED"],
                  [f"{c},,,µV" for c in CHANNELS],
                  "[ASCII Infos]\r\nDecimalSymbol=,\r\nSkipLines=1\r\nSkipColumns=0\r\n")
    rows = [" ".join(CHANNELS)]
    rows += [" ".join(f"{v:.3f}".replace(".", ",") for v in point) for point in data.T]
    write(stem, head, ("\r\n".join(rows) + "\r\n").encode(), markers(stem))


def int32_core(data, fs):
    stem = "int32_core"
    head = header(stem, "BrainVision Core Data Header File Version 1.0", fs,
                  ["DataFormat=BINARY", "DataOrientation=MULTIPLEXED"],
                  [f"{c},,0.01,µV" for c in CHANNELS], "[Binary Infos]\r\nBinaryFormat=INT_32\r\n")
    write(stem, head, np.round(data / 0.01).astype("<i4").T.tobytes(), markers(stem))


def reference(path):
    raw = mne.io.read_raw_brainvision(path, preload=True, verbose="error")
    data = raw.get_data()
    for c, ch in enumerate(raw.info["chs"]):  # volts for voltages, the file's unit otherwise
        data[c] *= 1e6 if ch["unit"] == 107 else 1.0
    picks = sorted({0, 1, 39, 40, int(raw.n_times) // 2, int(raw.n_times) - 1})
    date = raw.info["meas_date"]
    values = mne_values(raw, data, picks)
    values["meas_date"] = date.strftime("%Y-%m-%dT%H:%M:%S.%f") if date else None
    return values


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    data, fs = signals()
    for make in (v2_float_vectorized, ansi_mixed_units, ascii_comma, int32_core):
        make(data, fs)
    names = ["v2_float_vectorized", "ansi_mixed_units", "ascii_comma", "int32_core",
             "Subject00_2_12s"]
    ref = {n: reference(os.path.join(OUT, n + ".vhdr")) for n in names}
    ref["mne_version"] = mne.__version__
    with open(os.path.join(HERE, "brainvision_reference.json"), "w") as f:
        json.dump(ref, f, indent=1)
