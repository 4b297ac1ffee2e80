#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the Debian package with CPack from a built tree, installs it with apt-get as a user
# would (apt resolves its Depends), checks what a desktop install must provide, then removes
# it again. Needs root or sudo and a throwaway machine (CI); run by scripts/test.sh.
#   scripts/package-test.sh [BUILD_DIR]       default: ./build (already built)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$root/build}"
start=$SECONDS
sudo_cmd=()
(( EUID == 0 )) || sudo_cmd=(sudo)
fail() { echo "package test: $*" >&2; exit 1; }
step() { echo "--> [$((SECONDS - start)) s] $*"; }

work="$(mktemp -d)"
cleanup() {
    rm -rf "$work"
    if dpkg-query -W -f='${Status}' capsule 2>/dev/null | grep -q "ok installed"; then
        "${sudo_cmd[@]}" apt-get -o DPkg::Lock::Timeout=600 remove -y -qq capsule >/dev/null
    fi
}
trap cleanup EXIT
# A machine that already has the package (an earlier run) must test this build's.
cleanup
work="$(mktemp -d)"
chmod 755 "$work" # apt's _apt user reads the .deb from here

step "cpack -G DEB"
(cd "$build" && cpack -G DEB -B "$work/cpack" >/dev/null) || fail "cpack failed"
deb="$(ls "$work"/cpack/capsule_*.deb 2>/dev/null | head -n1)"
[[ -n "$deb" ]] || fail "cpack wrote no capsule_*.deb"
cp "$deb" "$work/"
deb="$work/$(basename "$deb")"
chmod 644 "$deb"
echo "    $(basename "$deb"), $(du -h "$deb" | cut -f1); Depends: $(dpkg-deb -f "$deb" Depends)"
for needed in libqt6webenginecore6-bin gstreamer1.0-libav gstreamer1.0-plugins-good libqt6svg6 \
              libqt6multimedia6 libzip4 libhunspell; do
    dpkg-deb -f "$deb" Depends | grep -q "$needed" || fail "Depends lacks $needed"
done
# Spelling dictionaries are recommended: the editor runs without them, unchecked.
for wanted in hunspell-fr hunspell-en-us; do
    dpkg-deb -f "$deb" Recommends | grep -q "$wanted" || fail "Recommends lacks $wanted"
done

step "apt-get install ./$(basename "$deb")"
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get -o DPkg::Lock::Timeout=600 \
    install -y -qq --no-install-recommends "$deb" >/dev/null || fail "apt-get install failed"

step "installed files"
for file in /usr/bin/capsule /usr/bin/capsule-cli \
            /usr/share/applications/io.github.capsule.Capsule.desktop \
            /usr/share/metainfo/io.github.capsule.Capsule.metainfo.xml \
            /usr/share/mime/packages/io.github.capsule.Capsule.xml \
            /usr/share/icons/hicolor/scalable/apps/io.github.capsule.Capsule.svg \
            /usr/share/icons/hicolor/16x16/apps/io.github.capsule.Capsule.png \
            /usr/share/icons/hicolor/512x512/apps/io.github.capsule.Capsule.png \
            /usr/share/icons/hicolor/48x48/mimetypes/application-x-capsule.png \
            /usr/share/doc/capsule/copyright /usr/share/doc/capsule/docs/editor.md; do
    [[ -f "$file" ]] || fail "missing $file"
done
if ldd /usr/bin/capsule /usr/bin/capsule-cli | grep -q "not found"; then
    fail "unresolved libraries: $(ldd /usr/bin/capsule | grep 'not found')"
fi

step "capsule-cli and capsule from /usr/bin"
(cd "$work" && /usr/bin/capsule-cli --version) | grep -q "capsule-cli" || fail "capsule-cli --version"
/usr/bin/capsule-cli new --template sample "$work/Course.capsule" >/dev/null
/usr/bin/capsule-cli check "$work/Course.capsule" >/dev/null || fail "the new project is not valid"
QT_QPA_PLATFORM=offscreen /usr/bin/capsule --help | grep -q "Project to open" \
    || fail "the editor does not start"

step "desktop integration"
type="$(xdg-mime query filetype "$work/Course.capsule")"
[[ "$type" == "application/x-capsule" ]] || fail "xdg-mime says $type for a .capsule file"
# The magic: a project renamed without its extension is still recognised.
cp "$work/Course.capsule" "$work/renamed"
if command -v gio >/dev/null 2>&1; then
    gio info -a standard::content-type "$work/renamed" | grep -q "application/x-capsule" \
        || fail "the magic does not recognise a project without its extension"
fi
handler="$(xdg-mime query default application/x-capsule)"
[[ "$handler" == "io.github.capsule.Capsule.desktop" ]] \
    || fail "xdg-mime opens .capsule files with '$handler'"
grep -q '^Exec=capsule %f$' /usr/share/applications/io.github.capsule.Capsule.desktop
desktop-file-validate /usr/share/applications/io.github.capsule.Capsule.desktop \
    || fail "desktop-file-validate"
appstreamcli validate --no-net /usr/share/metainfo/io.github.capsule.Capsule.metainfo.xml \
    >/dev/null || fail "appstreamcli validate"

step "apt-get remove capsule"
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get -o DPkg::Lock::Timeout=600 \
    remove -y -qq capsule >/dev/null
[[ ! -e /usr/bin/capsule-cli ]] || fail "/usr/bin/capsule-cli is still there after removal"
[[ "$(xdg-mime query filetype "$work/Course.capsule")" != "application/x-capsule" ]] \
    || fail "the MIME type outlived the package"
echo "package test passed in $((SECONDS - start)) s"
