#!/usr/bin/env bash
# Regenerates the PNG and ICO icons in public/ from public/icon.svg (run by hand after changing
# the SVG; the results are committed). Needs rsvg-convert and ImageMagick:
#   apt-get install librsvg2-bin imagemagick
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for size in 16 32 48 192 512; do rsvg-convert -w "$size" -h "$size" public/icon.svg -o "$work/icon-$size.png"; done
cp "$work/icon-192.png" "$work/icon-512.png" public/
# iOS rounds the corners itself: the touch icon is the same mark, square.
sed 's/rx="104"/rx="0"/' public/icon.svg | rsvg-convert -w 180 -h 180 -o public/apple-touch-icon.png
convert "$work/icon-16.png" "$work/icon-32.png" "$work/icon-48.png" public/favicon.ico
