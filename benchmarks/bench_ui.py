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
import os
import sys
from pathlib import Path
from tutor.learning.services import TutorServices
from tutor.ui.app import TutorApp
from tutor.ui.screens.library import LibraryScreen
def painted(screen):
    # LibraryScreen starts loading packs right after its first frame is painted.
    print("painted", flush=True)
    os._exit(0)
LibraryScreen._load = painted
services = TutorServices(data_dir=Path(sys.argv[1]), pack_paths=(Path(sys.argv[2]),),
                         builtin=False, user_packs=False)
TutorApp(services).run(headless=True)
"""

LOADED = """
import os
import sys
from pathlib import Path
from tutor.learning.services import TutorServices
from tutor.ui.app import TutorApp
from tutor.ui.screens.library import LibraryScreen
shown = LibraryScreen.refresh_entries
def listed(screen):
    shown(screen)
    screen.call_after_refresh(lambda: (print("painted", flush=True), os._exit(0)))
LibraryScreen.refresh_entries = listed
services = TutorServices(data_dir=Path(sys.argv[1]), pack_paths=(Path(sys.argv[2]),),
                         builtin=False, user_packs=False)
TutorApp(services).run(headless=True)
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


def first_frames(runs: int) -> tuple[list[float], list[float], list[float]]:
    hello: list[float] = []
    library: list[float] = []
    loaded: list[float] = []
    with tempfile.TemporaryDirectory() as data:
        spawn(LOADED, data, str(PACKS))  # warm the disk cache and create the store
        for _ in range(runs):
            hello.append(spawn(HELLO))
            library.append(spawn(LIBRARY, data, str(PACKS)))
            loaded.append(spawn(LOADED, data, str(PACKS)))
    return hello, library, loaded


async def keystrokes(count: int) -> list[float]:
    sys.path.insert(0, str(ROOT / "tests" / "ui"))
    from ui_support import make_services

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


def tmux_keystrokes(count: int) -> list[float]:
    """A real terminal: type into the chat input under tmux, poll until the key shows."""
    import json
    import shutil

    if shutil.which("tmux") is None:
        return []
    with tempfile.TemporaryDirectory() as tmp:
        packs = Path(tmp) / "packs"
        shutil.copytree(PACKS, packs)
        pack = packs / "usfk-test.json"
        data = json.loads(pack.read_text(encoding="utf-8"))
        data["questions"] = [q for q in data["questions"] if q["id"] == "short"]
        pack.write_text(json.dumps(data), encoding="utf-8")
        name = f"bench-ui-{Path(tmp).name}"
        command = f"TERM=xterm-256color {sys.executable} -m tutor --data-dir {tmp}/data run {packs}"
        subprocess.run(
            [
                "tmux",
                "new-session",
                "-d",
                "-s",
                name,
                "-x",
                "100",
                "-y",
                "30",
                f"TUTOR_PACKS_DIR={tmp}/none {command}",
            ],
            check=True,
            cwd=ROOT,
        )
        try:
            _tmux_wait(name, "US forces in Korea")
            _tmux_keys(name, "/US forces", literal=True)
            _tmux_wait(name, "1 questions")
            _tmux_keys(name, "Enter")
            time.sleep(0.5)
            _tmux_keys(name, "Enter")
            _tmux_wait(name, "Question 1 of 1")
            times = []
            for i in range(count):
                marker = "x" * (i + 1)
                start = time.perf_counter()
                _tmux_keys(name, "x", literal=True)
                _tmux_wait(name, marker, poll=0.001)
                times.append(time.perf_counter() - start)
            start = time.perf_counter()
            _tmux_keys(name, "Enter")
            _tmux_wait(name, "Not quite", poll=0.001)
            print(
                f"Enter -> feedback visible (tmux) : {(time.perf_counter() - start) * 1000:.1f} ms"
            )
            return times
        finally:
            subprocess.run(["tmux", "kill-session", "-t", name], capture_output=True)


def _tmux_keys(name: str, keys: str, *, literal: bool = False) -> None:
    flag = ["-l"] if literal else []
    subprocess.run(["tmux", "send-keys", "-t", name, *flag, keys], check=True)


def _tmux_wait(name: str, text: str, poll: float = 0.05, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        screen = subprocess.run(
            ["tmux", "capture-pane", "-p", "-t", name], capture_output=True, text=True
        ).stdout
        if text in screen:
            return
        time.sleep(poll)
    raise TimeoutError(f"{text!r} never showed")


def ms(values: list[float]) -> str:
    return f"median {statistics.median(values) * 1000:6.1f} ms  (min {min(values) * 1000:.1f})"


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    hello, library, loaded = first_frames(runs)
    print(f"first frame, bare Textual hello : {ms(hello)}  [{runs} runs]")
    print(f"first frame, tutor Library      : {ms(library)}")
    print(f"Library with packs listed       : {ms(loaded)}")
    ratio = statistics.median(library) / statistics.median(hello)
    print(f"ratio Library / hello           : {ratio:.2f}x (target <= 1.5x)")
    keys = asyncio.run(keystrokes(40))
    print(f"keystroke, Pilot press -> idle  : {ms(keys)}  [40 keys; includes Pilot's own wait]")
    typed = tmux_keystrokes(30)
    if typed:
        print(f"keystroke -> visible (tmux)     : {ms(typed)}  [30 keys; one frame = 16.7 ms]")


if __name__ == "__main__":
    main()
