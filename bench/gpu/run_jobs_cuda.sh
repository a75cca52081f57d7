#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
# SPDX-License-Identifier: GPL-3.0-or-later
# On a GPU machine without Qt: unpacks Debian's Qt Core/Sql/Concurrent/Test, EDFlib and jemalloc
# (carried as .gpu-sysroot/sysroot.tar.xz, made on a Debian 12 machine), builds the command line
# against the machine's CUDA LibTorch and runs the fine-tuning, evaluation and inference jobs on
# CUDA (bf16) on the bundled demo recordings. usage: bench/gpu/run_jobs_cuda.sh OUT_DIR
set -uo pipefail
out="${1:-/tmp}"
source bench/gpu/build_cli_cuda.sh
ws=/tmp/alfee-gpu/gpu.alfee
labels=(--label-from filename --class 'rest=_1$' --class 'task=_2$' --filter '^Subject' --window 10)
for size in tiny S; do
    epochs=$([[ $size == tiny ]] && echo 8 || echo 4)
    start=$SECONDS
    "$alfee" finetune --data resources/demo "${labels[@]}" \
        --split 0.5,0.25,0.25 --scratch --size "$size" --epochs "$epochs" --batch 8 --device cuda \
        --name "demo $size cuda" --workspace "$ws" 2>&1 | grep -v "^training\|^preparing\|^validating\|^testing\|Warning"
    echo "$size: fine-tuning took $((SECONDS - start)) s in all (build of the shards included)"
done
"$alfee" evaluate --run 1 --data resources/demo "${labels[@]}" --device cuda --workspace "$ws" 2>&1 | grep -v "^preparing\|^predicting" | head -12
"$alfee" infer --run 1 resources/demo/Subject07_1.edf resources/demo/Subject07_2.edf --device cuda \
    --csv "$out/infer.csv" --workspace "$ws" 2>&1 | tail -2
"$alfee" runs list --workspace "$ws"
"$alfee" runs show 1 --workspace "$ws" | head -12
