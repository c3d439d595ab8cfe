"""UI speed: time to the Library's first frame beside a bare Textual app, and keystroke latency.

Run: ``python benchmarks/bench_ui.py [runs]``. Each app is started in a fresh
interpreter (headless), alternating, until its first frame is painted; the ratio of
medians is the figure to watch (target: Library within 1.5x of "hello"). Then, in
one process, a key typed into the chat input is timed until the screen is idle again
(rendered), against one frame at 60 Hz.
"""

from __future__ import annotations

import asyncio
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKS = ROOT / "tests" / "ui" / "data" / "packs"

HELLO = """
from textual.app import App
from textual.widgets import Static
class Hello(App[None]):
    def compose(self):
        yield Static("hello")
    def on_mount(self):
        self.call_after_refresh(painted)
def painted():
    print("painted", flush=True)
    os._exit(0)
import os
Hello().run(headless=True)
"""

LIBRARY = """
import sys
from pathlib import Path
from tutor.learning.services import TutorServices
from tutor.ui.app import TutorApp
class Timed(TutorApp):
    def on_mount(self):
        super().on_mount()
        self.call_after_refresh(lambda: self.call_after_refresh(painted))
def painted():
    print("painted", flush=True)
    os._exit(0)
import os
services = TutorServices(data_dir=Path(sys.argv[1]), pack_paths=(Path(sys.argv[2]),),
                         builtin=False, user_packs=False)
Timed(services).run(headless=True)
"""


def spawn(code: str, *args: str) -> float:
    """Seconds from spawning the interpreter to the child saying it painted a frame."""
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", code, *args], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    elapsed = time.perf_counter() - start
    child.wait()
    assert line.strip() == "painted", f"the app did not paint: {line!r}"
    return elapsed


def first_frames(runs: int) -> tuple[list[float], list[float]]:
    hello, library = [], []
    with tempfile.TemporaryDirectory() as data:
        spawn(LIBRARY, data, str(PACKS))  # warm the disk cache and create the store
        for _ in range(runs):
            hello.append(spawn(HELLO))
            library.append(spawn(LIBRARY, data, str(PACKS)))
    return hello, library


async def keystrokes(count: int) -> list[float]:
    sys.path.insert(0, str(ROOT))
    from tests.ui.conftest import make_services
    from tutor.ui.app import TutorApp

    with tempfile.TemporaryDirectory() as tmp:
        app = TutorApp(make_services(Path(tmp), PACKS))
        async with app.run_test(size=(100, 30)) as pilot:
            await app.workers.wait_for_complete()
            await pilot.pause()
            await pilot.press("down", "enter")
            app.screen.query_one("#answer").focus()
            await pilot.pause()
            times = []
            for _ in range(count):
                start = time.perf_counter()
                await pilot.press("a")
                times.append(time.perf_counter() - start)
            return times


def ms(values: list[float]) -> str:
    return f"median {statistics.median(values) * 1000:6.1f} ms  (min {min(values) * 1000:.1f})"


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    hello, library = first_frames(runs)
    print(f"first frame, bare Textual hello : {ms(hello)}  [{runs} runs]")
    print(f"first frame, tutor Library      : {ms(library)}")
    ratio = statistics.median(library) / statistics.median(hello)
    print(f"ratio Library / hello           : {ratio:.2f}x (target <= 1.5x)")
    keys = asyncio.run(keystrokes(40))
    print(f"keystroke -> rendered (chat box): {ms(keys)}  [40 keys; one frame = 16.7 ms]")


if __name__ == "__main__":
    main()
