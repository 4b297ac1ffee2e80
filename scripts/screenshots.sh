#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Regenerates docs/screenshots/editor-*.png: builds capsule-screenshots if needed and runs it
# under Xvfb on the sample course (English views, then the main view in French).
#   scripts/screenshots.sh [BUILD_DIR]      (default: build)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build}"
case "$build" in /*) ;; *) build="$root/$build" ;; esac

if [ ! -f "$build/build.ninja" ] && [ ! -f "$build/Makefile" ]; then
    cmake -S "$root" -B "$build" -G Ninja
fi
cmake --build "$build" --target capsule-screenshots -j2

command -v xvfb-run >/dev/null || { echo "xvfb-run is needed (apt-get install xvfb)" >&2; exit 1; }
# Fusion and a fixed scale keep the images the same from one machine to the next.
export QT_QPA_PLATFORM=xcb QT_STYLE_OVERRIDE=Fusion QT_SCALE_FACTOR=1 LANG=C.UTF-8 LANGUAGE=en
xvfb-run -a -s "-screen 0 1400x900x24" \
    "$build/tools/screenshots/capsule-screenshots" "$root/docs/screenshots"
