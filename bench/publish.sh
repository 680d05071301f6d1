#!/usr/bin/env bash
# Publish-stage benchmark: how long the publish stage takes when a book is rebuilt over its previous site.
# Usage: bench/publish.sh [BOOK] [CLI]
#   BOOK  a book's root (default: the 10,000-source synthetic book, bench/out/bb10k, written by
#         ../shared/bench/bb_corpus.py if missing).
#   CLI   a built briefingbook executable (default: a Release build of this tree). Pass an older build to
#         compare before and after.
# The site goes to bench/out/publish-site (the book's folder is left alone). The output and its standby are
# removed first, one build creates the site, then two builds run in a row under /usr/bin/time -v: the
# first rebuild is the one a new checkout of this code sees (no standby yet), the second the steady state.
# Needs GNU time (apt-get install -y time). Run it alone: the disk is shared, and wall time is the point.
set -euo pipefail
cd "$(dirname "$0")/.."

out=bench/out
mkdir -p "$out"
book=${1:-$out/bb10k}
if [[ ! -d $book ]]; then
  python3 ../shared/bench/bb_corpus.py "$book" 10000 1000 5000 --themes themes
fi
cli=${2:-}
if [[ -z $cli ]]; then
  dotnet build -c Release src/BriefingBook.Cli --nologo -v quiet >/dev/null
  cli=src/BriefingBook.Cli/bin/Release/net10.0/briefingbook
fi

site=$out/publish-site
rm -rf "$site" "$out/.publish-site.standby" "$out"/.publish-site.new-* "$out"/.publish-site.old-*

# `build` indexes for search with Pagefind by default since issue 11; the benchmarks time the build alone (an
# older CLI without `--no-search` never indexed, so it is passed only where the CLI knows it).
no_search=; case "$("$cli" build --help 2>/dev/null || true)" in *--no-search*) no_search=--no-search ;; esac
run() {
  local label=$1 log
  log=$(mktemp)
  /usr/bin/time -v "$cli" build --root "$book" --output "$site" $no_search >"$log" 2>"$log.time"
  local publish wall peak
  publish=$(grep -o 'publish [0-9]* ms' "$log" | awk '{print $2}')
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$log.time")
  peak=$(awk -F': ' '/Maximum resident/ {print $2}' "$log.time")
  printf '%-10s publish %6s ms   whole build wall %8s   peak RSS %s KiB\n' "$label" "$publish" "$wall" "$peak"
  rm -f "$log" "$log.time"
}

run create
run rebuild-1
run rebuild-2
printf 'files in the site: %s\n' "$(find "$site" -type f | wc -l)"
