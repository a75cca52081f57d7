#!/usr/bin/env bash
# Builds the Debian package of ALFEE Workbench: installs the build dependencies (if missing),
# builds ./build like packaging/build.sh, then CPack writes build/dist/alfee-workbench_*.deb
# (binaries stripped, dependencies from dpkg-shlibdeps) and lintian checks it where installed.
#   bash packaging/build-deb.sh            then   sudo apt install ./build/dist/alfee-workbench_*.deb
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${ALFEE_BUILD_DIR:-$root/build}"
"$root/packaging/build.sh"
command -v dpkg-shlibdeps >/dev/null || apt-get install -y -q dpkg-dev
rm -rf "$build/dist"
(cd "$build" && cpack -G DEB)
deb="$(ls "$build"/dist/alfee-workbench_*.deb)"
echo "package: $deb"
dpkg-deb --info "$deb" | sed -n '/Package:/,$p'
if command -v lintian >/dev/null; then
    lintian --info "$deb" || echo "lintian found errors (listed above)"
else
    echo "lintian is not installed: apt-get install lintian, then lintian $deb"
fi
