#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
# SPDX-License-Identifier: GPL-3.0-or-later
# On a GPU machine whose python3 has a CUDA PyTorch (no Qt there): builds model/ alone against
# that LibTorch and runs its tests, the CUDA test included, with throughput figures.
# usage: bench/gpu/run_cuda.sh [OUT_DIR]
set -uo pipefail
out="${1:-/tmp}"
prefix="$(python3 -c 'import torch; print(torch.utils.cmake_prefix_path)')"
python3 -c 'import torch; print("torch", torch.__version__, "cuda", torch.version.cuda, torch.cuda.get_device_name(0))'
cmake -S model -B /tmp/alfee-model-cuda -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_PREFIX_PATH="$prefix" -DALFEE_WERROR=OFF -DCMAKE_CUDA_ARCHITECTURES=90 \
    > "$out/configure.log" 2>&1 || { tail -40 "$out/configure.log"; exit 1; }
cmake --build /tmp/alfee-model-cuda --parallel 16 > "$out/build.log" 2>&1 || { grep -m5 -A5 error "$out/build.log"; exit 1; }
(cd /tmp/alfee-model-cuda && ctest --output-on-failure > "$out/ctest.log" 2>&1; tail -12 "$out/ctest.log")
/tmp/alfee-model-cuda/tests/test_cuda --bench "${ALFEE_BF16_PEAK_TFLOPS:-790}" 2>&1 | tee "$out/cuda.txt"
nvidia-smi --query-gpu=name,memory.used,memory.total --format=csv
