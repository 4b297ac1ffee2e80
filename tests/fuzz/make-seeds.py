#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Writes the seed corpora of course_xml and capsule_file from the sample course and the test
media, so that they can be remade after a format change. Usage (from the checkout root):
    python3 tests/fuzz/make-seeds.py PATH/TO/capsule-cli
Every seed it writes is opened with `capsule-cli info` where it is a project."""
import hashlib
import pathlib
import re
import subprocess
import sys
import tempfile
import warnings
import zipfile

root = pathlib.Path(__file__).resolve().parents[2]
cli = sys.argv[1]
corpus = root / "tests/fuzz/corpus"
sample = (root / "resources/templates/sample/course.xml").read_text(encoding="utf-8")

head = sample[: sample.index("  <section")]
# The sample's translations (format 5) would make every seed large: one seed keeps a few.
languages = re.search(r"  <languages>.*?</languages>\n", head, re.S).group(0)
head = head.replace(languages, "")
few_units = "".join(re.findall(r"      <unit .*?</unit>\n", languages, re.S)[:8])
small_languages = ('  <languages>\n    <language code="en">\n' + few_units
                   + '    </language>\n    <language code="de" />\n  </languages>\n')
media_block = sample[sample.index("  <media>") : sample.index("</capsule>")]
slides = re.findall(r"    <slide .*?</slide>\n", sample, re.S)


def course(slide_texts, media=media_block, course_id="fuzz-seed"):
    header = re.sub(r' id="[^"]*"', f' id="{course_id}"', head, count=1)
    if media != media_block:  # the sample's theme logo is not among other media
        header = re.sub(r' logo="[^"]*"', "", header)
    body = '  <section id="s1">\n    <title>Section</title>\n' + "".join(slide_texts) + "  </section>\n"
    return header + body + media + "</capsule>\n"


def slides_where(pattern):
    return [s for s in slides if re.search(pattern, s)]


# Question slides without pictures (drag-and-drop and hotspot ones use the sample's media).
plain_questions = [s for s in slides_where(r'kind="question"') if ' image="' not in s]


xml_dir = corpus / "course_xml"
video_only = (root / "tests/data/video-only/course.xml").read_text(encoding="utf-8")
xml_seeds = {
    "sample.xml": sample,
    "video-only.xml": video_only,
    "content.xml": course(slides_where(r'kind="(content|result)"')),
    "languages.xml": course(slides_where(r'kind="(content|result)"')).replace(
        "  <section", small_languages + "  <section", 1),
    "questions-choice.xml": course(slides_where(r'type="(single-choice|multiple-response|true-false)"')),
    "questions-order.xml": course(slides_where(r'type="(matching|sequencing)"')),
    "questions-text.xml": course(slides_where(r'type="(fill-in|numeric|open-text|likert)"')),
}
for name, text in xml_seeds.items():
    (xml_dir / name).write_text(text, encoding="utf-8")

# Projects: capsule-cli's blank one, and small ones in the layout ZipWriter writes.
cap_dir = corpus / "capsule_file"
media_dir = root / "tests/data/media"


def asset(path, mime, extra=""):
    data = path.read_bytes()
    sha = hashlib.sha256(data).hexdigest()
    ext = path.suffix.lstrip(".")
    line = (f'    <asset id="{sha}" fileName="{path.name}" mimeType="{mime}" '
            f'byteSize="{len(data)}"{extra} />\n')
    return sha, ext, data, line


png = asset(media_dir / "image.png", "image/png", ' width="16" height="16"')
vtt = asset(media_dir / "captions.vtt", "text/vtt")
mp4 = asset(media_dir / "clip.mp4", "video/mp4")
small_media = [png, vtt, mp4]
image_slide = (
    '    <slide id="img" kind="content">\n      <title>Image</title>\n'
    f'      <block type="image" image="{png[0]}">\n        <altText>A square</altText>\n'
    "      </block>\n    </slide>\n")
video_slide = (
    '    <slide id="vid" kind="video">\n      <title>Video</title>\n'
    f'      <video asset="{mp4[0]}" poster="{png[0]}" requiredWatchedPercent="50">\n'
    f'        <track asset="{vtt[0]}" language="en">English</track>\n      </video>\n'
    "    </slide>\n")


def fixed_time(name):  # the same seeds on every run
    return zipfile.ZipInfo(name, date_time=(2000, 1, 1, 0, 0, 0))


def write_project(name, xml, assets, deflate_media=False):
    with zipfile.ZipFile(cap_dir / name, "w") as z:
        z.writestr(fixed_time("course.xml"), xml, compress_type=zipfile.ZIP_DEFLATED)
        for sha, ext, data, _ in sorted(assets):
            kind = zipfile.ZIP_DEFLATED if deflate_media else zipfile.ZIP_STORED
            z.writestr(fixed_time(f"media/{sha}.{ext}"), data, compress_type=kind)


media_xml = "  <media>\n" + "".join(a[3] for a in sorted(small_media)) + "  </media>\n"
write_project("media.capsule", course([image_slide, video_slide], media_xml), small_media)
write_project("media-deflated.capsule", course([video_slide], media_xml), small_media, True)
write_project("questions.capsule",
              course(plain_questions, "  <media />\n"), [])
if not (cap_dir / "blank.capsule").exists():  # its course id is new on every run
    subprocess.run([cli, "new", "--template", "blank", str(cap_dir / "blank.capsule")], check=True)


# The same projects as lists of entries, which FuzzCapsuleFile.cpp packs with correct CRC-32s.
def write_parts(name, xml, assets):
    parts = xml.encode("utf-8")
    for sha, ext, data, _ in sorted(assets):
        parts += f"\n@@entry media/{sha}.{ext}\n".encode() + data
    (cap_dir / name).write_bytes(parts)
    with tempfile.TemporaryDirectory() as work:  # the project they describe must open
        project = pathlib.Path(work) / "p.capsule"
        with zipfile.ZipFile(project, "w") as z:
            z.writestr("course.xml", xml)
            for sha, ext, data, _ in sorted(assets):
                z.writestr(f"media/{sha}.{ext}", data)
        subprocess.run([cli, "info", str(project)], check=True, stdout=subprocess.DEVNULL)


write_parts("media.parts", course([image_slide, video_slide], media_xml), small_media)
write_parts("questions.parts", course(plain_questions, "  <media />\n"), [])

for project in sorted(cap_dir.glob("*.capsule")):
    if not project.name.startswith("hostile-"):
        subprocess.run([cli, "info", str(project)], check=True, stdout=subprocess.DEVNULL)
with tempfile.TemporaryDirectory() as work:
    for name in xml_seeds:
        project = pathlib.Path(work) / "p.capsule"
        with zipfile.ZipFile(project, "w") as z:
            z.writestr("course.xml", (xml_dir / name).read_text(encoding="utf-8"))
        # Media are absent here, so only the document's own errors are of interest.
        result = subprocess.run([cli, "info", str(project)], capture_output=True, text=True)
        if "course.xml" in result.stderr and "media/" not in result.stderr:
            sys.exit(f"{name}: {result.stderr}")
# Hostile files of issue #10, small enough for the tree: each must be refused cleanly.
questions_xml = course(plain_questions, "  <media />\n")
bomb = cap_dir / "hostile-lying-size.capsule"  # course.xml declares 26950 bytes, inflates to 2 MB
with zipfile.ZipFile(bomb, "w") as z:
    z.writestr(fixed_time("course.xml"), questions_xml + " " * (2 << 20),
               compress_type=zipfile.ZIP_DEFLATED)
data = bytearray(bomb.read_bytes())
real = (len(questions_xml.encode()) + (2 << 20)).to_bytes(4, "little")
for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
    at = data.index(signature) + offset
    assert data[at:at + 4] == real
    data[at:at + 4] = (26950).to_bytes(4, "little")
bomb.write_bytes(bytes(data))
warnings.simplefilter("ignore", UserWarning)  # the duplicate name is the point
with zipfile.ZipFile(cap_dir / "hostile-directory-and-duplicate.capsule", "w") as z:
    z.writestr(fixed_time("course.xml"), questions_xml)
    z.writestr(fixed_time("media/"), b"")
    z.writestr(fixed_time("course.xml"), questions_xml)
(xml_dir / "hostile-doctype.xml").write_text(
    '<?xml version="1.0"?>\n<!DOCTYPE capsule [<!ENTITY e "&#x41;">]>\n'
    + video_only[video_only.index("<capsule"):].replace("<author>Capsule tests", "<author>&e;"),
    encoding="utf-8")
(xml_dir / "hostile-invalid-utf8.xml").write_bytes(
    video_only.encode("utf-8").replace("minute".encode(), b"min\xc3\x28te", 1))
for project in sorted(cap_dir.glob("hostile-*.capsule")):
    result = subprocess.run([cli, "info", str(project)], capture_output=True, text=True)
    assert result.returncode == 1 and project.name in result.stderr, result.stderr
print("seeds written")
