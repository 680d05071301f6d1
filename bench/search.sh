#!/usr/bin/env bash
# Search benchmark: Pagefind's indexing time on a large book, and what one query costs a reader in bytes.
# Usage: bench/search.sh [BOOK] [QUERY...]
#   BOOK   a book's root (default: the 10,000-source synthetic book, bench/out/bb10k, written by
#          ../shared/bench/bb_corpus.py if missing).
#   QUERY  words to search for (default: three broad queries and one narrow one).
# Builds the book with --pretty-urls into bench/out/search-site, then runs Pagefind over it under GNU time
# (as `build --search` does), then loads an event page in headless Chromium (/usr/bin/chromium), types each query
# in a fresh browser context (cold cache) and sums the bytes transferred, once served as is and once with text files
# gzip-compressed as a static host serves them (SearchBytes --gzip), listing each file fetched. Needs Node.js and
# `npm ci --prefix tools/search`. Run it alone.
set -euo pipefail
cd "$(dirname "$0")/.."

out=bench/out
mkdir -p "$out"
book=${1:-$out/bb10k}
shift || true
if [[ ! -d $book ]]; then
  python3 ../shared/bench/bb_corpus.py "$book" 10000 1000 5000 --themes themes
fi
[[ -d tools/search/node_modules ]] || npm ci --prefix tools/search --no-audit --no-fund
dotnet build -c Release src/BriefingBook.Cli --nologo -v quiet >/dev/null
dotnet build -c Release bench/SearchBytes --nologo -v quiet >/dev/null

site=$out/search-site
rm -rf "$site" "$out/.search-site.standby"
/usr/bin/time -f 'build: %e s wall, %U s user, %S s sys, %M KiB peak' \
  src/BriefingBook.Cli/bin/Release/net10.0/briefingbook build --root "$book" --output "$site" --pretty-urls --no-search | tail -3
echo "pages: $(find "$site" -name '*.html' | wc -l) html files"
/usr/bin/time -f 'pagefind: %e s wall, %U s user, %S s sys, %M KiB peak' \
  node tools/search/node_modules/pagefind/lib/runner/bin.cjs --site "$site" --output-subdir pagefind --quiet
echo "bundle: $(du -sk "$site/pagefind" | cut -f1) KiB on disk, $(find "$site/pagefind" -type f | wc -l) files"
# sed, not head: head exits after one line, sort then dies of SIGPIPE, and pipefail ended the script silently here.
event=$(cd "$site" && find events -mindepth 1 -maxdepth 1 -type d | LC_ALL=C sort | sed -n 1p)
queries=("$@")
# The synthetic book's prose draws on 23 words, so each of them is on nearly every page (the broadest posting
# lists Pagefind can have); "4242" names one source and one event (and appears in few other places), the narrow case.
[[ ${#queries[@]} -gt 0 ]] || queries=("taliban" "kabul embassy" "ministry" "4242")
for q in "${queries[@]}"; do
  bench/SearchBytes/bin/Release/net10.0/SearchBytes "$site" "$q" "$event/"
  bench/SearchBytes/bin/Release/net10.0/SearchBytes --gzip "$site" "$q" "$event/"
done
