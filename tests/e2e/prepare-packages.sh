#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Exports the packages the end-to-end scenarios run on, with the real capsule-cli, validates
# every SCORM package with ADL's schemas (validate-package) and unpacks them:
#   prepare-packages.sh CAPSULE_CLI VALIDATE_PACKAGE WORK_DIR
# WORK_DIR/<course>-<format>/ holds each unpacked package.
set -euo pipefail
cli="$1"; validate="$2"; work="$3"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

rm -rf "$work"
mkdir -p "$work"

"$cli" new --template sample "$work/sample.capsule" >/dev/null

# A .capsule is a zip of course.xml and media/<sha256>.<ext>: assemble the video-only one.
python3 - "$root" "$work/video.capsule" <<'PY'
import re, sys, zipfile
root, target = sys.argv[1], sys.argv[2]
xml = open(f"{root}/tests/data/video-only/course.xml", encoding="utf-8").read()
with zipfile.ZipFile(target, "w") as z:
    z.writestr("course.xml", xml, compress_type=zipfile.ZIP_DEFLATED)
    for sha, ext in sorted(set(re.findall(r'<asset id="([0-9a-f]{64})"[^>]*fileName="[^"]*\.(\w+)"', xml))):
        name = f"media/{sha}.{ext}"
        z.write(f"{root}/resources/templates/sample/{name}", name)
PY
"$cli" check "$work/video.capsule" >/dev/null

# The long quiz (50 graded questions, 3 attempts) for leaving through the LMS's navigation
# (lms-leave.mjs), and the sample course with "let the LMS judge by score" chosen.
zip_course() { # course.xml [media dir] -> .capsule
    python3 - "$@" <<'PY'
import os, sys, zipfile
xml, target = sys.argv[1], sys.argv[2]
media = sys.argv[3] if len(sys.argv) > 3 else None
with zipfile.ZipFile(target, "w") as z:
    z.write(xml, "course.xml", compress_type=zipfile.ZIP_DEFLATED)
    for name in sorted(os.listdir(media)) if media else []:
        z.write(os.path.join(media, name), "media/" + name)
PY
}
node "$root/tests/e2e/lib/long-course.mjs" "$work/long.xml" --questions 50
zip_course "$work/long.xml" "$work/long.capsule"
"$cli" check "$work/long.capsule" >/dev/null
# The sample course with completion "quiz passed" and the LMS judging by score.
mkdir -p "$work/judged"
(cd "$work/judged" && unzip -q "$work/sample.capsule")
sed -i -e 's/completion="both"/completion="quiz-passed"/' \
       -e 's/scorm12Reporting="passed-failed"/scorm12Reporting="passed-failed" lmsJudgesByScore="true"/' "$work/judged/course.xml"
grep -q 'lmsJudgesByScore="true"' "$work/judged/course.xml"
zip_course "$work/judged/course.xml" "$work/judged.capsule" "$work/judged/media"
"$cli" check "$work/judged.capsule" >/dev/null

for course in sample video long judged; do
    for format in scorm12 scorm2004 web; do
        case "$course:$format" in long:web | judged:web) continue ;; esac
        package="$work/$course-$format.zip"
        "$cli" export --format "$format" -o "$package" "$work/$course.capsule" >/dev/null 2>"$work/$course-$format.warnings"
        case "$format" in
            scorm12) bash "$validate" --expect 1.2 "$package" ;;
            scorm2004) bash "$validate" --expect 2004-4th "$package" ;;
        esac
        mkdir -p "$work/$course-$format"
        (cd "$work/$course-$format" && unzip -q "$package")
    done
done
# The sample in all its languages (export --lang all: French, and English once translated):
# one package where the player starts in the learner's language (tests/e2e/languages.mjs).
for format in scorm12 scorm2004 web; do
    package="$work/sample-all-$format.zip"
    "$cli" export --format "$format" --lang all -o "$package" "$work/sample.capsule" >/dev/null 2>"$work/sample-all-$format.warnings"
    case "$format" in
        scorm12) bash "$validate" --expect 1.2 "$package" ;;
        scorm2004) bash "$validate" --expect 2004-4th "$package" ;;
    esac
    mkdir -p "$work/sample-all-$format"
    (cd "$work/sample-all-$format" && unzip -q "$package")
done
# The sample pseudo-translated into German (accented letters, 40 % longer: what a translation
# does to the layout) and exported in it: learner-ui.mjs walks it at 360 px (no sideways overflow).
"$cli" xliff pseudo --lang de -o "$work/pseudo.capsule" "$work/sample.capsule" >/dev/null
package="$work/pseudo-scorm2004.zip"
"$cli" export --format scorm2004 --lang de -o "$package" "$work/pseudo.capsule" >/dev/null 2>"$work/pseudo-scorm2004.warnings"
bash "$validate" --expect 2004-4th "$package"
mkdir -p "$work/pseudo-scorm2004"
(cd "$work/pseudo-scorm2004" && unzip -q "$package")
echo "e2e packages ready in $work"
