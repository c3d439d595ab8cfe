"""Start ``tutor serve`` on a free local port for a test, and stop it afterwards."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def serving(
    data: Path, *flags: str, store: str | None = None, env: dict[str, str] | None = None
) -> Iterator[str]:
    """``tutor serve FLAGS`` with its store in ``data`` (or at ``store``); yields its URL."""
    port = free_port()
    command = [sys.executable, "-m", "tutor", "--data-dir", str(data)]
    command += ["--store", store] if store else []
    command += ["serve", "--port", str(port), *flags]
    environment = {**os.environ, "TUTOR_PACKS_DIR": str(data / "no-user-packs"), **(env or {})}
    data.mkdir(parents=True, exist_ok=True)
    log = data / "serve.log"
    with log.open("wb") as output:
        proc = subprocess.Popen(command, env=environment, stdout=output, stderr=output)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_up(url, proc, log)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def _wait_up(url: str, proc: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"tutor serve exited: {log.read_text(errors='replace')}")
        try:
            urllib.request.urlopen(url + "/static/css/xterm.css", timeout=1).close()
            return
        except OSError:
            time.sleep(0.05)
    raise TimeoutError("tutor serve did not start in 20 s")
