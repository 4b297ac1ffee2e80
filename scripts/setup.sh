#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs what is missing on Debian 12 (as root, or with sudo), then configures and builds
# Capsule in ./build. Idempotent and quick when everything is already there.
#   scripts/setup.sh [--tests]      --tests also installs the test tools (chromium, npm deps)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
want_tests=0
[[ "${1:-}" == "--tests" ]] && want_tests=1

packages=(
    cmake ninja-build g++ pkg-config git
    qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-multimedia-dev qt6-svg-dev qt6-webengine-dev
    gstreamer1.0-plugins-good gstreamer1.0-libav gstreamer1.0-plugins-bad
    libzip-dev libpugixml-dev libssl-dev catch2
    libhunspell-dev hunspell-fr hunspell-en-us
    xvfb xauth ccache esbuild
)
if (( want_tests )); then
    packages+=(libxml2-utils python3 chromium clang-format zip unzip)
    # XLIFF interoperability (tests/translation/TranslateToolkitTests.cpp): xliff2po.
    packages+=(translate-toolkit)
    # The package test (scripts/package-test.sh): cpack's dpkg-shlibdeps, desktop checks.
    packages+=(dpkg-dev desktop-file-utils appstream xdg-utils shared-mime-info libglib2.0-bin)
    command -v node >/dev/null 2>&1 || packages+=(nodejs)
    command -v npm >/dev/null 2>&1 || packages+=(npm)
    # The fuzz targets (tests/fuzz, scripts/fuzz.sh): clang and its libFuzzer runtime.
    packages+=(clang libclang-rt-14-dev)
fi

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" \
        || missing+=("$package")
done
if (( ${#missing[@]} )); then
    echo "==> Installing: ${missing[*]}"
    sudo_cmd=()
    (( EUID == 0 )) || sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if (( want_tests )); then
    # The end-to-end tests drive Debian's chromium with playwright-core against scorm-again.
    e2e="$root/tests/e2e"
    stamp="$e2e/node_modules/.capsule-lock-stamp"
    if [[ ! -f "$stamp" ]] || ! cmp -s "$e2e/package-lock.json" "$stamp"; then
        echo "==> Installing the end-to-end test tools (npm ci)"
        (cd "$e2e" && npm ci --no-audit --no-fund --loglevel=error)
        cp "$e2e/package-lock.json" "$stamp"
    fi
fi

build="$root/build"
cmake_args=(-S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
            "-DCAPSULE_BUILD_TESTS=$([[ $want_tests == 1 ]] && echo ON || echo OFF)")
if [[ "${CAPSULE_WERROR:-}" == ON ]]; then cmake_args+=(-DCAPSULE_WERROR=ON); fi
if command -v ccache >/dev/null 2>&1; then cmake_args+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi
echo "==> Configuring"
cmake "${cmake_args[@]}" >/dev/null
echo "==> Building (this takes a few minutes the first time)"
cmake --build "$build" -j"$(nproc)"
