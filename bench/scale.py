#!/usr/bin/env python3
"""Measures how wegweiser's cost grows with the site: builds of a small and a large corpus
(../shared/bench/gen_corpus.py, 5 languages), with and without `search = true`, run
alternating so that the machine's drift falls on both alike, and the cost per page of the
large one against the small one's.

    bench/scale.py [SMALL LARGE] [RUNS]      pages per language, default 2000 10000; runs 3

Corpora are made under $BENCH_DIR (default /dev/shm/wegweiser-bench) when missing; output goes
to tmpfs there, emptied before each build. Prints the median wall and CPU time (user + system)
and the largest peak memory (GNU time) of each case, then the per-page ratios."""
import os
import shutil
import statistics
import subprocess
import sys
from pathlib import Path

LANGUAGES = "de,en,es,uk,ar"


def corpus(work, pages, generator):
    """The wegweiser site of `pages` pages per language, and its copy with search on."""
    folder = work / f"c{pages}"
    if not folder.exists():
        subprocess.run([sys.executable, generator, "--pages", str(pages), "--langs", LANGUAGES,
                        "--engines", "wegweiser", "--out", folder],
                       check=True, stdout=subprocess.DEVNULL)
    searching = work / f"c{pages}-search"
    if not searching.exists():
        shutil.copytree(folder / "wegweiser", searching)
        config = searching / "config.toml"
        config.write_text("search = true\n" + config.read_text())
    return folder / "wegweiser", searching


def build(binary, site, out):
    """One build into an emptied `out`: (wall s, CPU s, peak MiB)."""
    shutil.rmtree(out, ignore_errors=True)
    done = subprocess.run(["/usr/bin/time", "-f", "%e %U %S %M", binary, "build", "--quiet",
                           "--root", site, "--out", out],
                          check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wall, user, system, peak = done.stderr.strip().splitlines()[-1].split()
    return float(wall), float(user) + float(system), int(peak) / 1024


def main():
    args = sys.argv[1:]
    small, large = (int(args[0]), int(args[1])) if len(args) >= 2 else (2000, 10000)
    runs = int(args[2]) if len(args) >= 3 else 3
    root = Path(__file__).resolve().parent.parent
    generator = os.environ.get("GEN_CORPUS", root.parent / "shared/bench/gen_corpus.py")
    work = Path(os.environ.get("BENCH_DIR", "/dev/shm/wegweiser-bench"))
    work.mkdir(parents=True, exist_ok=True)
    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=root, check=True)
    binary = root / "target/release/wegweiser"

    sites = {}
    for pages in (small, large):
        plain, searching = corpus(work, pages, generator)
        sites[("build", pages)] = plain
        sites[("search build", pages)] = searching
    times = {case: [] for case in sites}
    for _ in range(runs):
        for case, site in sites.items():
            times[case].append(build(binary, site, work / "out-scale"))

    def summary(case):
        got = times[case]
        return (statistics.median(t[0] for t in got), statistics.median(t[1] for t in got),
                max(t[2] for t in got))

    for case in sites:
        wall, cpu, peak = summary(case)
        print(f"{case[0]:12} {case[1] * 5:>7} pages: wall {wall:.2f} s, CPU {cpu:.2f} s, "
              f"peak {peak:.0f} MiB")
    for kind in ("build", "search build"):
        few, many = summary((kind, small)), summary((kind, large))
        ratios = [m / few[i] * small / large for i, m in enumerate(many)]
        print(f"{kind}: per page, {large * 5} / {small * 5} pages: wall {ratios[0]:.2f}×, "
              f"CPU {ratios[1]:.2f}×, peak {ratios[2]:.2f}×")


if __name__ == "__main__":
    main()
