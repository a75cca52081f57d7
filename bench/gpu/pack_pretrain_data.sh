#!/usr/bin/env bash
# Packs every other EEGMMIDB file of ../shared/data/pretrain (about 1.1 h, xz: about 35 MB)
# into .gpu-data/eegmmidb.tar.xz, for run_pretrain_cuda.sh on a GPU machine (what a device
# call carries is limited to 64 MiB).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
mkdir -p "$root/.gpu-data"
cd "$root/../shared/data/pretrain/eegmmidb"
ls */*.edf | awk 'NR % 2 == 1' | tar -cf - -T - | xz -6 -T2 > "$root/.gpu-data/eegmmidb.tar.xz"
ls -la "$root/.gpu-data/eegmmidb.tar.xz"
