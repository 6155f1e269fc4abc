#!/usr/bin/env bash
# Makes a small demo library of real audio in several encodings, with messy names, tags and
# companions, the way archives arrive. Usage: demo-library.sh DIR. Needs ffmpeg. Idempotent.
set -euo pipefail
dir=${1:?usage: demo-library.sh DIR}
command -v ffmpeg >/dev/null || { echo "ffmpeg is missing: install it (Debian/Ubuntu: apt-get install ffmpeg)" >&2; exit 1; }
[[ -f "$dir/.phaze-demo" ]] && exit 0
mkdir -p "$dir/incoming/festival rips" "$dir/incoming/albums/Bicep - Isles (2021)" "$dir/tapes"

# A short piece of "music": a chord over a kick, different per file so hashes differ.
tone() { # out seconds base-frequency [ffmpeg output options...]
  local out=$1 secs=$2 f=$3; shift 3
  ffmpeg -nostdin -loglevel error -y \
    -f lavfi -i "sine=frequency=$f:sample_rate=44100:duration=$secs" \
    -f lavfi -i "sine=frequency=$((f * 5 / 4)):sample_rate=44100:duration=$secs" \
    -f lavfi -i "sine=frequency=$((f * 3 / 2)):sample_rate=44100:duration=$secs" \
    -f lavfi -i "aevalsrc='0.8*sin(2*PI*55*t)*exp(-8*mod(t,0.5))':s=44100:d=$secs" \
    -filter_complex "[0][1][2][3]amix=inputs=4,volume=2,aformat=channel_layouts=stereo" "$@" "$out"
}

tone "$dir/incoming/festival rips/dj_xyz__ultra2019_mainstage-WEB-2019-talion.mp3" 12 220 \
  -c:a libmp3lame -b:a 192k -metadata artist="DJ XYZ" -metadata title="Live at Ultra 2019"
tone "$dir/incoming/festival rips/Disclosure - Live @ Coachella Sahara 2024-04-12.m4a" 10 247 -c:a aac -b:a 160k
tone "$dir/incoming/festival rips/adam beyer b2b cirez d tomorrowland 2023.opus" 10 262 -c:a libopus -b:a 96k
tone "$dir/incoming/albums/Bicep - Isles (2021)/01 atlas.flac" 8 196 -c:a flac \
  -metadata artist="Bicep" -metadata album="Isles" -metadata title="Atlas" -metadata track="1" -metadata date="2021"
tone "$dir/incoming/albums/Bicep - Isles (2021)/02 - Bicep - Cazenove.ogg" 8 233 -c:a libvorbis -q:a 4 \
  -metadata artist="Bicep" -metadata album="Isles" -metadata title="Cazenove" -metadata track="2"
# A name written in UTF-8 but read as Windows-1252 somewhere along the way (mojibake).
tone "$dir/incoming/$(printf 'Bj\xc3\x83\xc2\xb6rk - J\xc3\x83\xc2\xb3ga (live).mp3')" 5 185 -c:a libmp3lame -b:a 128k
# A decomposed (NFD) name, as macOS writes them: Phaze reports it in NFC.
tone "$dir/incoming/$(printf 'Sigur Ro\xcc\x81s - Roskilde 2008.ogg')" 6 208 -c:a libvorbis -q:a 3
tone "$dir/tapes/gd1969-01-25.sbd.kaplan.7923.sbeok.flac24.wav" 6 174 -c:a pcm_s16le

cat > "$dir/incoming/festival rips/dj_xyz__ultra2019_mainstage-WEB-2019-talion.cue" <<'CUE'
PERFORMER "DJ XYZ"
TITLE "Ultra Music Festival 2019 - Main Stage"
FILE "dj_xyz__ultra2019_mainstage-WEB-2019-talion.mp3" MP3
  TRACK 01 AUDIO
    TITLE "Intro"
    INDEX 01 00:00:00
  TRACK 02 AUDIO
    TITLE "Opus"
    INDEX 01 00:06:00
CUE
printf 'DJ XYZ @ Ultra Music Festival, Miami\nMain Stage, 2019-03-29\nSource: WEB stream\nRipped by talion\n' \
  > "$dir/incoming/festival rips/dj_xyz__ultra2019_mainstage-WEB-2019-talion.nfo"
(cd "$dir/tapes" && md5sum gd1969-01-25.sbd.kaplan.7923.sbeok.flac24.wav > gd1969-01-25.sbd.kaplan.7923.sbeok.md5)
touch "$dir/.phaze-demo"
echo "demo library ready in $dir"
