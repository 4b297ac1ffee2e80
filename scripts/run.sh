#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Sets up and builds Capsule, then opens the sample course in the editor. Without a display,
# exports the sample course (French and English, one package) to SCORM 1.2 instead and prints
# where it is.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/setup.sh"

build="$root/build"
sample="$build/sample/ecoute-active.capsule"
mkdir -p "$build/sample"
[[ -f "$sample" ]] || "$build/app/capsule-cli" new --template sample "$sample"

if [[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]]; then
    if (( EUID == 0 )); then export QTWEBENGINE_DISABLE_SANDBOX=1; fi
    exec "$build/app/capsule" "$sample"
fi

echo "==> No display: exporting the sample course instead of opening the editor"
"$build/app/capsule-cli" info "$sample" | sed -n '1,3p'
# Every language in one package: the learner's LMS language picks French or English.
package="$build/sample/ecoute-active-all-scorm12.zip"
"$build/app/capsule-cli" export --format scorm12 --lang all -o "$package" "$sample"
echo "SCORM 1.2 package (French and English): $package"
