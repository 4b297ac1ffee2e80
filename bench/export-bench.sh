#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Export benchmark (run on demand; prints figures). Generates a course of 2,000 slides with
# over 1,000 questions and 1 GB of media, then times in one run:
#   capsule-cli export (SCORM 1.2)   vs   cp of the same media bytes   vs   zip -r of the export
# and prints the ratios (targets: export <= 1.3x the copy, <= 0.5x zip -r) and the player's
# gzipped size as shipped, minified by the build (target <= 40 KB). Needs about 3.5 GB free under $TMPDIR (the media, the
# project, one package and one copy at a time).
#   [ROUNDS=7] [SKIP_ZIP=1] bench/export-bench.sh [BUILD_DIR] [MEDIA_MB]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$root/build}"
media_mb="${2:-1024}"
work="$(mktemp -d "${TMPDIR:-/tmp}/capsule-export-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT

cmake --build "$build" --target capsule-bench-generate capsule-cli >/dev/null
"$build/bench/capsule-bench-generate" --slides 2000 --media-mb "$media_mb" \
    --media-dir "$work/media" -o "$work/large.capsule"

# Each timing ends with an fsync of what the tool wrote (`sync FILE...`), so every tool is
# measured until its bytes are on disk (a copy that only reached the page cache is not
# finished); a global `sync` before it starts from a clean state. Syncing only the outputs
# keeps other processes' dirty pages out of the figure (a global `sync` at the end would wait
# for whatever the rest of the machine is writing).
# Export and cp alternate, round after round (which one goes first alternates too), and the
# figure is the median of the per-round ratios: a noisy neighbour slows both sides of a round
# alike, so the ratio stays stable where a median of each tool's times would not.
# seconds OUTPUT COMMAND...: OUTPUT is the file, or the folder whose files, the command writes.
seconds() {
    local output="$1" start end; shift
    sync; start=$(date +%s.%N)
    "$@" >/dev/null 2>&1
    if [[ -d "$output" ]]; then find "$output" -type f -exec sync {} +; sync "$output"; else sync "$output"; fi
    end=$(date +%s.%N); echo "$end - $start" | bc -l
}
median() {
    printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
rounds="${ROUNDS:-7}"

# Warm the page cache for every input so each timing measures the tool, not the first read.
cat "$work/large.capsule" "$work"/media/* >/dev/null
exports=(); copies=(); ratios=()
time_export() {
    rm -f "$work/out.zip"
    seconds "$work/out.zip" "$build/app/capsule-cli" export --format scorm12 -o "$work/out.zip" "$work/large.capsule"
}
time_copy() {
    rm -rf "$work/copy"; mkdir -p "$work/copy"
    seconds "$work/copy" cp -r "$work/media/." "$work/copy/"
}
for (( round = 1; round <= rounds; round++ )); do
    if (( round % 2 )); then
        e=$(time_export); c=$(time_copy)
    else
        c=$(time_copy); e=$(time_export)
    fi
    exports+=("$e"); copies+=("$c"); ratios+=("$(echo "$e / $c" | bc -l)")
    printf 'round %d: export %.2f s, cp %.2f s, ratio %.2f\n' "$round" "$e" "$c" "${ratios[-1]}"
done
rm -rf "$work/copy"
t_export=$(median "${exports[@]}"); t_copy=$(median "${copies[@]}"); ratio=$(median "${ratios[@]}")

# zip -r once: it takes 20 times longer than the rest, and its target is far away.
# SKIP_ZIP=1 leaves it out.
t_zip=""
if [[ "${SKIP_ZIP:-0}" != 1 ]]; then
    mkdir -p "$work/unzipped"
    (cd "$work/unzipped" && unzip -q "$work/out.zip")
    t_zip=$(cd "$work/unzipped" && seconds "$work/zip-r.zip" zip -r -q "$work/zip-r.zip" .)
    rm -rf "$work/unzipped" "$work/zip-r.zip"
fi

player_gz=$(cd "$build/resources/player" && for f in *.html *.css *.js; do gzip -9 -c "$f" | wc -c; done | paste -sd+ | bc)

printf 'media:                %d MB in %s files\n' "$media_mb" "$(ls "$work/media" | wc -l)"
printf 'package:              %.1f MB\n' "$(echo "$(stat -c %s "$work/out.zip") / 1048576" | bc -l)"
printf 'capsule-cli export:   %6.2f s   (median of %d rounds)\n' "$t_export" "$rounds"
printf 'cp of the media:      %6.2f s   export / cp     = %.2f (median of the per-round ratios; target <= 1.3)\n' "$t_copy" "$ratio"
if [[ -n "$t_zip" ]]; then
    printf 'zip -r of the export: %6.2f s   export / zip -r = %.2f (target <= 0.5)\n' "$t_zip" "$(echo "$t_export / $t_zip" | bc -l)"
fi
printf 'player gzipped:       %.1f KB (target <= 40)\n' "$(echo "$player_gz / 1024" | bc -l)"
