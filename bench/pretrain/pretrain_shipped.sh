#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Pretrains the checkpoint that ships (issue 9): tiny on every EEGMMIDB recording of
# shared/data/pretrain and shared/data/eeg (EEGMAT left out, so that the Workload benchmark
# measures transfer to data the model never saw), each file with the paradigm of its run:
# R01/R02 resting, odd task runs motor execution, even task runs motor imagery. The last two
# subjects by name are held out for the validation loss. Resumable: run it again with
# RESUME=<run id> after an interruption.
# Usage: bench/pretrain/pretrain_shipped.sh WORKSPACE [STEPS]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
alfee="${ALFEE_BUILD_DIR:-$root/build}/app/alfee"
workspace="$1"
steps="${2:-1000}"
if [[ -n "${RESUME:-}" ]]; then
  exec "$alfee" pretrain --workspace "$workspace" --resume "$RESUME"
fi
args=()
for f in "$root"/../shared/data/pretrain/eegmmidb/*/*.edf "$root"/../shared/data/eeg/eegmmidb/*.edf; do
  run=$(basename "$f" .edf | sed 's/.*R0*//')
  if (( run <= 2 )); then paradigm=resting
  elif (( run % 2 == 1 )); then paradigm=motor-execution
  else paradigm=motor-imagery; fi
  args+=(--data "$f" --paradigm "$paradigm")
done
exec "$alfee" pretrain --workspace "$workspace" "${args[@]}" --size tiny --steps "$steps" \
  --batch 16 --lr 5e-4 --seed 1 --checkpoint-every 100 --validation-subjects 2 --device cpu \
  --name "shipped tiny" --json
