#!/usr/bin/env bash
# Paired build benchmark against Hugo on the same pages.
# Usage: bench/hugo-paired.sh [--rounds R] N_SRC N_ACT N_EV        (for example: 10000 1000 5000)
#
# Writes the synthetic book with ../shared/bench/bb_corpus.py and the same content as a Hugo site with
# hugo_corpus.py (unless they already exist), then runs R rounds of: one BriefingBook build, one Hugo build,
# each under /usr/bin/time -v, alternating so that both see the same load on a shared machine. Prints every
# round and a table of medians: user+sys cpu, wall and peak RSS, with the ratio BriefingBook / Hugo.
#
# Environment:
#   BB_CMD      the BriefingBook command to time (default: ./briefingbook, the README's build command, which
#               runs the ReadyToRun-published CLI). Anything accepting `build --root DIR --output DIR`.
#   BB_BOOK     the book folder (default bench/out/books/bb-N_SRC-N_ACT-N_EV); reused when present
#   HUGO_BOOK   the Hugo site folder (default bench/out/books/hugo-N_SRC-N_ACT-N_EV); reused when present
#   BENCH_ENV   extra VAR=value words put in BriefingBook's environment only (e.g. DOTNET_TieredPGO=0)
# Needs hugo and GNU time (apt-get install -y hugo time); one build is too long for hyperfine's many runs.
set -euo pipefail
cd "$(dirname "$0")/.."

rounds=3
if [ "${1:-}" = "--rounds" ]; then rounds=$2; shift 2; fi
if [ $# -ne 3 ]; then echo "usage: bench/hugo-paired.sh [--rounds R] N_SRC N_ACT N_EV" >&2; exit 2; fi
n_src=$1 n_act=$2 n_ev=$3
size="$n_src-$n_act-$n_ev"
out=bench/out
gen=../shared/bench
mkdir -p "$out/books" "$out/paired"
bb_book=${BB_BOOK:-$out/books/bb-$size}
hugo_book=${HUGO_BOOK:-$out/books/hugo-$size}

if [ ! -d "$bb_book/seeds" ]; then
  echo "writing $bb_book" >&2
  python3 "$gen/bb_corpus.py" "$bb_book" "$n_src" "$n_act" "$n_ev" --themes themes
fi
if [ ! -d "$hugo_book/content" ]; then
  echo "writing $hugo_book" >&2
  python3 "$gen/hugo_corpus.py" "$hugo_book" "$n_src" "$n_act" "$n_ev"
fi

if [ -z "${BB_CMD:-}" ]; then
  ./briefingbook --version >/dev/null # publishes it if it is missing or out of date, outside the timings
  BB_CMD=./briefingbook
fi

# `build` indexes for search with Pagefind by default since issue 11; the benchmarks time the build alone (an
# older CLI without `--no-search` never indexed, so it is passed only where the CLI knows it).
no_search=; case "$($BB_CMD build --help 2>/dev/null || true)" in *--no-search*) no_search=--no-search ;; esac
bb_site=$out/paired/bb-site-$size
hugo_site=$out/paired/hugo-site-$size
log=$out/paired/rounds-$size.tsv
: >"$log"

# One timed run: prints "cpu wall peak_mib" from /usr/bin/time -v.
timed() {
  local report; report=$(mktemp)
  if ! /usr/bin/time -v -o "$report" "$@" >/dev/null 2>"$report.err"; then
    echo "failed: $*" >&2; tail -5 "$report.err" >&2; rm -f "$report" "$report.err"; exit 1
  fi
  awk -F': ' '
    /User time/ {u=$2} /System time/ {s=$2} /Maximum resident/ {r=$2}
    /Elapsed \(wall clock\)/ { n=split($2, p, ":"); w=0; for (i=1; i<=n; i++) w=w*60+p[i] }
    END { printf "%.2f %.2f %.0f\n", u+s, w, r/1024 }' "$report"
  rm -f "$report" "$report.err"
}

# shellcheck disable=SC2086 # BENCH_ENV and BB_CMD are word lists on purpose
for ((i = 1; i <= rounds; i++)); do
  read -r bc bw bm < <(timed env ${BENCH_ENV:-} $BB_CMD build --root "$bb_book" --output "$bb_site" $no_search)
  read -r hc hw hm < <(timed hugo --quiet --source "$hugo_book" --destination "$(realpath -m "$hugo_site")")
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$bc" "$bw" "$bm" "$hc" "$hw" "$hm" >>"$log"
  printf 'round %d: BriefingBook cpu %ss wall %ss peak %s MiB | Hugo cpu %ss wall %ss peak %s MiB\n' \
    "$i" "$bc" "$bw" "$bm" "$hc" "$hw" "$hm" >&2
done

sort_median() { sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
col() { cut -f"$1" "$log" | sort_median; }
awk -v bc="$(col 1)" -v bw="$(col 2)" -v bm="$(col 3)" -v hc="$(col 4)" -v hw="$(col 5)" -v hm="$(col 6)" \
    -v size="$size" -v rounds="$rounds" 'BEGIN {
  printf "\n%s, medians of %d paired rounds\n", size, rounds
  printf "| measure | BriefingBook | Hugo | ratio |\n|---|---:|---:|---:|\n"
  printf "| cpu (user+sys) | %.1f s | %.1f s | %.2f× |\n", bc, hc, bc / hc
  printf "| wall | %.1f s | %.1f s | %.2f× |\n", bw, hw, bw / hw
  printf "| peak RSS | %d MiB | %d MiB | %.2f× |\n", bm, hm, bm / hm
}'
