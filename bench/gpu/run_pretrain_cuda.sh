#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
# SPDX-License-Identifier: GPL-3.0-or-later
# On a GPU machine without Qt (as run_jobs_cuda.sh: the carried .gpu-sysroot, the machine's CUDA
# LibTorch): builds the command line, then pretrains S and B on CUDA (bf16) on the carried
# EEGMMIDB subset (.gpu-data/eegmmidb.tar.xz, made by bench/gpu/pack_pretrain_data.sh; the demo
# recordings when it is missing), and runs the data-parallel path with NCCL as torchrun would
# start it with one process on one GPU. Prints samples/s from the jobs' own progress lines.
# The runs' registries (workspace files) and full logs are left in OUT_DIR.
# usage: bench/gpu/run_pretrain_cuda.sh OUT_DIR [STEPS] [BATCH]
set -uo pipefail
out="${1:-/tmp}"
steps="${2:-200}"
batch="${3:-64}"
source bench/gpu/build_cli_cuda.sh
grep -m1 "^ALFEE_NCCL" /tmp/alfee-cuda/CMakeCache.txt
data=resources/demo
if [[ -f .gpu-data/eegmmidb.tar.xz ]]; then
    mkdir -p /tmp/eegmmidb && tar -C /tmp/eegmmidb -xJf .gpu-data/eegmmidb.tar.xz && data=/tmp/eegmmidb
fi
for size in S B; do
    start=$SECONDS
    ws="/tmp/gpu-pretrain-$size.alfee"
    "$alfee" pretrain --workspace "$ws" --data "$data" --paradigm motor-imagery --size "$size" \
        --steps "$steps" --batch "$batch" --lr 3e-4 --device cuda \
        --checkpoint-every "$((steps / 4))" --name "gpu $size" > "$out/pretrain-$size.log" 2>&1
    grep -E "windows|run 1|validation loss|samples/s" "$out/pretrain-$size.log" | tail -3
    echo "$size: $((SECONDS - start)) s in all"
    "$alfee" runs show 1 --workspace "$ws" | head -30
    [[ $size == S ]] && cp "$ws" "$out/"
done
echo "data parallel, NCCL, one process on one GPU:"
RANK=0 LOCAL_RANK=0 WORLD_SIZE=1 MASTER_ADDR=127.0.0.1 MASTER_PORT=29555 \
    "$alfee" pretrain --workspace /tmp/gpu-nccl.alfee --data resources/demo --paradigm workload \
    --size tiny --steps 20 --batch 32 --device cuda --timeout 120 --json 2>&1 | tail -15
nvidia-smi --query-gpu=name,memory.used,memory.total --format=csv
