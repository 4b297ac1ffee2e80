#!/bin/sh
# SPDX-License-Identifier: MIT
# Regenerates the media fixtures of tests/core/MediaImporterTests.cpp (needs ffmpeg with
# libx264, libvpx, libwebp, libmp3lame and libvorbis). The tests check the sizes and durations
# below, not the exact bytes, so a different ffmpeg version is fine.
set -eu
cd "$(dirname "$0")"
ff() { ffmpeg -hide_banner -loglevel error -y "$@"; }

ff -f lavfi -i testsrc=duration=1:size=160x120:rate=10 -pix_fmt yuv420p -c:v libx264 -an \
   -movflags +faststart clip.mp4                         # moov before mdat
ff -f lavfi -i testsrc=duration=1:size=160x120:rate=10 -pix_fmt yuv420p -c:v libx264 -an \
   clip-moov-last.mp4                                    # moov after mdat
ff -f lavfi -i testsrc=duration=1:size=160x120:rate=10 -pix_fmt yuv420p -c:v libvpx-vp9 \
   -b:v 50k clip.webm
ff -f lavfi -i testsrc=size=64x48 -frames:v 1 image.png
ff -f lavfi -i testsrc=size=80x60 -frames:v 1 -q:v 8 image.jpg
ff -f lavfi -i testsrc=size=32x24 -frames:v 1 image.gif
ff -f lavfi -i testsrc=size=40x30 -frames:v 1 -c:v libwebp image.webp
ff -f lavfi -i testsrc=size=40x30 -frames:v 1 -c:v libwebp -lossless 1 image-lossless.webp
ff -f lavfi -i sine=frequency=440:duration=1 -c:a libmp3lame -b:a 32k tone.mp3
ff -f lavfi -i sine=frequency=440:duration=1 -c:a libvorbis tone.ogg
ff -f lavfi -i sine=frequency=440:duration=1 -c:a aac -b:a 32k tone.m4a
# image.svg (120 x 80) and captions.vtt (2 cues) are written by hand.
