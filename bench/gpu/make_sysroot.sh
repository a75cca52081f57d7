#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
# SPDX-License-Identifier: GPL-3.0-or-later
# On a Debian 12 machine with the build packages: packs Qt Core/Sql/Concurrent/Test (headers,
# CMake files, moc and rcc, libraries with ICU), EDFlib and jemalloc into
# .gpu-sysroot/sysroot.tar.xz (about 12 MB), for bench/gpu/run_jobs_cuda.sh on a GPU machine that
# has a CUDA PyTorch but no Qt. Tools that Qt's CMake files name but this build never runs
# (tracegen, qmake, other SQL drivers) become empty placeholders.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
stage="$(mktemp -d)"
L=usr/lib/x86_64-linux-gnu
paths=(usr/include/x86_64-linux-gnu/qt6/QtCore usr/include/x86_64-linux-gnu/qt6/QtSql
       usr/include/x86_64-linux-gnu/qt6/QtConcurrent usr/include/x86_64-linux-gnu/qt6/QtTest
       usr/include/edflib.h usr/lib/qt6/libexec/moc usr/lib/qt6/libexec/rcc
       usr/lib/qt6/libexec/cmake_automoc_parser "$L/qt6/mkspecs/linux-g++" "$L/qt6/mkspecs/common"
       "$L/qt6/plugins/sqldrivers/libqsqlite.so")
for d in Qt6 Qt6BuildInternals Qt6Concurrent Qt6Core Qt6CoreTools Qt6HostInfo Qt6Sql Qt6Test; do
    paths+=("$L/cmake/$d")
done
cd /
for g in "libQt6Core.so*" "libQt6Sql.so*" "libQt6Concurrent.so*" "libQt6Test.so*" \
         "libicudata.so*" "libicuuc.so*" "libicui18n.so*" "libdouble-conversion.so*" "libb2.so*" \
         "libpcre2-16.so*" "libedf.so*" "libjemalloc.so*" "libglib-2.0.so*" "libpcre2-8.so*" \
         "libzstd.so*" "libsqlite3.so*"; do
    for f in $L/$g; do paths+=("$f"); done
done
tar -C / -cf - "${paths[@]}" | tar -C "$stage" -xf -
grep -rhoE '"\$\{_IMPORT_PREFIX\}[^"]*"' "$stage/$L/cmake" | sort -u | while read -r quoted; do
    f="$stage/usr${quoted:18:-1}"
    [[ -e "$f" ]] || { mkdir -p "$(dirname "$f")"; : > "$f"; chmod +x "$f"; }
done
mkdir -p "$root/.gpu-sysroot"
tar -C "$stage" -cJf "$root/.gpu-sysroot/sysroot.tar.xz" usr
rm -rf "$stage"
ls -la "$root/.gpu-sysroot/sysroot.tar.xz"
