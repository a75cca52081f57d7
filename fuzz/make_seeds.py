#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the seed corpora of fuzz/corpus/ from the recordings in tests/data (run once; the
seeds are committed). EDF/BDF files are cut to their first records so the fuzzer mutates
kilobytes, not megabytes; the workspace seed is made by the `alfee` command line when a build
is given; the checkpoint seeds by build-fuzz/fuzz/fuzz_make_checkpoint_seeds.

usage: make_seeds.py [--alfee build/app/alfee]
"""
import argparse
import json
import pathlib
import sqlite3
import subprocess
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
DATA = HERE.parent / "tests" / "data"
RECORDINGS = ["S001R04.edf", "SC4001EC-Hypnogram.edf", "Subject00_2.edf", "short_psg.edf",
              "short_psg.bdf", "test_uneven_samp.edf", "Newtest17-256.bdf"]


def header_fields(raw):
    """Header length, record count, signal count and per-signal samples/record and labels."""
    ns = int(raw[252:256].decode().strip())
    labels = [raw[256 + 16 * i:256 + 16 * (i + 1)].decode("latin-1").strip() for i in range(ns)]
    base = 256 + ns * (16 + 80 + 8 * 5 + 80)  # label, transducer, unit, 4 limits, prefilter
    samples = [int(raw[base + 8 * i:base + 8 * (i + 1)].decode().strip()) for i in range(ns)]
    return int(raw[184:192].decode().strip()), ns, labels, samples


def cut(raw, records):
    """The file with only its first `records` data records (the header's count set to match)."""
    header_bytes, _, _, samples = header_fields(raw)
    width = 3 if raw[0] == 0xFF else 2
    record_bytes = sum(samples) * width
    kept = min(records, (len(raw) - header_bytes) // record_bytes)
    out = bytearray(raw[:header_bytes + kept * record_bytes])
    out[236:244] = str(kept).ljust(8).encode()
    return bytes(out)


def annotation_bytes(raw, record):
    """The bytes of every annotation signal in one record (what the TAL parser gets)."""
    header_bytes, _, labels, samples = header_fields(raw)
    width = 3 if raw[0] == 0xFF else 2
    record_bytes = sum(samples) * width
    start = header_bytes + record * record_bytes
    out, offset = [], start
    for label, n in zip(labels, samples):
        if label in ("EDF Annotations", "BDF Annotations"):
            out.append(raw[offset:offset + n * width])
        offset += n * width
    return out


def write(folder, name, data):
    path = HERE / "corpus" / folder
    path.mkdir(parents=True, exist_ok=True)
    (path / name).write_bytes(data)


def recording_seeds():
    for name in RECORDINGS:
        raw = (DATA / name).read_bytes()
        header_bytes = header_fields(raw)[0]
        write("edf_header", name + ".header", raw[:header_bytes])
        write("recording", name, cut(raw, 2))
        for record in range(2):
            for i, tal in enumerate(annotation_bytes(raw, record)):
                write("tal", f"{name}.r{record}.a{i}", tal)
    write("tal", "durations", b"+0\x14\x14\x00+1.5\x150.25\x14stim\x14\x00-0.0001\x14a\x14b\x14\x00")


def montage_seeds():
    banana = [["Fp1", "F7"], ["F7", "T3"], ["T3", "T5"], ["T5", "O1"], ["Fp2", "F8"],
              ["F8", "T4"], ["Fz", "Cz"], ["Cz", "Pz"]]
    for kind, pairs in [("bipolar", banana), ("average", []), ("linked ears", []),
                        ("as recorded", [])]:
        doc = {"format": "alfee-montage", "version": 1, "name": kind.title(), "kind": kind,
               "pairs": pairs}
        write("montage_json", kind.replace(" ", "_") + ".json", json.dumps(doc).encode())


def workspace_seed(alfee):
    with tempfile.TemporaryDirectory() as tmp:
        ws = pathlib.Path(tmp) / "seed.alfee"
        env = {"ALFEE_WORKSPACE": str(ws), "PATH": "/usr/bin:/bin"}
        subprocess.run([alfee, "workspace", "init"], env=env, check=True)
        for name in ["SC4001EC-Hypnogram.edf", "test_uneven_samp.edf", "short_psg.edf"]:
            subprocess.run([alfee, "import", str(DATA / name)], env=env, check=True)
        montage = pathlib.Path(tmp) / "m.json"
        montage.write_bytes((HERE / "corpus" / "montage_json" / "bipolar.json").read_bytes())
        subprocess.run([alfee, "montage", "import", str(montage)], env=env, check=True)
        with sqlite3.connect(ws) as db:
            db.execute("VACUUM")
        write("workspace", "three_recordings.alfee", ws.read_bytes())


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--alfee", help="the alfee program, for the workspace seed")
    args = parser.parse_args()
    recording_seeds()
    montage_seeds()
    if args.alfee:
        workspace_seed(args.alfee)


if __name__ == "__main__":
    main()
