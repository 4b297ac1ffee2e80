#!/usr/bin/env bash
# Generates the media of the sample course "Écoute active en relation client" and installs
# them, content-addressed as in a .capsule project (docs/file-format.md §1), as
# media/<sha256>.<ext> next to this script (or into the directory given as $1).
# Everything is drawn from scratch (ImageMagick MVG + ffmpeg filters): no downloads.
# The files are generated under their original names in a temporary directory first; those
# names live on in the fileName attributes of course.xml. The script ends by printing the
# id <-> name mapping and the matching <asset> elements for course.xml's <media>.
#
# Requires (Debian 12): apt-get install ffmpeg imagemagick fonts-dejavu-core
# Output is byte-for-byte reproducible with the same ffmpeg/x264/ImageMagick versions; if a
# re-run changes a file, its id changes too, so course.xml must be updated from the listing.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
MEDIA=${1:-$HERE/media}

# Full paths on purpose: a "convert" earlier in PATH may not be ImageMagick.
IM=/usr/bin/convert
IDENTIFY=/usr/bin/identify
FFMPEG=/usr/bin/ffmpeg
FFPROBE=/usr/bin/ffprobe
FONT_DIR=/usr/share/fonts/truetype/dejavu
SANS="$FONT_DIR/DejaVuSans.ttf"
SANS_BOLD="$FONT_DIR/DejaVuSans-Bold.ttf"

for f in "$IM" "$IDENTIFY" "$FFMPEG" "$FFPROBE" "$SANS" "$SANS_BOLD"; do
    [[ -e $f ]] || { echo "make-media.sh: missing $f (apt-get install ffmpeg imagemagick fonts-dejavu-core)" >&2; exit 1; }
done

NBSP=$'\xc2\xa0' # French typography: non-breaking space before : ? ! and inside « »
NAVY='#1f4e79'
ORANGE='#e07a1f'
# The pictures and the video with words in them are drawn in French (the course's language)
# and in English (*.en.*, used by the sample's English translation): say FR EN prints the
# words of the language being drawn, $lang.
lang=fr
say() { if [[ $lang == en ]]; then printf '%s' "$2"; else printf '%s' "$1"; fi; }
PNG_OPTS=(+strip -depth 8 -define png:exclude-chunk=date,time -define png:compression-level=9)
JPG_OPTS=(+strip -sampling-factor 4:2:0 -interlace none)
# Bit-exact output, no encoder version strings, no metadata.
ENC=(-fflags +bitexact -flags:v +bitexact -map_metadata -1 -map_chapters -1)

WORK=$(mktemp -d /tmp/capsule-media.XXXXXX) # no ":" or "," in it: used in filtergraphs
trap 'rm -rf "$WORK"' EXIT
OUT=$WORK/out # the media under their original names
mkdir -p "$OUT"

###############################################################################
# 1. ecoute-active-schema.png: the 4 steps of active listening (1280x720)
###############################################################################
schema_step() { # cx label line1 line2 number icon
    local cx=$1 cy=318
    cat <<EOF
push graphic-context
  stroke none fill #e8f0f8 circle $cx,$cy $((cx + 92)),$cy
  fill $NAVY circle $cx,$cy $((cx + 74)),$cy
  fill $ORANGE stroke white stroke-width 4 circle $((cx + 54)),$((cy - 54)) $((cx + 74)),$((cy - 54))
  stroke none fill white font "$SANS_BOLD" font-size 22 text-anchor middle
  text $((cx + 54)),$((cy - 46)) "$5"
  fill $NAVY font-size 28 text $cx,478 "$2"
  fill #4f5b69 font "$SANS" font-size 19
  text $cx,516 "$3"
  text $cx,542 "$4"
pop graphic-context
push graphic-context
  translate $cx,$cy
EOF
    case $6 in
    listen) cat <<EOF
  stroke none fill white circle -20,0 -12.5,0
  fill none stroke white stroke-width 7 stroke-linecap round stroke-linejoin round
  path 'M -6.6,-14.9 A 20,20 0 0,1 -6.6,14.9'
  path 'M 2.7,-25.3 A 34,34 0 0,1 2.7,25.3'
  path 'M 12.1,-35.7 A 48,48 0 0,1 12.1,35.7'
EOF
    ;;
    rephrase) cat <<EOF
  fill none stroke white stroke-width 7 stroke-linecap round stroke-linejoin round
  path 'M -26.3,-9.6 A 28,28 0 0,1 24.0,-14.4'
  path 'M 26.3,9.6 A 28,28 0 0,1 -24.0,14.4'
  stroke none fill white
  polygon 30.1,0.8 15.9,-9.0 34.7,-15.8
  polygon -30.1,-0.8 -15.9,9.0 -34.7,15.8
EOF
    ;;
    ask) cat <<EOF
  stroke none fill white font "$SANS_BOLD" font-size 76 text-anchor middle
  text 0,27 "?"
EOF
    ;;
    check) cat <<EOF
  fill none stroke white stroke-width 10 stroke-linecap round stroke-linejoin round
  polyline -27,2 -9,20 27,-18
EOF
    ;;
    esac
    echo "pop graphic-context"
}

schema_arrow() { # x0 (start of arrow)
    local x=$1 y=318
    cat <<EOF
push graphic-context
  stroke $ORANGE stroke-width 5 stroke-linecap round line $x,$y $((x + 62)),$y
  stroke none fill $ORANGE polygon $((x + 78)),$y $((x + 60)),$((y - 11)) $((x + 60)),$((y + 11))
pop graphic-context
EOF
}

make_schema() { # fr|en
    local lang=$1
    {
        cat <<EOF
push graphic-context
  font "$SANS_BOLD" text-anchor middle stroke none
  fill $ORANGE font-size 18 kerning 2.5 text 640,78 "$(say "ÉCOUTE ACTIVE · RELATION CLIENT" "ACTIVE LISTENING · CUSTOMER SERVICE")"
  fill $NAVY font-size 44 kerning 0 text 640,134 "$(say "Les 4 étapes de l’écoute active" "The 4 steps of active listening")"
  fill $ORANGE roundrectangle 610,154 670,159 3,3
pop graphic-context
EOF
        schema_step 190 "$(say Écouter Listen)" "$(say "Laisser parler le client" "Let the customer speak")" \
            "$(say "sans l’interrompre" "without interrupting")" 1 listen
        schema_step 490 "$(say Reformuler Rephrase)" "$(say "Redire avec vos mots" "Say back in your words")" \
            "$(say "ce que vous avez compris" "what you understood")" 2 rephrase
        schema_step 790 "$(say Questionner Question)" "$(say "Poser des questions" "Ask open questions")" \
            "$(say "ouvertes pour préciser" "to clarify")" 3 ask
        schema_step 1090 "$(say Valider Confirm)" "$(say "Vérifier l’accord" "Check agreement")" \
            "$(say "et proposer une solution" "and offer a solution")" 4 check
        for x in 301 601 901; do schema_arrow "$x"; done
        cat <<EOF
push graphic-context
  stroke none fill #fdf1e5 roundrectangle 190,606 1090,670 14,14
  fill $ORANGE roundrectangle 190,606 198,670 4,4
  fill $NAVY font "$SANS" font-size 22 text-anchor middle
  text 644,646 "$(say "Objectif${NBSP}: que le client se sente écouté, compris et accompagné" \
      "Goal: the customer feels listened to, understood and supported")"
pop graphic-context
EOF
    } >"$WORK/schema.mvg"
    "$IM" -size 1280x720 xc:white -draw "$(cat "$WORK/schema.mvg")" \
        "${PNG_OPTS[@]}" "PNG24:$OUT/ecoute-active-schema$2.png"
}
make_schema fr ''
make_schema en .en

###############################################################################
# 2. client-conseiller.jpg: customer-service scene (1280x720)
###############################################################################
# Stylised person (bust) drawn around x=0; the caller translates it.
person() { # skin shirt collar mood(happy|worried) hair(short|long)
    local skin=$1 shirt=$2 collar=$3 mood=$4 hair=$5 cy=360
    if [[ $hair == long ]]; then
        echo "  fill #6b3b24 roundrectangle -80,282 80,500 80,80"
    else
        echo "  fill #3b2b24 circle 0,346 0,276"
    fi
    cat <<EOF
  fill $shirt roundrectangle -150,455 150,820 110,110
  fill $skin roundrectangle -24,400 24,470 12,12
  fill $collar polygon -34,456 34,456 0,500
  fill $skin polygon -24,456 24,456 0,486
EOF
    if [[ $hair == short ]]; then
        cat <<EOF
  circle -64,$((cy + 6)) -52,$((cy + 6))
  circle 64,$((cy + 6)) 76,$((cy + 6))
EOF
    fi
    cat <<EOF
  circle 0,$cy 66,$cy
  fill #f08f84 fill-opacity 0.35 circle -38,$((cy + 26)) -28,$((cy + 26))
  circle 38,$((cy + 26)) 48,$((cy + 26))
  fill-opacity 1 fill #2a2320 circle -23,$((cy + 4)) -17,$((cy + 4))
  circle 23,$((cy + 4)) 29,$((cy + 4))
  fill none stroke #2a2320 stroke-width 4 stroke-linecap round stroke-linejoin round
EOF
    if [[ $mood == happy ]]; then
        cat <<EOF
  line -33,$((cy - 16)) -13,$((cy - 18))
  line 13,$((cy - 18)) 33,$((cy - 16))
  stroke #8c3f33 path 'M -20,$((cy + 30)) Q 0,$((cy + 46)) 20,$((cy + 30))'
EOF
    else
        cat <<EOF
  line -34,$((cy - 12)) -13,$((cy - 20))
  line 13,$((cy - 20)) 34,$((cy - 12))
  stroke #8c3f33 path 'M -15,$((cy + 40)) Q 0,$((cy + 30)) 15,$((cy + 40))'
EOF
    fi
    echo "  stroke none"
    if [[ $hair == short ]]; then
        echo "  fill #3b2b24 path 'M -66,352 C -74,286 -20,270 12,278 C 52,284 76,310 68,352 C 56,322 30,312 2,318 C -30,322 -54,330 -66,352 Z'"
    else
        echo "  fill #6b3b24 path 'M -67,360 C -76,288 -30,276 6,278 C 50,280 76,306 70,352 C 52,322 20,306 -14,312 C -34,318 -54,334 -67,360 Z'"
        echo "  fill $ORANGE circle 60,300 70,300"
    fi
}

headset() {
    cat <<EOF
  fill none stroke #2f3a46 stroke-width 9 stroke-linecap round
  path 'M -74,352 A 75,75 0 0,1 74,352'
  stroke none fill #2f3a46
  roundrectangle -82,334 -58,384 10,10
  roundrectangle 58,334 82,384 10,10
  fill none stroke #2f3a46 stroke-width 5 stroke-linecap round
  path 'M -68,378 Q -58,412 -24,404'
  stroke none fill $ORANGE circle -20,403 -12,403
EOF
}

bubble() { # x0 y0 x1 y1 tailx taily fill stroke textcolor line1 line2
    local x0=$1 y0=$2 x1=$3 y1=$4 tx=$5 ty=$6
    local mx=$(((x0 + x1) / 2)) my=$(((y0 + y1) / 2))
    local bx=$((tx > mx ? tx - 46 : tx - 4)) # base of the tail, leaning towards the bubble centre
    cat <<EOF
push graphic-context
  stroke none fill $NAVY fill-opacity 0.10
  roundrectangle $((x0 + 6)),$((y0 + 8)) $((x1 + 6)),$((y1 + 8)) 28,28
  fill-opacity 1 fill $7 stroke $8 stroke-width 3 stroke-linejoin round
  roundrectangle $x0,$y0 $x1,$y1 28,28
  polygon $bx,$((y1 - 2)) $((bx + 50)),$((y1 - 2)) $tx,$ty
  stroke none
  polygon $((bx + 3)),$((y1 - 4)) $((bx + 47)),$((y1 - 4)) $tx,$((ty - 6))
  fill $9 font "$SANS_BOLD" font-size 34 text-anchor middle
  text $mx,$((my - 8)) "${10}"
  text $mx,$((my + 36)) "${11}"
pop graphic-context
EOF
}

{
    cat <<EOF
push graphic-context
  stroke none
  fill #f3f7fb rectangle 0,0 1280,720
  fill #e4edf6 circle 320,380 520,380
  circle 960,380 1160,380
  fill #fbe9d8 circle 640,96 668,96
  fill #dce8f3 circle 1210,560 1250,560
  fill $ORANGE fill-opacity 0.85 circle 640,300 646,300
  fill $NAVY fill-opacity 0.35 circle 610,250 614,250
  circle 672,360 676,360
pop graphic-context
EOF
    # The customer (left), then the advisor with a headset (right).
    echo "push graphic-context stroke none translate 320,0"
    person '#c98c63' "$ORANGE" '#fbe3cc' worried long
    echo "pop graphic-context"
    echo "push graphic-context stroke none translate 960,0"
    person '#f1c29f' "$NAVY" white happy short
    headset
    echo "pop graphic-context"
    cat <<EOF
push graphic-context
  stroke none
  fill #b9cde1 roundrectangle -20,596 1300,616 8,8
  fill #d3e1ee rectangle 0,612 1280,720
  fill #c3d4e5 rectangle 0,612 1280,618
  fill #9fb0c2 roundrectangle 680,470 860,598 10,10
  fill #b7c6d5 roundrectangle 686,476 854,592 8,8
  fill white fill-opacity 0.9 circle 770,532 782,532
  fill-opacity 1 fill #8a9bad roundrectangle 660,594 880,602 4,4
  fill #c99257 polygon 430,520 550,520 550,598 430,598
  fill #ddb07a polygon 430,520 460,498 580,498 550,520
  fill #b07b43 polygon 550,520 580,498 580,576 550,598
  fill #f0dcc0 polygon 482,520 498,520 528,498 512,498
  rectangle 482,520 498,598
  fill white roundrectangle 508,560 542,584 3,3
  fill #b07b43 rectangle 513,567 537,569
  rectangle 513,573 531,575
pop graphic-context
EOF
} >"$WORK/scene.mvg"
make_scene() { # fr|en suffix
    local lang=$1
    {
        cat "$WORK/scene.mvg"
        bubble 80 54 520 194 292 266 white "$ORANGE" "$NAVY" "$(say "Mon colis n’est" "My parcel never")" \
            "$(say "jamais arrivé${NBSP}!" "arrived!")"
        bubble 780 100 1190 240 948 272 "$NAVY" "$NAVY" white "$(say "Je comprends" "I understand")" \
            "$(say "votre situation…" "your situation…")"
    } >"$WORK/scene-$1.mvg"
    "$IM" -size 1280x720 xc:white -draw "$(cat "$WORK/scene-$1.mvg")" "${JPG_OPTS[@]}" -quality 82 \
        "$OUT/client-conseiller$2.jpg"
}
make_scene fr ''
make_scene en .en

###############################################################################
# 3. logo-capsule.png: 256x256 capsule on a transparent background
###############################################################################
logo_mvg() {
    cat <<EOF
push graphic-context
  translate 128,128 rotate -35 stroke none
  fill $NAVY
  circle -56,0 -12,0
  rectangle -56,-44 -4,44
  fill $ORANGE
  circle 56,0 100,0
  rectangle 4,-44 56,44
  fill none stroke white stroke-opacity 0.5 stroke-width 9 stroke-linecap round stroke-linejoin round
  path 'M -80,-10 Q -76,-27 -56,-28 L -28,-28'
  line 20,-28 46,-28
pop graphic-context
EOF
}
"$IM" -size 256x256 xc:none -draw "$(logo_mvg)" "${PNG_OPTS[@]}" \
    "PNG32:$OUT/logo-capsule.png"

###############################################################################
# 4. video-reformulation.mp4 (12 s, 640x360, 25 fps, H.264, no audio)
#    and video-reformulation-poster.jpg
###############################################################################
make_video() { # fr|en suffix: the video and its poster, their words in that language
    local lang=$1
    # --- still background for the video (rendered once, then looped by ffmpeg) ---
    "$IM" -size 640x360 xc:"$NAVY" -draw "
      stroke none
      fill #24598a circle 590,330 790,330
      fill #22547f circle 40,20 140,20
      fill $ORANGE rectangle 0,0 640,4
      fill white circle 36,30 53,30
      fill #16395a rectangle 0,348 640,360
      font '$SANS_BOLD' font-size 13 fill #c9dbee
      text 58,34 '$(say "ÉCOUTE ACTIVE EN RELATION CLIENT" "ACTIVE LISTENING IN CUSTOMER SERVICE")'
      " \( "$OUT/logo-capsule.png" -resize 26x26 \) -geometry +23+17 -composite \
        "${PNG_OPTS[@]}" "$WORK/video-bg.png"

    # --- texts, one file per line: no filtergraph escaping needed for « » : ’ ? ---
    put() { printf '%s' "$2" >"$WORK/$1.txt"; }
    put s1-label "$(say "LE CLIENT" "THE CUSTOMER")"
    put s1-line1 "$(say "«${NBSP}Ma commande est en retard.${NBSP}»" "“My order is late.”")"
    put s2-label "$(say "LE CONSEILLER REFORMULE" "THE ADVISOR REPHRASES")"
    put s2-line1 "$(say "«${NBSP}Si je comprends bien, vous attendez" "“If I understand correctly, you’ve been")"
    put s2-line2 "$(say "votre commande depuis lundi${NBSP}?${NBSP}»" "waiting for your order since Monday?”")"
    put s3-label "$(say "À RETENIR" "KEY POINT")"
    put s3-line1 "$(say "Reformuler =" "Rephrasing =")"
    put s3-line2 "$(say "montrer que l’on a compris" "showing you have understood")"
    put timecode "%{eif:floor(t/60):d:2}:%{eif:mod(floor(t),60):d:2} / 00:12"

    # scene_text NAME FONT SIZE COLOUR Y START END DELAY: drawtext that fades and slides in,
    # then fades out just before the scene ends.
    scene_text() {
    local in="clip((t-$6-$8)/0.5,0,1)"
    local vis="clip(min((t-$6-$8)/0.5,($7-t)/0.35),0,1)"
        printf "drawtext=fontfile=%s:textfile=%s:expansion=none:fontsize=%s:fontcolor=%s:x=(w-text_w)/2:y='%s+14*(1-%s)':alpha='%s':enable='between(t,%s,%s)'," \
            "$2" "$WORK/$1.txt" "$3" "$4" "$5" "$in" "$vis" "$6" "$7"
}
dot() { # x START END: scene indicator, lit while its scene plays
    printf "drawbox=x=%s:y=318:w=22:h=5:color=0xffffff@0.25:t=fill," "$1"
    printf "drawbox=x=%s:y=318:w=22:h=5:color=0xe07a1f:t=fill:enable='between(t,%s,%s)'," "$1" "$2" "$3"
}

scenes=$(
    scene_text s1-label "$SANS_BOLD" 17 0xf39a4a 134 0 4 0.2
    scene_text s1-line1 "$SANS_BOLD" 29 white 174 0 4 0.45
    scene_text s2-label "$SANS_BOLD" 17 0xf39a4a 120 4 8 0.2
    scene_text s2-line1 "$SANS_BOLD" 25 white 160 4 8 0.45
    scene_text s2-line2 "$SANS_BOLD" 25 white 198 4 8 0.45
    scene_text s3-label "$SANS_BOLD" 17 0xf39a4a 120 8 12 0.2
    scene_text s3-line1 "$SANS_BOLD" 38 0xf39a4a 154 8 12 0.45
    scene_text s3-line2 "$SANS_BOLD" 28 white 208 8 12 0.9
    dot 287 0 4
    dot 316 4 8
    dot 345 8 12
)
base="[0:v]fps=25,${scenes%,}[scene]"
progress="color=c=0xe07a1f:s=640x4:r=25:d=12[bar];[scene][bar]overlay=x='-w+W*t/12':y=H-12:eval=frame,drawtext=fontfile=$SANS:textfile=$WORK/timecode.txt:fontsize=12:fontcolor=0xffffff@0.75:x=w-text_w-14:y=h-32[v]"

"$FFMPEG" -hide_banner -loglevel error -y -loop 1 -framerate 25 -t 12 -i "$WORK/video-bg.png" \
    -filter_complex "$base;$progress" -map '[v]' -an -sn -dn -t 12 \
    -c:v libx264 -preset slow -tune animation -crf 20 -x264-params aq-mode=3 \
    -pix_fmt yuv420p -profile:v high -level 3.0 -g 50 -threads 1 -movflags +faststart "${ENC[@]}" "$OUT/video-reformulation$2.mp4"

# Poster: the first scene, fully faded in, without the progress bar or timecode.
"$FFMPEG" -hide_banner -loglevel error -y -loop 1 -framerate 25 -t 12 -i "$WORK/video-bg.png" \
    -filter_complex "$base" -map '[scene]' -ss 2.5 -frames:v 1 "${ENC[@]}" "$WORK/poster.png"
"$IM" "$WORK/poster.png" "${JPG_OPTS[@]}" -quality 85 "$OUT/video-reformulation-poster$2.jpg"
}
make_video fr ''
make_video en .en

###############################################################################
# 5. Captions, timed on the three 4-second scenes of the video
###############################################################################
cat >"$OUT/video-reformulation.fr.vtt" <<VTT
WEBVTT

scene-1
00:00:00.250 --> 00:00:03.900
Le client${NBSP}: «${NBSP}Ma commande est en retard.${NBSP}»

scene-2
00:00:04.250 --> 00:00:07.900
Le conseiller reformule${NBSP}: «${NBSP}Si je comprends bien,
vous attendez votre commande depuis lundi${NBSP}?${NBSP}»

scene-3
00:00:08.250 --> 00:00:11.900
Reformuler = montrer que l’on a compris.
VTT

cat >"$OUT/video-reformulation.en.vtt" <<'VTT'
WEBVTT

scene-1
00:00:00.250 --> 00:00:03.900
The customer: “My order is late.”

scene-2
00:00:04.250 --> 00:00:07.900
The advisor rephrases: “If I understand correctly,
you’ve been waiting for your order since Monday?”

scene-3
00:00:08.250 --> 00:00:11.900
Rephrasing = showing that you have understood.
VTT

###############################################################################
# Checks
###############################################################################
"$FFPROBE" -v error -select_streams a -show_entries stream=index -of csv=p=0 \
    "$OUT/video-reformulation.mp4" | grep -q . && { echo "make-media.sh: the video has an audio stream" >&2; exit 1; }
duration=$("$FFPROBE" -v error -show_entries format=duration -of csv=p=0 "$OUT/video-reformulation.mp4")
check_size() { # file max_bytes
    local size
    size=$(stat -c %s "$OUT/$1")
    ((size <= $2)) || { echo "make-media.sh: $1 is $size bytes (limit $2)" >&2; exit 1; }
}
check_size ecoute-active-schema.png 153600
check_size ecoute-active-schema.en.png 153600
check_size client-conseiller.jpg 153600
check_size client-conseiller.en.jpg 153600
check_size video-reformulation.mp4 409600
check_size video-reformulation.en.mp4 409600
check_size video-reformulation-poster.jpg 61440
check_size video-reformulation-poster.en.jpg 61440
check_size logo-capsule.png 20480

###############################################################################
# 6. ecran-conseiller.png: an agent's customer-service screen (1280x720), the image of the
#    quiz's drag-and-drop and hotspot questions; course.xml's regions are in percent of it.
###############################################################################
crm_card() { # x0 y0 x1 y1 title
    cat <<EOF
push graphic-context
  stroke #d5dde6 stroke-width 2 fill white roundrectangle $1,$2 $3,$4 12,12
  stroke none fill $NAVY font "$SANS_BOLD" font-size 21 text $(($1 + 20)),$(($2 + 36)) "$5"
  fill #e3e9f0 rectangle $(($1 + 20)),$(($2 + 50)) $(($3 - 20)),$(($2 + 51))
pop graphic-context
EOF
}
crm_line() { # x y text [colour] [size]
    printf '  fill %s font "%s" font-size %s text %s,%s "%s"\n' "${4:-#3d4956}" "$SANS" "${5:-17}" "$1" "$2" "$3"
}
make_crm() { # fr|en suffix
    local lang=$1
    {
    cat <<EOF
push graphic-context
  stroke none fill #eef2f6 rectangle 0,0 1280,720
  fill $NAVY rectangle 0,0 1280,56
  fill white font "$SANS_BOLD" font-size 22 text 24,37 "$(say "Relation client" "Customer service")"
  fill #b9cde0 font "$SANS" font-size 18 text $(say 232 258),37 "$(say "Espace conseiller" "Advisor desk") · Sophie D."
  fill #2d6295 roundrectangle 1004,12 1256,44 16,16
  fill $ORANGE circle 1026,28 1033,28
  fill white font "$SANS_BOLD" font-size 17 text 1044,34 "$(say "Appel en cours" "Call in progress") · 02:41"
pop graphic-context
EOF
    crm_card 24 80 420 400 "$(say "Fiche client" "Customer record")"
    cat <<EOF
push graphic-context
  stroke none fill #dbe7f3 circle 84,180 84,212
  fill $NAVY font "$SANS_BOLD" font-size 24 text-anchor middle text 84,189 "CM"
pop graphic-context
push graphic-context
  fill #1d2733 font "$SANS_BOLD" font-size 20 text 132,174 "$(say Mme Ms.) Claire Martin"
$(crm_line 132 200 "$(say "Cliente depuis 2019" "Customer since 2019")" '#667085' 16)
$(crm_line 44 256 "$(say "Adresse${NBSP}:" "Address:") 12 rue des Lilas")
$(crm_line 44 282 "69003 Lyon")
$(crm_line 44 318 "$(say "Téléphone${NBSP}:" "Phone:") 06 12 34 56 78")
$(crm_line 44 354 "$(say "Commande en cours${NBSP}: n°" "Current order: no.") 48213")
pop graphic-context
EOF
    crm_card 24 420 420 696 "$(say "Historique des contacts" "Contact history")"
    local k=0 row date channel subject y
    for row in "$(say "12/03|Appel|Colis en retard" "12 Mar|Call|Late parcel")" \
        "$(say "14/03|Courriel|Relance de la livraison" "14 Mar|Email|Delivery follow-up")" \
        "$(say "15/03|Chat|Colis toujours absent" "15 Mar|Chat|Parcel still missing")"; do
        IFS='|' read -r date channel subject <<<"$row"
        y=$((510 + k * 58))
        cat <<EOF
push graphic-context
  stroke none fill $ORANGE circle 52,$((y - 6)) 57,$((y - 6))
  fill #1d2733 font "$SANS_BOLD" font-size 16 text 70,$y "$date · $channel"
$(crm_line 70 $((y + 24)) "$subject" '#4f5b69' 16)
pop graphic-context
EOF
        k=$((k + 1))
    done
    crm_card 444 80 1256 520 "$(say "Notes d’appel" "Call notes")"
    cat <<EOF
push graphic-context
  stroke #c4ceda stroke-width 1.5 fill #f8fafc roundrectangle 464,150 1236,500 8,8
  stroke none
$(crm_line 484 186 "$(say "La cliente n’a toujours pas reçu son colis (commande 48213)." \
    "The customer has still not received her parcel (order 48213).")" '#1d2733' 17)
$(crm_line 484 216 "$(say "Elle souhaite une livraison à sa nouvelle adresse." \
    "She would like it delivered to her new address.")" '#1d2733' 17)
  stroke none fill #d5dde6 roundrectangle 484,240 1010,252 6,6
  fill #d5dde6 roundrectangle 484,270 880,282 6,6
  fill $NAVY rectangle 484,298 486,322
pop graphic-context
EOF
    cat <<EOF
push graphic-context
  stroke #d5dde6 stroke-width 2 fill white polygon 444,552 456,540 828,540 840,552 840,684 828,696 456,696 444,684
  stroke none fill $NAVY font "$SANS_BOLD" font-size 21 text 464,576 "$(say "Rappels planifiés" "Scheduled callbacks")"
  fill #fdf1e5 roundrectangle 464,596 820,676 10,10
  fill $ORANGE roundrectangle 480,612 540,660 8,8
  fill white font "$SANS_BOLD" font-size 15 text-anchor middle text 510,632 "$(say JEU THU)"
  font-size 20 text 510,654 "21"
  fill #1d2733 font "$SANS" font-size 17 text-anchor start text 556,634 "$(say "Aucun rappel prévu" "No callback scheduled")"
  fill #667085 font-size 15 text 556,658 "+ $(say "Planifier un rappel" "Schedule a callback")"
pop graphic-context
push graphic-context
  stroke none fill white stroke #a5b8c9 stroke-width 2 roundrectangle 860,540 1256,600 12,12
  stroke none fill $NAVY font "$SANS_BOLD" font-size 19 text-anchor middle text 1058,578 "$(say "Mettre en attente" "Put on hold")"
  fill $NAVY roundrectangle 860,612 1050,672 12,12
  fill white text 955,650 "$(say Transférer Transfer)"
  fill #b42318 roundrectangle 1066,612 1256,672 12,12
  fill white text 1161,650 "$(say Clôturer Close)"
pop graphic-context
EOF
    } >"$WORK/crm.mvg"
    "$IM" -size 1280x720 xc:white -draw "$(cat "$WORK/crm.mvg")" \
        "${PNG_OPTS[@]}" "PNG24:$OUT/ecran-conseiller$2.png"
    check_size "ecran-conseiller$2.png" 153600
}
make_crm fr ''
make_crm en .en

###############################################################################
# 7. cliente-colis.svg: Mme Lefèvre, the customer of the scenario (« mise en situation »),
#    on the phone about a late parcel (400x480, hand-written SVG)
###############################################################################
cat >"$OUT/cliente-colis.svg" <<'SVG'
<svg xmlns="http://www.w3.org/2000/svg" width="400" height="480" viewBox="0 0 400 480">
  <rect width="400" height="480" rx="28" fill="#e8f0f8"/>
  <circle cx="200" cy="215" r="160" fill="#d3e2f1"/>
  <!-- the late parcel, on the shelf behind her -->
  <g transform="translate(36 330)">
    <rect width="92" height="70" rx="6" fill="#c98a4b"/>
    <path d="M0 22h92M46 0v70" stroke="#a86d33" stroke-width="8"/>
    <rect x="54" y="36" width="30" height="22" rx="3" fill="#fff"/>
    <path d="M59 44h20M59 51h13" stroke="#8a94a0" stroke-width="3"/>
  </g>
  <!-- body: a teal jumper -->
  <path d="M92 480c6-92 46-140 108-140s102 48 108 140z" fill="#2a7f83"/>
  <path d="M170 340l30 34 30-34" fill="none" stroke="#1f6367" stroke-width="6"/>
  <rect x="176" y="286" width="48" height="62" rx="20" fill="#e9b48f"/>
  <!-- hair behind the head -->
  <path d="M122 210c-6-92 40-138 80-138s92 40 84 140c-2 40-10 74-22 96H142c-12-24-18-60-20-98z" fill="#5b3a26"/>
  <!-- face -->
  <ellipse cx="200" cy="206" rx="66" ry="80" fill="#f2c4a0"/>
  <path d="M136 176c10-52 44-78 72-78 30 0 58 26 62 70-26-22-58-34-92-30-18 2-32 16-42 38z" fill="#5b3a26"/>
  <!-- frowning brows, eyes, mouth: she is annoyed -->
  <path d="M160 178l26 8M240 178l-26 8" stroke="#3d2617" stroke-width="6" stroke-linecap="round"/>
  <circle cx="174" cy="200" r="7" fill="#2b2b2b"/>
  <circle cx="226" cy="200" r="7" fill="#2b2b2b"/>
  <path d="M186 252c8-6 20-6 28 0" fill="none" stroke="#a0493a" stroke-width="6" stroke-linecap="round"/>
  <path d="M200 210l-6 22h10" fill="none" stroke="#d49a78" stroke-width="4" stroke-linecap="round" stroke-linejoin="round"/>
  <!-- hand holding a phone to her ear -->
  <rect x="250" y="176" width="34" height="70" rx="8" fill="#263645" transform="rotate(14 267 211)"/>
  <path d="M246 250c14-10 34-12 44 4l10 40c-10 14-34 14-46 2z" fill="#e9b48f"/>
  <path d="M266 296c-20 20-34 38-38 60" stroke="#2a7f83" stroke-width="30" stroke-linecap="round"/>
  <!-- speech bubble -->
  <g transform="translate(262 40)">
    <path d="M12 0h96a12 12 0 0 1 12 12v44a12 12 0 0 1-12 12H48l-20 18 4-18H12A12 12 0 0 1 0 56V12A12 12 0 0 1 12 0z" fill="#fff"/>
    <text x="60" y="46" font-family="DejaVu Sans, sans-serif" font-size="34" font-weight="700" fill="#e07a1f" text-anchor="middle">?!</text>
  </g>
</svg>
SVG

###############################################################################
# Install as media/<sha256>.<ext>
###############################################################################
# <ext> and MIME type follow Core::MediaAsset::extension(): jpg for image/jpeg, vtt for text/vtt.
NAMES=(cliente-colis.svg client-conseiller.jpg client-conseiller.en.jpg ecoute-active-schema.png
    ecoute-active-schema.en.png ecran-conseiller.png ecran-conseiller.en.png logo-capsule.png
    video-reformulation-poster.jpg video-reformulation-poster.en.jpg video-reformulation.en.vtt
    video-reformulation.fr.vtt video-reformulation.mp4 video-reformulation.en.mp4)
mime_of() {
    case $1 in
    *.png) echo image/png ;;
    *.jpg) echo image/jpeg ;;
    *.svg) echo image/svg+xml ;;
    *.mp4) echo video/mp4 ;;
    *.vtt) echo text/vtt ;;
    *) echo "make-media.sh: no MIME type for $1" >&2; exit 1 ;;
    esac
}
ext_of() {
    case $(mime_of "$1") in
    image/png) echo png ;;
    image/jpeg) echo jpg ;;
    image/svg+xml) echo svg ;;
    video/mp4) echo mp4 ;;
    text/vtt) echo vtt ;;
    esac
}
[[ $(ls "$OUT" | LC_ALL=C sort | tr '\n' ' ') == "$(printf '%s\n' "${NAMES[@]}" | LC_ALL=C sort | tr '\n' ' ')" ]] ||
    { echo "make-media.sh: generated files differ from NAMES" >&2; exit 1; }

mkdir -p "$MEDIA"
# Drop the previous run's files (any content-addressed name), so no stale asset lingers.
find "$MEDIA" -maxdepth 1 -type f -regextype posix-extended -regex '.*/[0-9a-f]{64}\.[a-z0-9]+' -delete
: >"$WORK/assets"
echo "Media installed in $MEDIA (video duration ${duration} s):"
for name in "${NAMES[@]}"; do
    file=$OUT/$name
    id=$(sha256sum "$file" | cut -d' ' -f1)
    ext=$(ext_of "$name")
    mime=$(mime_of "$name")
    install -m 0644 "$file" "$MEDIA/$id.$ext"
    printf '  %s.%s  <-  %s\n' "$id" "$ext" "$name"
    attrs="id=\"$id\" fileName=\"$name\" mimeType=\"$mime\" byteSize=\"$(stat -c %s "$file")\""
    case $mime in
    image/*) attrs+=" $("$IDENTIFY" -format 'width="%w" height="%h"' "$file")" ;;
    video/*)
        IFS=, read -r w h < <("$FFPROBE" -v error -select_streams v:0 \
            -show_entries stream=width,height -of csv=p=0 "$file")
        ms=$(awk -v d="$duration" 'BEGIN { printf "%d", d * 1000 + 0.5 }')
        attrs+=" width=\"$w\" height=\"$h\" durationMs=\"$ms\""
        ;;
    esac
    printf '%s\t    <asset %s />\n' "$id" "$attrs" >>"$WORK/assets"
done
echo "<asset> elements for course.xml (sorted by id):"
LC_ALL=C sort "$WORK/assets" | cut -f2-
