#!/usr/bin/env python3
"""Compares binaries of wegweiser on incremental builds, run alternating so that the machine's
drift falls on all of them alike.

    bench/compare_incremental.py RUNS SITE NAME=BINARY [NAME=BINARY ...]

SITE is a copy of a site to edit (e.g. of the bench corpus, `c2000/wegweiser`); before each
build one sentence is appended to the page `bench/run.sh` edits (the first Markdown file that
is not an `_index`). Each binary builds into its own output and cache folder beside SITE, after
three builds to fill them. Prints the median and mean wall time and CPU time (user + system)
of each binary's RUNS builds; the order of the binaries is reversed every other round."""
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path


def main():
    runs, site = int(sys.argv[1]), Path(sys.argv[2]).resolve()
    binaries = [arg.split("=", 1) for arg in sys.argv[3:]]
    pages = [p for p in sorted((site / "content").rglob("*.md")) if not p.name.startswith("_index")]
    page = pages[0]

    def build(name, binary):
        with open(page, "a") as text:
            text.write(f"\nOne more sentence, written at {time.time_ns()}.\n")
        args = [binary, "build", "--quiet", "--root", site,
                "--out", f"{site}-out-{name}", "--cache", f"{site}-cache-{name}"]
        start = time.perf_counter()
        child = subprocess.Popen(args)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - start
        if status != 0:
            sys.exit(f"{name} failed: {status}")
        return wall, usage.ru_utime + usage.ru_stime

    for name, binary in binaries:
        for _ in range(3):
            build(name, binary)
    times = {name: ([], []) for name, _ in binaries}
    for round in range(runs):
        for name, binary in binaries if round % 2 == 0 else binaries[::-1]:
            wall, cpu = build(name, binary)
            times[name][0].append(wall)
            times[name][1].append(cpu)
    print(f"{runs} incremental builds each of {site}, editing {page.relative_to(site)}")
    for name, (wall, cpu) in times.items():
        ms = lambda xs, f: f"{f(xs) * 1000:6.1f}"
        print(f"{name:12} wall median {ms(wall, statistics.median)} ms, mean {ms(wall, statistics.mean)} ms;"
              f"  CPU median {ms(cpu, statistics.median)} ms, mean {ms(cpu, statistics.mean)} ms")


if __name__ == "__main__":
    main()
