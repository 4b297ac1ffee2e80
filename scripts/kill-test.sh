#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Crash-safety of saves and exports (issue #10): kills `capsule-cli new` and `capsule-cli export`
# with SIGKILL at random points, N times, and checks after every kill that the target is either
# the old or the new complete file (`capsule-cli info` / `unzip -t` accept it, and it is one of
# the two expected versions), that nothing but our own `<target>.tmp-XXXXXX` files is ever left
# beside it, and that once those are stale the next successful save removes them all.
#   scripts/kill-test.sh [N] [CAPSULE_CLI]      (default: 200, build/app/capsule-cli)
# CI runs a short version (N=20) as the ctest test `cli:kill-test`.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rounds="${1:-200}"
cli="${2:-$root/build/app/capsule-cli}"
work="$(mktemp -d "${TMPDIR:-/tmp}/capsule-kill-test.XXXXXX")"
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen

fail() { echo "kill-test: FAIL (round $round): $*" >&2; exit 1; }
now_ms() { date +%s%3N; }
digest() { sha256sum "$1" | cut -d' ' -f1; }
media_bytes() { "$cli" info --json "$1" | sed -n 's/^ *"bytes": *\([0-9]*\).*/\1/p' | head -1; }

# The two versions of each target. `new` gives each project a fresh id, so the projects are
# told apart by their content (blank: no media; sample: several); exports are byte-for-byte
# deterministic, so the two packages (scorm12, web) are told apart by their digest.
round=0
"$cli" new --template blank "$work/blank.capsule" >/dev/null
"$cli" new --template sample "$work/sample.capsule" >/dev/null
blank_media="$(media_bytes "$work/blank.capsule")"
sample_media="$(media_bytes "$work/sample.capsule")"
[[ -n "$blank_media" && -n "$sample_media" && "$blank_media" != "$sample_media" ]] \
    || fail "cannot tell the templates apart ($blank_media / $sample_media media bytes)"
declare -A package_digest duration_ms
for format in scorm12 web; do
    start=$(now_ms)
    "$cli" export --format "$format" -o "$work/ref-$format.zip" "$work/sample.capsule" >/dev/null
    duration_ms[$format]=$(( $(now_ms) - start ))
    package_digest[$format]="$(digest "$work/ref-$format.zip")"
done
start=$(now_ms)
"$cli" new --template sample "$work/timing.capsule" >/dev/null
duration_ms[new]=$(( $(now_ms) - start ))

project="$work/target/course.capsule"
package="$work/target/package.zip"
mkdir -p "$work/target"

# Only the targets and our own temporary files may ever be in the folder.
check_folder() {
    local name
    for name in $(ls -A "$work/target"); do
        case "$name" in
            course.capsule|package.zip) ;;
            course.capsule.tmp-[a-z0-9][a-z0-9][a-z0-9][a-z0-9][a-z0-9][a-z0-9]) ;;
            package.zip.tmp-[a-z0-9][a-z0-9][a-z0-9][a-z0-9][a-z0-9][a-z0-9]) ;;
            *) fail "unexpected file $name" ;;
        esac
    done
}

check_project() { # the project is absent (never saved yet) or a complete blank or sample course
    [[ -e "$project" ]] || { [[ "$project_saved" == 0 ]] && return 0; fail "project vanished"; }
    unzip -tq "$project" >/dev/null 2>&1 || fail "unzip -t refuses the project"
    local n; n="$(media_bytes "$project")" || fail "capsule-cli info refuses the project"
    [[ "$n" == "$blank_media" || "$n" == "$sample_media" ]] || fail "project with $n media bytes"
    project_saved=1
}

check_package() { # the package is absent (never exported yet) or one of the two complete ones
    [[ -e "$package" ]] || { [[ "$package_saved" == 0 ]] && return 0; fail "package vanished"; }
    unzip -tq "$package" >/dev/null 2>&1 || fail "unzip -t refuses the package"
    local d; d="$(digest "$package")"
    [[ "$d" == "${package_digest[scorm12]}" || "$d" == "${package_digest[web]}" ]] \
        || fail "the package is neither the old nor the new one"
    package_saved=1
}

project_saved=0
package_saved=0
killed=0
for (( round = 1; round <= rounds; round++ )); do
    if (( RANDOM % 2 )); then
        template=$([[ $(( RANDOM % 2 )) == 0 ]] && echo blank || echo sample)
        command=("$cli" new --template "$template" "$project")
        span=${duration_ms[new]}
    else
        format=$([[ $(( RANDOM % 2 )) == 0 ]] && echo scorm12 || echo web)
        command=("$cli" export --format "$format" -o "$package" "$work/sample.capsule")
        span=${duration_ms[$format]}
    fi
    # A random point from the start to a little past the usual end.
    delay_ms=$(( RANDOM % (span * 12 / 10 + 1) ))
    "${command[@]}" >/dev/null 2>&1 &
    pid=$!
    sleep "$(( delay_ms / 1000 )).$(printf '%03d' $(( delay_ms % 1000 )))"
    if kill -9 "$pid" 2>/dev/null; then killed=$(( killed + 1 )); fi
    wait "$pid" 2>/dev/null || true
    check_folder
    check_project
    check_package
done

leftovers=$(ls -A "$work/target" | grep -c '\.tmp-' || true)

# Fresh leftovers may be saves in progress: the next save keeps them. Once stale (10 minutes
# without a write), the next successful save of the same target removes every one.
if (( leftovers > 0 )); then
    find "$work/target" -name '*.tmp-*' -exec touch -d '-11 minutes' {} +
fi
"$cli" new --template blank "$project" >/dev/null
"$cli" export --format scorm12 -o "$package" "$work/sample.capsule" >/dev/null
project_saved=1 package_saved=1
check_project
check_package
survivors=$(ls -A "$work/target" | grep '\.tmp-' || true)
[[ -z "$survivors" ]] || fail "temporary files survived the next save: $survivors"

echo "kill-test: $rounds rounds, $killed killed mid-run, $leftovers temporary files left by" \
     "kills, all removed by the next save; every target was the old or the new complete file"
