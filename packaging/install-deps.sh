#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages ALFEE Workbench builds, tests and benchmarks with.
# Usage: packaging/install-deps.sh [--test | --bench]   (run as root, or with sudo available)
# --test adds what the acceptance tests compare with (scikit-learn for the band-power baseline,
# pdftotext of poppler-utils to read exported PDF reports back; without them those checks
# skip); --bench adds that and the benchmarks' references.
set -euo pipefail

build_packages=(
  cmake g++ ninja-build ccache pkg-config
  qt6-base-dev libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev
  libqcustomplot-dev libtorch-dev libgloo-dev libedf-dev libbiosig-dev libmatio-dev libxdf-dev libsqlite3-dev libjemalloc-dev
  libopenblas0-openmp xvfb xauth libgl-dev fonts-dejavu-core
  qt6-translations-l10n fonts-wqy-microhei
)
test_packages=(python3-sklearn poppler-utils python3-mne python3-torch)
bench_packages=(python3-mne python3-torch python3-scipy python3-sklearn)

packages=("${build_packages[@]}")
if [[ "${1:-}" == "--test" ]]; then packages+=("${test_packages[@]}"); fi
if [[ "${1:-}" == "--bench" ]]; then packages+=("${bench_packages[@]}"); fi

sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then sudo_cmd=(sudo); fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [[ ${#missing[@]} -eq 0 ]]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
