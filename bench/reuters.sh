#!/usr/bin/env bash
# Duplicate-detection benchmark on a real wire corpus. Usage: bench/reuters.sh [TARBALL]
#   TARBALL defaults to $REUTERS_TAR, else ../shared/corpora/reuters-dev.tar.gz next to the repository (the
#   development half of Reuters-21578: 9,078 stories and reference-pairs.json, the re-filed story pairs).
#   Unpacks it into bench/out/reuters/, builds it as a book (Release CLI, one build, /usr/bin/time -v), and
#   prints: recall on the reference pairs, story pairs reported as copies outside the reference, template
#   matches, possible-conflict notes, stories with no body, and the build's cpu, wall time and peak memory.
#   Writes for reading: bench/out/reuters-missed.txt (reference pairs not found) and
#   bench/out/reuters-sample.txt (30 reported non-reference pairs, fixed seed, with their shared paragraphs).
# Needs dotnet and python3; /usr/bin/time is optional (apt-get install -y time).
# BENCH_NO_PUBLISH=1 reuses the CLI already published in bench/out/bin instead of publishing src/ again.
set -euo pipefail
cd "$(dirname "$0")/.."

tarball=${1:-${REUTERS_TAR:-../shared/corpora/reuters-dev.tar.gz}}
[ -f "$tarball" ] || { echo "error: no corpus at '$tarball'; pass its path: $0 PATH/reuters-dev.tar.gz" >&2; exit 2; }

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

root="$out/reuters"
site="$out/reuters-site"
echo "unpacking $tarball into $root ..." >&2
rm -rf "$root" "$site" && mkdir -p "$root/content"
tar xzf "$tarball" -C "$root"
corpus=$(find "$root" -mindepth 1 -maxdepth 1 -type d ! -name content | head -n 1)
mv "$corpus/seeds" "$root/seeds"
mv "$corpus/reference-pairs.json" "$root/reference-pairs.json"
cp -r themes "$root/"
printf 'title: Reuters-21578, development half\nsubtitle: Wire stories, for the duplicate-detection benchmark\nlanguage: en\ntheme: default\n' >"$root/content/book.yml"

# `build` indexes for search with Pagefind by default since issue 11; the benchmarks time the build alone (an
# older CLI without `--no-search` never indexed, so it is passed only where the CLI knows it).
no_search=; case "$("$cli" build --help 2>/dev/null || true)" in *--no-search*) no_search=--no-search ;; esac
cmd=("$cli" build --root "$root" --output "$site" $no_search)
time_log="$out/reuters.time"
if command -v /usr/bin/time >/dev/null; then
  cmd=(/usr/bin/time -v -o "$time_log" "${cmd[@]}")
else
  echo "note: /usr/bin/time not found, cpu and peak memory are not measured (apt-get install -y time)" >&2
  rm -f "$time_log"
fi
echo "building $(find "$root/seeds" -type f | wc -l) stories (one build) ..." >&2
start=$(date +%s%N)
rc=0
"${cmd[@]}" >"$out/reuters.out" 2>"$out/reuters.err" || rc=$?
end=$(date +%s%N)
if [ "$rc" -ne 0 ]; then
  echo "error: the build exited with $rc; the end of its stderr:" >&2
  tail -n 20 "$out/reuters.err" >&2
  exit 1
fi
grep '^built ' "$out/reuters.out" >&2 || true

python3 - "$root" "$site" "$out" "$(( (end - start) / 1000000 ))" "$time_log" <<'PY'
import html, json, os, random, re, sys

root, site, out, wall_ms, time_log = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5]
book = json.load(open(os.path.join(site, "data", "book.json"), encoding="utf-8"))
seed_of = {s["id"]: s["seed"] for s in book["sources"]}
reference = {tuple(sorted(p)) for p in json.load(open(os.path.join(root, "reference-pairs.json"), encoding="utf-8"))}

def pairs(kind):
    found = {}
    for s in book["sources"]:
        for n in s["notes"]:
            if n["kind"] != kind:
                continue
            for other in n["sources"]:
                key = tuple(sorted((s["seed"], seed_of[other])))
                found.setdefault(key, set()).add((s["id"], n.get("paragraph"), other, n.get("other_paragraph")))
    return found

copies = pairs("duplicate")
templates = pairs("template")
possible = [n for s in book["sources"] for n in s["notes"] if n.get("possible")]
possible_pairs = {tuple(sorted((s["seed"], seed_of[o]))) for s in book["sources"] for n in s["notes"] if n.get("possible") for o in n["sources"]}
found = reference & copies.keys()
outside = sorted(copies.keys() - reference)

paragraph_re = re.compile(r'<(?:p|h3) id="p(\d+)"[^>]*>(.*?)</(?:p|h3)>', re.S)
def paragraphs(source_id):
    page = os.path.join(site, "sources", source_id, "index.html")
    text = open(page, encoding="utf-8").read()
    body = text[text.find('class="article-body"'):]
    result = {}
    for number, inner in paragraph_re.findall(body):
        inner = re.sub(r'<span class="copy-ref">.*', "", inner, flags=re.S)
        result[int(number)] = html.unescape(re.sub(r"<[^>]+>", "", inner)).lstrip("¶").strip()
    return result

id_of = {s["seed"]: s["id"] for s in book["sources"]}
empty = [s["seed"] for s in book["sources"] if not paragraphs(s["id"])]

with open(os.path.join(out, "reuters-missed.txt"), "w", encoding="utf-8") as f:
    for a, b in sorted(reference - copies.keys()):
        kinds = "template match" if (a, b) in templates else "not reported"
        f.write(f"{a} {b}: {kinds}; paragraphs {len(paragraphs(id_of[a]))} / {len(paragraphs(id_of[b]))}\n")

sample = random.Random(14).sample(outside, min(30, len(outside)))
with open(os.path.join(out, "reuters-sample.txt"), "w", encoding="utf-8") as f:
    for i, (a, b) in enumerate(sample, 1):
        f.write(f"=== {i}. {a} {b}\n")
        for here, p, there, q in sorted(copies[(a, b)])[:4]:
            if seed_of[here] != a:
                continue
            f.write(f"--- {seed_of[here]} ¶{p}: {paragraphs(here).get(p, '?')}\n")
            f.write(f"+++ {seed_of[there]} ¶{q}: {paragraphs(there).get(q, '?')}\n")
        f.write("\n")

cpu = peak = None
if os.path.exists(time_log):
    t = open(time_log, encoding="utf-8").read()
    user = float(re.search(r"User time \(seconds\): ([\d.]+)", t).group(1))
    system = float(re.search(r"System time \(seconds\): ([\d.]+)", t).group(1))
    cpu = user + system
    peak = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", t).group(1)) / 1024

print(f"stories                         {len(book['sources'])}")
print(f"stories with no body            {len(empty)}")
print(f"reference pairs found           {len(found)} / {len(reference)}  (recall {len(found) / len(reference):.3f})")
print(f"reported pairs outside ref.     {len(outside)}")
print(f"template matches                {len(templates)} story pairs ({sum(len(v) for v in templates.values())} notes)")
print(f"possible-conflict notes         {len(possible)} (on {len(possible_pairs)} story pairs, {len(possible_pairs - reference)} outside the reference)")
print(f"build wall                      {wall_ms / 1000:.1f} s")
print(f"build cpu (user+sys)            {cpu:.1f} s" if cpu is not None else "build cpu                       n/a")
print(f"build peak RSS                  {peak:.0f} MiB" if peak is not None else "build peak RSS                  n/a")
print(f"missed pairs: {out}/reuters-missed.txt; sample of 30 outside pairs: {out}/reuters-sample.txt")
PY
