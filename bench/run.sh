#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the benchmarks and runs them against MNE-Python; writes the figures to bench/README.md.
# Needs shared/data beside the checkout and Debian's python3-mne (installed here with --bench).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/packaging/build.sh" --bench
# Debian's interpreter: the first python3 on PATH may be another one without numpy.
/usr/bin/python3 "$root/bench/compare_mne.py" "${ALFEE_BUILD_DIR:-$root/build}"
/usr/bin/python3 "$root/bench/compare_model.py" "${ALFEE_BUILD_DIR:-$root/build}"
/usr/bin/python3 "$root/bench/viewer_bench.py" "${ALFEE_BUILD_DIR:-$root/build}"
/usr/bin/python3 "$root/bench/engine_bench.py" "${ALFEE_BUILD_DIR:-$root/build}"
