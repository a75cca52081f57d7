#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package of ALFEE Workbench: installs the build dependencies (if missing),
# builds ./build like packaging/build.sh, then CPack writes build/dist/alfee-workbench_*.deb
# (binaries stripped, dependencies from dpkg-shlibdeps) and lintian checks it where installed.
#   bash packaging/build-deb.sh            then   sudo apt install ./build/dist/alfee-workbench_*.deb
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${ALFEE_BUILD_DIR:-$root/build}"
"$root/packaging/build.sh"
# dpkg-shlibdeps computes the dependencies; lintian checks the result.
for tool in dpkg-shlibdeps:dpkg-dev lintian:lintian; do
    command -v "${tool%%:*}" >/dev/null || apt-get install -y -q "${tool##*:}" >/dev/null
done
rm -rf "$build/dist"
(cd "$build" && cpack -G DEB)
deb="$(ls "$build"/dist/alfee-workbench_*.deb)"
echo "package: $deb"
dpkg-deb --field "$deb"
lintian --info --display-info "$deb" || echo "lintian found errors (listed above)"
