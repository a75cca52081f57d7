#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian packages (if missing), configures and builds ALFEE Workbench in ./build.
# Called by build-and-run.sh and build-and-test.sh; safe to run again (incremental).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/packaging/install-deps.sh" "$@"
build="${ALFEE_BUILD_DIR:-$root/build}"
if [[ ! -f "$build/build.ninja" ]]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
# Two jobs at most: a LibTorch translation unit takes up to 1.6 GB to compile.
cmake --build "$build" --parallel "${ALFEE_BUILD_JOBS:-2}"
