# SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Sourced by the GPU scripts (run_jobs_cuda.sh, run_pretrain_cuda.sh), with $out set: unpacks
# the carried Qt/EDFlib sysroot (.gpu-sysroot/sysroot.tar.xz, made by make_sysroot.sh) and
# builds alfee and alfee-model into /tmp/alfee-cuda against the machine's CUDA LibTorch, with
# NCCL's headers where the python package ships them. Sets $alfee. Without QtGui there (the
# sysroot has none) the build leaves reports out (ALFEE_WITH_REPORTS=OFF). A second script of the
# same lease finds the build done.
sr=/tmp/alfee-sysroot
export LD_LIBRARY_PATH="$sr/usr/lib/x86_64-linux-gnu:${LD_LIBRARY_PATH:-}"
export QT_PLUGIN_PATH="$sr/usr/lib/x86_64-linux-gnu/qt6/plugins"
alfee=/tmp/alfee-cuda/app/alfee
[[ -x "$alfee" ]] && return 0
build_start=$SECONDS
mkdir -p "$sr" && tar -C "$sr" -xJf .gpu-sysroot/sysroot.tar.xz
torch_prefix="$(python3 -c 'import torch; print(torch.utils.cmake_prefix_path)')"
nccl_include="$(python3 -c 'import nvidia.nccl, os; print(os.path.join(list(nvidia.nccl.__path__)[0], "include"))' 2>/dev/null)"
cmake -S . -B /tmp/alfee-cuda -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_PREFIX_PATH="$sr/usr;$sr/usr/lib/x86_64-linux-gnu/cmake;$torch_prefix" \
    -DALFEE_BUILD_GUI=OFF -DALFEE_BUILD_TESTS=OFF -DALFEE_BUILD_BENCH=OFF -DALFEE_WERROR=OFF \
    -DALFEE_WITH_REPORTS=OFF \
    -DCMAKE_CXX_FLAGS="${nccl_include:+-I$nccl_include}" \
    -DCMAKE_CUDA_ARCHITECTURES=90 > "$out/cli-configure.log" 2>&1 ||
    { tail -30 "$out/cli-configure.log"; exit 1; }
cmake --build /tmp/alfee-cuda --parallel 16 --target alfee alfee-model > "$out/cli-build.log" 2>&1 ||
    { grep -m8 -B2 -A6 "error" "$out/cli-build.log"; exit 1; }
echo "command line built in $((SECONDS - build_start)) s"
