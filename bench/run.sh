#!/usr/bin/env bash
# Times wegweiser against its peers on the same multilingual corpus (../shared/bench/gen_corpus.py:
# de, en, es, uk, ar), in one run, on tmpfs, and writes the figures to bench/latest.md:
#
#   build            wegweiser build      vs  hugo             and  zola build
#   search           wegweiser build with `search = true`  vs  hugo, then the pagefind CLI
#   check            wegweiser check      (load, link and render, nothing written)
#   serve            one page's text saved → search index of the served site refreshed
#   incremental      wegweiser build --cache after one page's text changed  vs  a full build
#
#   bench/run.sh [PAGES_PER_LANGUAGE ...]     default: 200 2000
#
# Needs hugo and hyperfine (installed from Debian's packages when missing), the pagefind CLI
# (installed from npm into the bench folder when missing), zola (ZOLA=path, or on PATH; without
# it the Zola row is left out: build 0.22.1 from its source with `cargo build --release`, as
# bench/RESULTS.md says) and GNU time.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "$#" -eq 0 ]; then sizes=(200 2000); else sizes=("$@"); fi
generator=${GEN_CORPUS:-../shared/bench/gen_corpus.py}
work=${BENCH_DIR:-/dev/shm/wegweiser-bench}
runs=${RUNS:-5}
mkdir -p "$work"

for tool in hugo hyperfine; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$tool" >/dev/null
  fi
done
pagefind=${PAGEFIND:-$work/npm/node_modules/@pagefind/linux-x64/bin/pagefind_extended}
if [ ! -x "$pagefind" ]; then
  npm install --silent --prefix "$work/npm" @pagefind/linux-x64@1.6.0 >/dev/null
fi
zola=${ZOLA:-$(command -v zola || true)}
cargo build --release --quiet
ww="$PWD/target/release/wegweiser"

results=bench/latest.md
{
  echo "# Benchmark: wegweiser against Hugo, Zola and Hugo + pagefind"
  echo
  echo "Measured $(date -u +%Y-%m-%d) on $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo):"
  echo "wegweiser $("$ww" --version | cut -d' ' -f2) ($(git rev-parse --short HEAD)), $(hugo version | cut -d' ' -f1-2),"
  echo "${zola:+$("$zola" --version), }pagefind $("$pagefind" --version | cut -d' ' -f2) (npm \`@pagefind/linux-x64\`)."
  echo "Corpus: \`$generator\` with 5 languages (de, en, es, uk, ar); output on tmpfs, emptied"
  echo "before every run (hyperfine \`--prepare\`); $runs runs of each command after a warm-up, in"
  echo "one hyperfine invocation. Reproduce: \`bench/run.sh ${sizes[*]}\`."
  echo
  echo "| pages (per language) | pair | wegweiser wall | peer wall | wall ratio | wegweiser CPU | peer CPU | CPU ratio | wegweiser peak RSS | peer peak RSS |"
  echo "|---|---|---|---|---|---|---|---|---|---|"
} > "$results.tmp"
notes=()

for pages in "${sizes[@]}"; do
  corpus="$work/c$pages"
  if [ ! -d "$corpus" ]; then
    python3 "$generator" --pages "$pages" --langs de,en,es,uk,ar --engines hugo,wegweiser,zola \
      --out "$corpus" >/dev/null
  fi
  # The same site with `search = true`: the pagefind index built with it.
  searching="$work/c$pages-search"
  if [ ! -d "$searching" ]; then
    cp -r "$corpus/wegweiser" "$searching"
    sed -i '0,/^default_language/s//search = true\ndefault_language/' "$searching/config.toml"
  fi
  out="$work/out"
  commands=(
    -n hugo "hugo --quiet --source $corpus/hugo -d $out/hugo"
    -n wegweiser "$ww build --quiet --root $corpus/wegweiser --out $out/ww"
    -n hugo+pagefind "hugo --quiet --source $corpus/hugo -d $out/hugo-pf && $pagefind --site $out/hugo-pf --silent"
    -n wegweiser-search "$ww build --quiet --root $searching --out $out/search"
    -n check "$ww check --root $corpus/wegweiser"
  )
  if [ -n "$zola" ]; then
    commands+=(-n zola "$zola --root $corpus/zola build --force --output-dir $out/zola")
  fi
  json="$work/hyperfine-$pages.json"
  hyperfine --style basic --warmup 1 --runs "$runs" --export-json "$json" \
    --prepare "rm -rf $out" "${commands[@]}" >&2

  declare -A kb
  # Incremental: a build with --cache after one page's text changed (each run appends a
  # sentence to it), against a full build of the same site without a cache, in one run.
  editing="$work/c$pages-edit"
  rm -rf "$editing" "$work/cache" "$out"
  cp -r "$corpus/wegweiser" "$editing"
  page=$(find "$editing/content" -name '*.md' ! -name '_index*' | sort | sed -n 1p)
  edit="printf '\\nOne more sentence, written at %s.\\n' \"\$(date +%N)\" >> $page"
  "$ww" build --quiet --root "$editing" --out "$out/inc" --cache "$work/cache"
  hyperfine --style basic --warmup 1 --runs "$runs" --export-json "$work/incremental-$pages.json" \
    --prepare "rm -rf $out/full" --prepare "$edit" \
    -n full "$ww build --quiet --root $editing --out $out/full" \
    -n incremental "$ww build --quiet --root $editing --out $out/inc --cache $work/cache" >&2
  sh -c "$edit"
  kb[incremental]=$(/usr/bin/time -f %M "$ww" build --quiet --root "$editing" --out "$out/inc" \
    --cache "$work/cache" 2>&1 >/dev/null | tail -1)
  sh -c "$edit"
  rendered=$("$ww" build --root "$editing" --out "$out/inc" --cache "$work/cache" |
    sed -n 's/.*(\(.*\))$/\1/p')
  rm -rf "$editing" "$work/cache"

  # Peak memory: one further run of each, after the timed ones.
  peak() { rm -rf "$out"; /usr/bin/time -f %M sh -c "$1" 2>&1 >/dev/null | tail -1; }
  kb[hugo]=$(peak "hugo --quiet --source $corpus/hugo -d $out/hugo")
  kb[wegweiser]=$(peak "$ww build --quiet --root $corpus/wegweiser --out $out/ww")
  kb[wegweiser-search]=$(peak "$ww build --quiet --root $searching --out $out/search")
  hugo --quiet --source "$corpus/hugo" -d "$out/hugo-pf"
  pagefind_kb=$(/usr/bin/time -f %M "$pagefind" --site "$out/hugo-pf" --silent 2>&1 >/dev/null | tail -1)
  kb[hugo+pagefind]=$(( pagefind_kb > ${kb[hugo]} ? pagefind_kb : ${kb[hugo]} ))
  kb[zola]=0
  if [ -n "$zola" ]; then kb[zola]=$(peak "$zola --root $corpus/zola build --force --output-dir $out/zola"); fi
  rm -rf "$out"

  latency=$(python3 bench/serve_latency.py "$ww" "$searching" 10 2>/dev/null |
    sed -n 's/.*median \([0-9.]*\) ms.*/\1/p')
  notes+=("serve with search, $pages pages per language: a saved text edit → reload event with the search index refreshed, median of 10: ${latency:-?} ms")

  python3 - "$json" "$work/incremental-$pages.json" "$pages" "${kb[hugo]}" "${kb[zola]}" \
    "${kb[hugo+pagefind]}" "${kb[wegweiser]}" "${kb[wegweiser-search]}" "${kb[incremental]}" \
    >> "$results.tmp" <<'PY'
import json, sys
data = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
data.update({"cached " + r["command"]: r for r in json.load(open(sys.argv[2]))["results"]})
pages = int(sys.argv[3])
kb = dict(zip(["hugo", "zola", "hugo+pagefind", "wegweiser", "wegweiser-search", "cached incremental"],
              map(int, sys.argv[4:])))
kb["cached full"] = kb["wegweiser"]
wall = lambda name: data[name]["median"]
cpu = lambda name: data[name]["user"] + data[name]["system"]
mib = lambda name: f"{kb[name] / 1024:,.0f} MiB"
label = f"{pages * 5:,} ({pages:,})"
def row(pair, ours, peer):
    print(f"| {label} | {pair} | {wall(ours):.2f} s | {wall(peer):.2f} s | {wall(ours) / wall(peer):.2f}× | "
          f"{cpu(ours):.2f} s | {cpu(peer):.2f} s | {cpu(ours) / cpu(peer):.2f}× | {mib(ours)} | {mib(peer)} |")
row("build vs Hugo", "wegweiser", "hugo")
if "zola" in data:
    row("build vs Zola", "wegweiser", "zola")
row("search vs Hugo + pagefind", "wegweiser-search", "hugo+pagefind")
print(f"| {label} | `check` vs Hugo's build | {wall('check'):.2f} s | {wall('hugo'):.2f} s | "
      f"{wall('check') / wall('hugo'):.2f}× | {cpu('check'):.2f} s | {cpu('hugo'):.2f} s | "
      f"{cpu('check') / cpu('hugo'):.2f}× | | |")
row("incremental (`--cache`, one page's text changed) vs full build", "cached incremental", "cached full")
PY
  notes+=("incremental, $pages pages per language: the cached build said \"$rendered\"")
done
{
  echo
  echo "Wall times are hyperfine medians, CPU times the means of user + system time, peak memory the"
  echo "maximum resident set size (\`/usr/bin/time\`) of one further run; for Hugo + pagefind the larger"
  echo "of the two. Ratios are wegweiser / peer, measured in the same run. The pagefind CLI indexes"
  echo "every page Hugo wrote; wegweiser indexes the pages written in each language (fallbacks and"
  echo "print versions left out)."
  for note in "${notes[@]}"; do echo "- $note"; done
} >> "$results.tmp"
mv "$results.tmp" "$results"
cat "$results"
