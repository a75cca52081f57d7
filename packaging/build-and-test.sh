#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Sets up, builds and runs every test through CTest (GUI tests offscreen; GPU tests skip
# without a GPU). Tests that compare with shared/data run when it lies beside the checkout.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/packaging/build.sh" --test
build="${ALFEE_BUILD_DIR:-$root/build}"
export QT_QPA_PLATFORM=offscreen OMP_WAIT_POLICY=passive
cd "$build"
ctest --output-on-failure --parallel 2 --timeout 900
