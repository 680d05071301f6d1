#!/usr/bin/env bash
# Duplicate detection, one-shot against incremental. Usage: bench/duplicates.sh BOOK_ROOT [RUNS] [FIRST_N_SOURCES]
#   Loads the book's sources, then RUNS times (default 3): a fresh DuplicateDetector.Find of all of them; a
#   DuplicateSession's first update without one source; the session's update after adding it, after editing
#   another (a sentence added to its longest paragraph) and after removing the first again. Each update is
#   checked equal to a fresh Find. Prints each time and the medians as ratios to Find.
#   A book to try: python3 bench/synthetic_corpus.py DIR/seeds 10000 (3% syndicated copies), or
#   ../shared/bench/bb_corpus.py (no copies: measures the index work alone).
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 1 ] || { echo "usage: $0 BOOK_ROOT [RUNS] [FIRST_N_SOURCES]" >&2; exit 2; }
dotnet build bench/DuplicatesBench -c Release --nologo -v quiet >/dev/null
dotnet bench/DuplicatesBench/bin/Release/net10.0/DuplicatesBench.dll "$@"
