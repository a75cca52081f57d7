# SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""What the reference generators keep of a recording MNE read (tests/format_reference.h reads
it): rate, length, names, the samples at `picks` and each channel's sum (data in microvolts, or
in the file's unit for a channel that is no voltage), and the annotations."""


def mne_values(raw, data, picks):
    return {
        "sfreq": raw.info["sfreq"], "n_times": int(raw.n_times), "ch_names": raw.ch_names,
        "sample_indices": picks,
        "microvolts": [[float(data[c, i]) for i in picks] for c in range(len(raw.ch_names))],
        "channel_sum_uv": [float(s) for s in data.sum(axis=1)],
        "annotations": [[float(a["onset"]), float(a["duration"]), a["description"]]
                        for a in raw.annotations],
    }
