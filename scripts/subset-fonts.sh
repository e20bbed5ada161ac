#!/usr/bin/env bash
# Cuts the office UI's Fira Sans faces (from @kern-ux/native, SIL OFL 1.1) to Latin and the signs
# Kurs shows; the results are committed in src/web/styles/fonts/, so this runs only when the range
# or the faces change. Needs Debian's fonttools and python3-brotli (apt-get install fonttools
# python3-brotli). The range must match unicode-range in src/web/styles/fonts.css.
set -euo pipefail
cd "$(dirname "$0")/.."
range="U+0020-007E,U+00A0-00FF,U+0131,U+0152-0153,U+0160-0161,U+0178,U+017D-017E,U+02C6,U+02DC,U+2000-206F,U+20AC,U+2122,U+2190-2193,U+2212,U+2264-2265,U+25B2-25BC,U+2713-2714"
for face in Regular SemiBold Italic; do
  /usr/bin/python3 -m fontTools.subset "node_modules/@kern-ux/native/dist/fonts/fira-sans/FiraSans-$face.woff2" \
    --unicodes="$range" --flavor=woff2 --layout-features='kern,liga,tnum,lnum,pnum,onum' \
    --output-file="src/web/styles/fonts/FiraSans-$face-latin.woff2"
done
