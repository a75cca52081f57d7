#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Fuzzes every target (or those named) for SECONDS each with libFuzzer, ASan and UBSan.
#   bash fuzz/run.sh SECONDS [TARGET...]     targets: edf_header tal recording eeglab cnt
#                                                     brainvision xdf fif montage_json workspace
#                                                     checkpoint
# Builds build-fuzz with clang on first use. Each target grows its corpus in
# build-fuzz/corpus/TARGET from the seeds in fuzz/corpus/TARGET (plus, for the recording
# targets, the odd-format files of ../shared/data/eeg/formats where they are: not committed,
# some are GPL). Crashes, leaks and timeouts are saved in build-fuzz/findings/TARGET/ and the
# run goes on (fork mode); a finding, once fixed, is copied to fuzz/regressions/TARGET/, which
# CTest replays. The last line of each log (build-fuzz/logs/TARGET.log) holds the executions,
# coverage, corpus size and crashes; a summary is printed at the end.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seconds="${1:?usage: fuzz/run.sh SECONDS [TARGET...]}"
shift
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] ||
    targets=(edf_header tal recording eeglab cnt brainvision xdf fif montage_json workspace checkpoint)
build="${ALFEE_FUZZ_BUILD_DIR:-$root/build-fuzz}"

if [[ ! -f "$build/build.ninja" ]]; then
    CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DALFEE_FUZZ=ON -DALFEE_BUILD_GUI=OFF -DALFEE_BUILD_TESTS=OFF -DALFEE_BUILD_BENCH=OFF \
        -DALFEE_WITH_REPORTS=OFF -DALFEE_WERROR=OFF
fi
if [[ -z "${ALFEE_FUZZ_NO_BUILD:-}" ]]; then  # set it while another build of build-fuzz runs
    cmake --build "$build" --parallel "${ALFEE_BUILD_JOBS:-2}" \
        --target "${targets[@]/#/fuzz_}" >"$build/fuzz-build.log" 2>&1 ||
        { tail -30 "$build/fuzz-build.log"; exit 1; }
fi

dictionary() {
    case "$1" in
    edf_header | tal | recording) echo "-dict=$root/fuzz/dict/edf.dict" ;;
    montage_json) echo "-dict=$root/fuzz/dict/json.dict" ;;
    esac
}

extra_seeds() {
    local formats="$root/../shared/data/eeg/formats"
    if [[ "$1" == recording && -d "$formats" ]]; then echo "$formats"; fi
}

max_len() {
    case "$1" in
    recording) echo "-max_len=65536" ;;  # the shared files are megabytes: their first 64 KB
    workspace) echo "-max_len=262144" ;;
    esac
}

mkdir -p "$build/logs"
for target in "${targets[@]}"; do
    corpus="$build/corpus/$target"
    findings="$build/findings/$target"
    mkdir -p "$corpus" "$findings"
    echo "fuzzing $target for $seconds s"
    # UBSan findings stop the input (-fno-sanitize-recover); fork mode keeps fuzzing after each.
    UBSAN_OPTIONS=print_stacktrace=1 ASAN_OPTIONS=detect_leaks=1 \
        "$build/fuzz/fuzz_$target" -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
        -max_total_time="$seconds" -timeout=20 -rss_limit_mb=4096 \
        -artifact_prefix="$findings/" $(dictionary "$target") $(max_len "$target") \
        "$corpus" "$root/fuzz/corpus/$target" $(extra_seeds "$target") \
        >"$build/logs/$target.log" 2>&1 || true
done

echo
echo "target        last status line (executions, coverage, corpus, oom/timeout/crash), findings"
for target in "${targets[@]}"; do
    status="$(grep -E '^#[0-9]+' "$build/logs/$target.log" | tail -1 || true)"
    found="$(find "$build/findings/$target" -type f | wc -l)"
    printf '%-13s %s; %s files in findings\n' "$target" "${status:-no status line}" "$found"
done
