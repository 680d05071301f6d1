#!/usr/bin/env bash
# Analyse-stage benchmark. Usage: bench/analysis.sh [N...]   (default: 2500 5000 10000)
#   For each N: the seed book plus N synthetic scraped articles (bench/synthetic_corpus.py: varied prose naming
#   the book's actors, ~3% syndicated near-copies, no source entries), built once as a warm-up and then 3 times.
#   Prints N, corpus size, the analyse stage time (median of 3, from the timings `build` prints), the whole
#   build's wall time (median of 3), peak RSS (max of the measured runs, /usr/bin/time -v), and how the analyse
#   time grows from the smallest to the largest N.
# Needs dotnet and python3; /usr/bin/time is optional (apt-get install -y time), hyperfine is not used.
# BENCH_NO_PUBLISH=1 reuses the CLI already published in bench/out/bin instead of publishing src/ again.
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(2500 5000 10000)
for n in "${sizes[@]}"; do
  [[ $n =~ ^[1-9][0-9]*$ ]] || { echo "usage: $0 [N...]   (N: a positive number of articles, not '$n')" >&2; exit 2; }
done
runs=3

out=bench/out
mkdir -p "$out"
cli="$out/bin/briefingbook"
if [ "${BENCH_NO_PUBLISH:-}" = 1 ] && [ -x "$cli" ]; then
  echo "BENCH_NO_PUBLISH=1: using the CLI already in $out/bin" >&2
else
  echo "publishing the CLI (Release) into $out/bin ..." >&2
  if ! dotnet publish src/BriefingBook.Cli -c Release -o "$out/bin" --nologo -v quiet >"$out/publish.log" 2>&1; then
    echo "error: dotnet publish failed:" >&2
    cat "$out/publish.log" >&2
    exit 1
  fi
fi

gnu_time=""
if command -v /usr/bin/time >/dev/null; then
  gnu_time=/usr/bin/time
else
  echo "note: /usr/bin/time not found, peak RSS is not measured (apt-get install -y time)" >&2
fi

# build ROOT LOG [TIMED]: one `briefingbook build`; sets wall_ms, analyse_ms, rss_kib (empty unless TIMED).
# Output goes to LOG.out / LOG.err (thousands of warnings: one per seed without a source entry).
# `build` indexes for search with Pagefind by default since issue 11; the benchmarks time the build alone (an
# older CLI without `--no-search` never indexed, so it is passed only where the CLI knows it).
no_search=; case "$("$cli" build --help 2>/dev/null || true)" in *--no-search*) no_search=--no-search ;; esac
build() {
  local root=$1 log=$2 timed=${3:-} start end rc=0
  local cmd=("$cli" build --root "$root" --output "$root-site" $no_search)
  [ -n "$timed" ] && [ -n "$gnu_time" ] && cmd=("$gnu_time" -v -o "$log.time" "${cmd[@]}")
  start=$(date +%s%N)
  "${cmd[@]}" >"$log.out" 2>"$log.err" || rc=$?
  end=$(date +%s%N)
  if [ "$rc" -ne 0 ]; then
    echo "error: build of $root exited with $rc; its stderr:" >&2
    cat "$log.err" >&2
    exit 1
  fi
  wall_ms=$(( (end - start) / 1000000 ))
  local summary
  summary=$(grep '^built ' "$log.out" | tail -n 1 || true)
  analyse_ms=$(grep -oE '[ (;,]analyse [0-9]+ ms' <<<"$summary" | grep -oE '[0-9]+' || true)
  if [ -z "$analyse_ms" ]; then
    echo "error: no 'analyse N ms' timing in the build summary of $root: '${summary:-<no 'built ...' line>}'" >&2
    exit 1
  fi
  rss_kib=""
  if [ -n "$timed" ] && [ -n "$gnu_time" ]; then
    rss_kib=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log.time")
  fi
  summary=${summary#*; }
  echo "    ${summary%)}" >&2
}

median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

declare -A corpus_mb analyse_med wall_med peak_rss recall
for n in "${sizes[@]}"; do
  root="$out/analysis-$n"
  echo "N=$n: generating $root ..." >&2
  rm -rf "$root" "$root-site" && mkdir -p "$root"
  cp -r content themes "$root/" && cp -r seeds "$root/seeds"
  python3 bench/synthetic_corpus.py "$root/seeds" "$n" --manifest "$out/analysis-$n.copies.tsv"
  corpus_mb[$n]=$(find "$root/seeds" -type f -printf '%s\n' | awk '{ s += $1 } END { printf "%.1f", s / 1e6 }')

  echo "N=$n: warm-up build" >&2
  build "$root" "$out/analysis-$n.warmup"
  analyses=() walls=() peak=""
  for i in $(seq 1 "$runs"); do
    echo "N=$n: run $i/$runs" >&2
    build "$root" "$out/analysis-$n.run$i" timed
    analyses+=("$analyse_ms") walls+=("$wall_ms")
    if [ -n "$rss_kib" ] && { [ -z "$peak" ] || [ "$rss_kib" -gt "$peak" ]; }; then peak=$rss_kib; fi
  done
  # How many of the planted syndicated copies the duplicate detector found, and how many other pairs of
  # articles it flagged (the generator reuses sentence templates, so some unplanted pairs share sentences).
  recall[$n]=$(python3 - "$root-site/data/book.json" "$out/analysis-$n.copies.tsv" <<'PY'
import json, sys
book = json.load(open(sys.argv[1], encoding="utf-8"))
planted = {tuple(sorted(l.split("\t")[i].rsplit(".", 1)[0] for i in (0, 1))) for l in open(sys.argv[2], encoding="utf-8").read().splitlines() if l}
flagged = {tuple(sorted((s["id"], o))) for s in book["sources"] for n in s["notes"] if n["kind"] == "duplicate" for o in n["sources"]}
print(f"{len(planted & flagged)}/{len(planted)} planted, {len(flagged - planted)} other")
PY
)
  analyse_med[$n]=$(median "${analyses[@]}")
  wall_med[$n]=$(median "${walls[@]}")
  peak_rss[$n]=$peak
  echo "N=$n: analyse ${analyses[*]} ms, wall ${walls[*]} ms" >&2
done

echo
printf '%8s  %10s  %18s  %18s  %14s  %s\n' "N" "corpus MB" "analyse ms (med)" "build wall s (med)" "peak RSS MiB" "copies found"
for n in "${sizes[@]}"; do
  rss="n/a"
  [ -n "${peak_rss[$n]}" ] && rss=$(awk -v k="${peak_rss[$n]}" 'BEGIN { printf "%.0f", k / 1024 }')
  wall=$(awk -v ms="${wall_med[$n]}" 'BEGIN { printf "%.2f", ms / 1000 }')
  printf '%8s  %10s  %18s  %18s  %14s  %s\n' "$n" "${corpus_mb[$n]}" "${analyse_med[$n]}" "$wall" "$rss" "${recall[$n]}"
done

smallest=$(printf '%s\n' "${sizes[@]}" | sort -n | head -n 1)
largest=$(printf '%s\n' "${sizes[@]}" | sort -n | tail -n 1)
if [ "$smallest" != "$largest" ]; then
  awk -v a="${analyse_med[$smallest]}" -v b="${analyse_med[$largest]}" -v s="$smallest" -v l="$largest" 'BEGIN {
    growth = a > 0 ? sprintf("x%.1f", b / a) : "n/a (0 ms at the smallest N)"
    printf "\nanalyse time growth from N=%d to N=%d (x%.1f articles): %s\n", s, l, l / s, growth
  }'
fi
[ -n "$gnu_time" ] || echo "(peak RSS not measured: /usr/bin/time is missing)"
