#!/usr/bin/env python3
"""Measures `wegweiser serve`: the time from writing an edited page to the reload event that
open browser tabs receive (server-sent events), on a site folder of the benchmark corpus.

    bench/serve_latency.py WEGWEISER_BINARY SITE_DIR [EDITS]

Each edit changes the text (not the front matter) of one page, like an editor's save. Prints
the median, minimum and maximum in milliseconds."""
import os, socket, statistics, subprocess, sys, time

binary, site, edits = sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 20
server = subprocess.Popen([binary, "serve", "--root", site, "--port", "0"], stdout=subprocess.PIPE, text=True)
try:
    address = None
    while address is None:
        line = server.stdout.readline()
        if not line:
            sys.exit("serve ended before it printed its address")
        if "http://" in line:
            address = line.split("http://")[1].split("/")[0]
    host, port = address.rsplit(":", 1)
    events = socket.create_connection((host, int(port)))
    events.sendall(f"GET /__wegweiser/events HTTP/1.1\r\nHost: {address}\r\nAccept: text/event-stream\r\n\r\n".encode())
    events.settimeout(10)
    stream = events.makefile("rb")

    def wait_for_reload():
        while True:
            line = stream.readline()
            if not line:
                sys.exit("the event stream closed")
            if line.strip() == b"event: reload":
                return

    page = next(
        os.path.join(root, name)
        for root, _, files in os.walk(os.path.join(site, "content"))
        for name in sorted(files)
        if name.endswith(".md") and not name.startswith("_index")
    )
    original = open(page, encoding="utf-8").read()
    time.sleep(0.5)
    timings = []
    try:
        for n in range(edits):
            with open(page, "w", encoding="utf-8") as f:
                f.write(original + f"\nEdit number {n}.\n")
            started = time.perf_counter()
            wait_for_reload()
            timings.append((time.perf_counter() - started) * 1000)
            time.sleep(0.2)
    finally:
        with open(page, "w", encoding="utf-8") as f:
            f.write(original)
    print(f"edit → reload event over {edits} edits of {page}: median {statistics.median(timings):.1f} ms, "
          f"min {min(timings):.1f} ms, max {max(timings):.1f} ms")
finally:
    server.terminate()
    server.wait()
