#!/usr/bin/env bash
# Times `wegweiser build` and `wegweiser check` against Hugo on the same multilingual corpus
# (../shared/bench/gen_corpus.py: de, en, es, uk, ar), in one run, on tmpfs, and writes the
# figures to bench/RESULTS.md.
#
#   bench/run.sh [PAGES_PER_LANGUAGE ...]     default: 200 2000
#
# Needs hugo and hyperfine (installed from Debian's packages when missing) and GNU time.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "$#" -eq 0 ]; then sizes=(200 2000); else sizes=("$@"); fi
generator=${GEN_CORPUS:-../shared/bench/gen_corpus.py}
work=${BENCH_DIR:-/dev/shm/wegweiser-bench}
runs=${RUNS:-5}

for tool in hugo hyperfine; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$tool" >/dev/null
  fi
done
cargo build --release --quiet
ww="$PWD/target/release/wegweiser"

results=bench/RESULTS.md
{
  echo "# Benchmark: wegweiser against Hugo"
  echo
  echo "Measured $(date -u +%Y-%m-%d) on $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo),"
  echo "$(hugo version | cut -d' ' -f1-2), wegweiser $("$ww" --version | cut -d' ' -f2)."
  echo "Corpus: \`$generator\` with 5 languages (de, en, es, uk, ar); output on tmpfs, emptied"
  echo "before every run for both (hyperfine \`--prepare\`); $runs runs each after a warm-up, in one"
  echo "hyperfine invocation (hyperfine runs each command's runs back to back)."
  echo "Reproduce: \`bench/run.sh ${sizes[*]}\`."
  echo
  echo "| pages per language (total) | Hugo wall | wegweiser wall | ratio | Hugo CPU | wegweiser CPU | ratio | wegweiser check | check / Hugo | wegweiser with search | search / Hugo | Hugo peak RSS | wegweiser peak RSS | ratio | wegweiser pages/s | serve: edit → reload |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
} > "$results.tmp"

for pages in "${sizes[@]}"; do
  corpus="$work/c$pages"
  if [ ! -d "$corpus" ]; then
    python3 "$generator" --pages "$pages" --langs de,en,es,uk,ar --out "$corpus" >/dev/null
  fi
  # The same site with `search = true`: the pagefind index built with it (Hugo has none).
  searching="$work/c$pages-search"
  if [ ! -d "$searching" ]; then
    cp -r "$corpus/wegweiser" "$searching"
    sed -i '0,/^default_language/s//search = true\ndefault_language/' "$searching/config.toml"
  fi
  json="$work/hyperfine-$pages.json"
  hyperfine --style basic --warmup 1 --runs "$runs" --export-json "$json" \
    --prepare "rm -rf $work/out-hugo $work/out-ww $work/out-search" \
    -n hugo "hugo --quiet --source $corpus/hugo -d $work/out-hugo" \
    -n wegweiser "$ww build --quiet --root $corpus/wegweiser --out $work/out-ww" \
    -n search "$ww build --quiet --root $searching --out $work/out-search" \
    -n check "$ww check --root $corpus/wegweiser" >&2
  peak() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1; }
  rm -rf "$work/out-hugo" "$work/out-ww"
  hugo_kb=$(peak hugo --quiet --source "$corpus/hugo" -d "$work/out-hugo")
  ww_kb=$(peak "$ww" build --quiet --root "$corpus/wegweiser" --out "$work/out-ww")
  latency=$(python3 bench/serve_latency.py "$ww" "$corpus/wegweiser" 20 2>/dev/null | sed -n 's/.*median \([0-9.]*\) ms.*/\1/p')
  python3 - "$json" "$pages" "$hugo_kb" "$ww_kb" "${latency:-?}" >> "$results.tmp" <<'PY'
import json, sys
data = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
pages, hugo_kb, ww_kb, latency = int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
median = lambda name: data[name]["median"]
cpu = lambda name: data[name]["user"] + data[name]["system"]
total = pages * 5
h, w, c, s = median("hugo"), median("wegweiser"), median("check"), median("search")
hc, wc = cpu("hugo"), cpu("wegweiser")
print(f"| {pages} ({total}) | {h:.2f} s | {w:.2f} s | {w/h:.2f}× | {hc:.2f} s | {wc:.2f} s | {wc/hc:.2f}× | {c:.2f} s | {c/h:.2f}× | {s:.2f} s | {s/h:.2f}× | "
      f"{hugo_kb/1024:.0f} MiB | {ww_kb/1024:.0f} MiB | {ww_kb/hugo_kb:.2f}× | {total/w:,.0f} | {latency} ms |")
PY
done
{
  echo
  echo "Wall times are hyperfine medians, CPU times the means of user + system time; peak memory is the maximum resident set size from"
  echo "\`/usr/bin/time\` of one further run each. Ratios are wegweiser / Hugo, measured in the same run."
  echo "Serve: median over 20 saves of one page's text, from the write to the reload event"
  echo "(\`bench/serve_latency.py\`); Hugo's fast render took about 70 ms on such a site."
  echo "With search: the same site with \`search = true\`, so each build also makes the pagefind index"
  echo "of every page (Hugo builds no search index; a Hugo site would run the pagefind CLI after it)."
} >> "$results.tmp"
mv "$results.tmp" "$results"
cat "$results"
