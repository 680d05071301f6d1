#!/usr/bin/env bash
# Build benchmark. Usage: bench/run.sh [N...]
#   With no arguments: the seed book (wall time with hyperfine, peak memory with /usr/bin/time -v).
#   With sizes N: the seed book plus N synthetic scrapes (reworded copies of the seeds with no source entry),
#   to see how the build grows with the corpus.
# Needs hyperfine and GNU time (apt-get install -y hyperfine time).
set -euo pipefail
cd "$(dirname "$0")/.."

out=bench/out
mkdir -p "$out"
dotnet publish src/BriefingBook.Cli -c Release -o "$out/bin" --nologo -v quiet >/dev/null
cli="$out/bin/briefingbook"

measure() {
  local root=$1 label=$2
  hyperfine --warmup 1 --runs 5 --export-markdown "$out/$label.md" \
    "$cli build --root $root --output $out/site-$label --no-search" >/dev/null
  local mean peak
  mean=$(awk -F'|' 'NR==3 {print $3}' "$out/$label.md" | xargs)
  peak=$(/usr/bin/time -v "$cli" build --root "$root" --output "$out/site-$label" --no-search 2>&1 >/dev/null | awk -F': ' '/Maximum resident/ {print $2}')
  printf '%-14s wall %s   peak RSS %s KiB\n' "$label" "$mean" "$peak"
}

measure . seed-book

for n in "$@"; do
  root="$out/synthetic-$n"
  rm -rf "$root" && mkdir -p "$root"
  cp -r content themes "$root/" && cp -r seeds "$root/seeds"
  python3 - "$root/seeds" "$n" <<'PY'
import os, random, sys
folder, n = sys.argv[1], int(sys.argv[2])
seeds = [open(os.path.join(folder, f), encoding="utf-8").read() for f in sorted(os.listdir(folder))]
words = "talks envoy ministry delegation agreement pipeline border trade council minister statement".split()
rng = random.Random(n)
for i in range(n):
    text = seeds[i % len(seeds)].split(" ")
    for _ in range(len(text) // 20):
        text[rng.randrange(len(text))] = rng.choice(words)
    with open(os.path.join(folder, f"synthetic-{i:06d}.txt"), "w", encoding="utf-8") as f:
        f.write(" ".join(text))
PY
  measure "$root" "synthetic-$n"
done
