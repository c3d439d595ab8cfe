"""``tutor serve`` over plain HTTP and WebSocket: an offline page, a learner per connection."""

from __future__ import annotations

import asyncio
import re
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import aiohttp
import pytest
from served import serving

from tutor.store import ProgressStore

KEYS_TO_SKIP_ONE = ["/", "USFK test", "\x1b[B", "\r", "\x1b[B", "\r"]  # filter, open the quiz
F3 = "\x1bOR"  # Skip: a recorded answer whatever the question's kind


def page(url: str) -> str:
    with urllib.request.urlopen(url, timeout=10) as response:
        return str(response.read().decode())


async def screen_until(ws: aiohttp.ClientWebSocketResponse, word: bytes) -> None:
    """Read the app's output until ``word`` appears (at most 20 s)."""
    seen, deadline = b"", time.monotonic() + 20
    while word not in seen:
        assert time.monotonic() < deadline, f"{word!r} never appeared"
        try:
            message = await ws.receive(timeout=0.5)
        except TimeoutError:
            continue
        assert message.type in (aiohttp.WSMsgType.BINARY, aiohttp.WSMsgType.TEXT), message
        if message.type == aiohttp.WSMsgType.BINARY:
            seen += message.data


async def skip_one_question(ws_url: str, **options: object) -> None:
    async with aiohttp.ClientSession() as client, client.ws_connect(ws_url, **options) as ws:  # type: ignore[arg-type]
        await screen_until(ws, b"item(s) due")
        for keys in KEYS_TO_SKIP_ONE:
            await ws.send_json(["stdin", keys])
            await asyncio.sleep(0.3)
        await screen_until(ws, b"Skip")
        await ws.send_json(["stdin", F3])
        await screen_until(ws, b"Question 2")


def answers_by(data: Path, learner: str) -> list[str]:
    with ProgressStore.open(data, learner=learner) as store:
        return [
            a["response"] for s in store.list_sessions() for a in store.session_answers(s["id"])
        ]


def test_the_page_and_everything_it_loads_come_from_the_server(served_data: Path) -> None:
    with serving(served_data) as url:
        html = page(url + "/?learner=Ann")
        links = set(re.findall(r"""(?:https?|wss?)://[^"')\s]+""", html))
        links -= {"http://www.w3.org/2000/svg"}  # a namespace name, never fetched
        loaded = {link for link in links if link.startswith(url + "/static/")}
        assert {link.rsplit("/", 1)[1] for link in loaded} >= {"textual.js", "xterm.css"}
        assert links - loaded == {f"{url.replace('http', 'ws')}/ws/as/Ann"}
        for link in loaded:
            with urllib.request.urlopen(link, timeout=10) as response:
                assert response.status == 200
        assert f'data-session-websocket-url="{url.replace("http", "ws")}/ws/as/Ann"' in html


def test_a_name_that_is_not_a_name_is_refused(served_data: Path) -> None:
    with serving(served_data) as url, pytest.raises(urllib.error.HTTPError) as refused:
        page(url + "/?learner=%5Bb%5D")
    refused.value.close()
    assert refused.value.code == 400


def test_an_answer_over_the_websocket_lands_under_the_learners_name(served_data: Path) -> None:
    with serving(served_data) as url:
        asyncio.run(skip_one_question(url.replace("http", "ws") + "/ws/as/Ann?width=100&height=30"))
    assert answers_by(served_data, "Ann") == ["/skip"]
    assert answers_by(served_data, "") == []


def test_behind_a_proxy_the_learner_comes_from_its_header_only(served_data: Path) -> None:
    with serving(served_data, "--learner-header", "X-Remote-User") as url:
        html = page(url + "/?learner=Mallory")
        assert "/ws/as/" not in html
        ws_url = url.replace("http", "ws") + "/ws/as/Mallory?width=100&height=30"
        asyncio.run(skip_one_question(ws_url, headers={"X-Remote-User": "Ann"}))
    assert answers_by(served_data, "Ann") == ["/skip"]
    assert answers_by(served_data, "Mallory") == []


def test_served_sessions_write_to_the_class_database(served_data: Path, postgres_url: str) -> None:
    with serving(served_data, store=postgres_url) as url:
        asyncio.run(skip_one_question(url.replace("http", "ws") + "/ws/as/Ben?width=100&height=30"))
    with ProgressStore.open(url=postgres_url, learner="Ben") as store:
        [session] = store.list_sessions()
        assert [a["response"] for a in store.session_answers(session["id"])] == ["/skip"]
    assert not (served_data / "progress.db").exists()


def test_without_the_class_extra_serve_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from tutor.cli import main

    monkeypatch.setitem(sys.modules, "tutor.serve.server", None)  # as if textual-serve were absent
    assert main(["serve"]) == 2
    assert "pip install 'debate-tutor[class]'" in capsys.readouterr().err
