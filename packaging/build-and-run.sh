#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Sets up, builds and runs ALFEE Workbench on its bundled demo workspace: the desktop application
# where there is a display, otherwise the command line's `alfee demo`.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/packaging/build.sh"
build="${ALFEE_BUILD_DIR:-$root/build}"
if [[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]]; then
    exec "$build/app/alfee-workbench" "$@"
fi
echo "No display: running the command-line demo (alfee demo) instead of the desktop application."
exec "$build/app/alfee" demo --dir "${ALFEE_DEMO_DIR:-$build/demo}" "$@"
