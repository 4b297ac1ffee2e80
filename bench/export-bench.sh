#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Export benchmark (run on demand; prints figures). Generates a course of 2,000 slides with
# over 1,000 questions and 1 GB of media, then times in one run:
#   capsule-cli export (SCORM 1.2)   vs   cp of the same media bytes   vs   zip -r of the export
# and prints the ratios (targets: export <= 1.3x the copy, <= 0.5x zip -r) and the player's
# gzipped size (target <= 40 KB).
#   bench/export-bench.sh [BUILD_DIR] [MEDIA_MB]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$root/build}"
media_mb="${2:-1024}"
work="$(mktemp -d "${TMPDIR:-/tmp}/capsule-export-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT

cmake --build "$build" --target capsule-bench-generate capsule-cli >/dev/null
"$build/bench/capsule-bench-generate" --slides 2000 --media-mb "$media_mb" \
    --media-dir "$work/media" -o "$work/large.capsule"

# Each timing ends with `sync`, so every tool is measured until its bytes are on disk (a copy
# that only reached the page cache is not finished), starts from a clean cache state, and is
# the median of three rounds.
seconds() { local start end; sync; start=$(date +%s.%N); "$@" >/dev/null 2>&1; sync; end=$(date +%s.%N); echo "$end - $start" | bc -l; }
median() { printf '%s\n' "$@" | sort -g | sed -n 2p; }

# Warm the page cache for every input so each timing measures the tool, not the first read.
cat "$work/large.capsule" "$work"/media/* >/dev/null
mkdir -p "$work/unzipped"
exports=(); copies=(); zips=()
for round in 1 2 3; do
    rm -rf "$work/out.zip" "$work/copy" "$work/zip-r.zip"
    exports+=("$(seconds "$build/app/capsule-cli" export --format scorm12 -o "$work/out.zip" "$work/large.capsule")")
    mkdir -p "$work/copy"
    copies+=("$(seconds cp -r "$work/media/." "$work/copy/")")
    if (( round == 1 )); then (cd "$work/unzipped" && unzip -q "$work/out.zip"); fi
    zips+=("$(cd "$work/unzipped" && seconds zip -r -q "$work/zip-r.zip" .)")
done
t_export=$(median "${exports[@]}"); t_copy=$(median "${copies[@]}"); t_zip=$(median "${zips[@]}")

player_gz=$(cd "$root/resources/player" && for f in *.html *.css *.js; do gzip -9 -c "$f" | wc -c; done | paste -sd+ | bc)

printf 'media:                %d MB in %s files\n' "$media_mb" "$(ls "$work/media" | wc -l)"
printf 'package:              %.1f MB\n' "$(echo "$(stat -c %s "$work/out.zip") / 1048576" | bc -l)"
printf 'capsule-cli export:   %6.2f s\n' "$t_export"
printf 'cp of the media:      %6.2f s   export / cp     = %.2f (target <= 1.3)\n' "$t_copy" "$(echo "$t_export / $t_copy" | bc -l)"
printf 'zip -r of the export: %6.2f s   export / zip -r = %.2f (target <= 0.5)\n' "$t_zip" "$(echo "$t_export / $t_zip" | bc -l)"
printf 'player gzipped:       %.1f KB (target <= 40)\n' "$(echo "$player_gz / 1024" | bc -l)"
