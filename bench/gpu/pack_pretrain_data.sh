#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Packs EEGMMIDB files of ../shared/data/pretrain into .gpu-data/eegmmidb.tar.xz for
# run_pretrain_cuda.sh on a GPU machine. What a device call carries is limited to 64 MiB, the
# working tree and the Qt sysroot included (about 55 MB of it): each 2-minute file is about
# 1.2 MB in xz, so the default is 8 files, the first run of 8 subjects (16 min of EEG).
# usage: bench/gpu/pack_pretrain_data.sh [FILES]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
count="${1:-8}"
mkdir -p "$root/.gpu-data"
cd "$root/../shared/data/pretrain/eegmmidb"
ls */*.edf | awk -F/ -v n="$count" '!seen[$1]++ && k++ < n' | tar -cf - -T - |
    xz -6 -T2 > "$root/.gpu-data/eegmmidb.tar.xz"
ls -la "$root/.gpu-data/eegmmidb.tar.xz"
