#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the libFuzzer targets of tests/fuzz (clang, -DCAPSULE_FUZZ=ON, in build-fuzz/) and runs
# them one after the other, each on its seed corpus and dictionary:
#   scripts/fuzz.sh SECONDS [TARGET...]     fuzz each target for SECONDS (default: all targets)
#   scripts/fuzz.sh --runs N [TARGET...]    the CI regression check: the corpus, then N inputs
# New corpus entries go to build-fuzz/work/TARGET/ (never into the tree; a --runs check starts
# from the seeds alone in build-fuzz/work/regression/), crashes to build-fuzz/work/crashes/. Prints the runs of each target; exits 1 if one of them failed.
# See tests/fuzz/README.md for what to do with a crash.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$root/build-fuzz"
work="$build/work"

usage() {
    echo "usage: scripts/fuzz.sh SECONDS [TARGET...] | scripts/fuzz.sh --runs N [TARGET...]" >&2
    exit 2
}
limit=()
regression=0
if [[ "${1:-}" == "--runs" ]]; then
    [[ "${2:-}" =~ ^[0-9]+$ ]] || usage
    limit=(-runs="$2" -seed=1) # a fixed seed: the same inputs on every CI run
    regression=1
    shift 2
else
    [[ "${1:-}" =~ ^[0-9]+$ ]] || usage
    limit=(-max_total_time="$1")
    shift
fi

export CCACHE_BASEDIR="$root" CCACHE_NOHASHDIR=1
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCAPSULE_FUZZ=ON \
      -DCAPSULE_WERROR=ON -DCMAKE_CXX_COMPILER=clang++ \
      $(command -v ccache >/dev/null && echo -DCMAKE_CXX_COMPILER_LAUNCHER=ccache) >/dev/null
cmake --build "$build" -j"$(nproc)" --target fuzzers >/dev/null

targets=("$@")
if (( ${#targets[@]} == 0 )); then
    for binary in "$build"/fuzzers/fuzz_*; do
        targets+=("$(basename "$binary" | sed 's/^fuzz_//')")
    done
fi

mkdir -p "$work/crashes"
failed=0
summary=()
for target in "${targets[@]}"; do
    binary="$build/fuzzers/fuzz_$target"
    seeds="$root/tests/fuzz/corpus/$target"
    [[ -x "$binary" && -d "$seeds" ]] || { echo "unknown fuzz target: $target" >&2; exit 2; }
    dict=()
    [[ -f "$root/tests/fuzz/$target.dict" ]] && dict=(-dict="$root/tests/fuzz/$target.dict")
    # A regression run starts from the tree's seeds alone; a fuzzing session keeps what
    # earlier sessions found.
    corpus="$work/$target"
    (( regression )) && corpus="$work/regression/$target" && rm -rf "$corpus"
    mkdir -p "$corpus"
    log="$work/$target.log"
    echo "==> fuzz $target (${limit[0]})"
    # -timeout: an input that takes this long is a finding (unbounded work on hostile input).
    # The first corpus directory receives the new entries; the tree's seeds are only read.
    status=0
    started=$SECONDS
    nice "$binary" "${limit[@]}" "${dict[@]}" -timeout=30 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$work/crashes/$target-" \
        "$corpus" "$seeds" >"$log" 2>&1 || status=$?
    runs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")"
    elapsed=$((SECONDS - started))
    entries="$(find "$corpus" -type f | wc -l)"
    if (( status == 0 )); then
        result=ok
    else
        result="FAILED (exit $status, see $log)"
        failed=1
        grep -E '^(==[0-9]+==ERROR|SUMMARY|.*runtime error)|Test unit written' "$log" >&2 || tail -20 "$log" >&2
    fi
    summary+=("$(printf '%-16s %12s runs in %5s s %6s work-corpus entries  %s' \
        "$target" "${runs:-?}" "$elapsed" "$entries" "$result")")
done

echo "==> Fuzzing summary"
printf '%s\n' "${summary[@]}"
exit "$failed"
