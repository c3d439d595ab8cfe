"""``tutor serve``: how long until the first screen, in a real browser and over a socket.

Run: ``python benchmarks/bench_serve.py [--runs 5]``. Starts ``tutor serve`` on a free
port with a temporary data folder and, for each run, opens a fresh page in headless
Chromium (``$TUTOR_CHROMIUM`` or the system ``chromium``) for a new learner: the time
from ``page.goto`` until the app's first output reaches the terminal (textual-serve
marks the page ``-first-byte``) and until the library's summary line has arrived over
the WebSocket (measured separately with aiohttp, no browser). Each connection starts
its own tutor process, so this is the cost a learner waits for.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "serve"))
from served import serving

ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]  # fmt: skip


def browser_times(url: str, runs: int) -> list[float]:
    from playwright.sync_api import sync_playwright

    chromium = os.environ.get("TUTOR_CHROMIUM") or shutil.which("chromium")
    if chromium is None:
        print("browser: skipped (no chromium)")
        return []
    times = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=ARGS)
        for n in range(runs):
            page = browser.new_page(viewport={"width": 1100, "height": 700})
            start = time.perf_counter()
            page.goto(f"{url}/?learner=learner{n}")
            page.wait_for_function("document.body.classList.contains('-first-byte')")
            times.append((time.perf_counter() - start) * 1000)
            page.close()
        browser.close()
    return times


async def socket_time(url: str, n: int) -> float:
    import aiohttp

    start = time.perf_counter()
    ws_url = f"{url.replace('http', 'ws')}/ws/as/socket{n}?width=100&height=30"
    async with aiohttp.ClientSession() as client, client.ws_connect(ws_url) as ws:
        seen = b""
        while b"item(s) due" not in seen:
            message = await ws.receive(timeout=20)
            if message.type == aiohttp.WSMsgType.BINARY:
                seen += message.data
        return (time.perf_counter() - start) * 1000


def report(label: str, times: list[float]) -> None:
    if times:
        print(
            f"{label}: first {times[0]:.0f} ms, median {statistics.median(times):.0f} ms,"
            f" max {max(times):.0f} ms over {len(times)}"
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder, serving(Path(folder) / "data") as url:
        report("browser: goto -> first screen", browser_times(url, args.runs))
        sockets = [asyncio.run(socket_time(url, n)) for n in range(args.runs)]
        report("websocket: connect -> library painted", sockets)


if __name__ == "__main__":
    main()
