#!/usr/bin/env bash
# Builds the book and takes the full-page screenshots of the home, Russia and chronology pages at 1280 and
# 390 px into docs/screenshots/PREFIX-{home,russia,chronology}-{1280,390}.png, and prints how many A4 pages
# each prints to. PREFIX is `before` or `after` (default `after`).
# Needs Chromium (/usr/bin/chromium, or CHROMIUM=path) and the npm dev tools (installed here if absent).
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
prefix=${1:-after}
cd "$repo"
[ -d node_modules/playwright-core ] || npm ci --ignore-scripts --no-audit --no-fund
site=$(mktemp -d)
trap 'rm -rf "$site"' EXIT
./briefingbook build --output "$site/site" --no-search >&2
node bench/screenshots.mjs "$prefix" "$site/site" docs/screenshots
