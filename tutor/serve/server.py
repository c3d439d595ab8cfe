"""The class server: one tutor app per browser connection, for the learner who signed in.

textual-serve runs a command per WebSocket. Ours is ``tutor run --sign-in`` for the
learner the page was opened for: ``/?learner=NAME`` (the page then connects to
``/ws/as/NAME``), or the name a reverse proxy vouches for in a header
(``--learner-header``), else the app's own sign-in screen. The store (``--store`` or
the data folder) reaches every app through the environment, so a database password
never shows in a process list. The page is textual-serve's with its web font served
from the wheel, so a classroom without internet works.
"""

from __future__ import annotations

import asyncio
import os
import shlex
import sys
from pathlib import Path
from typing import Any
from urllib.parse import quote

import aiohttp_jinja2
from aiohttp import web
from textual_serve.app_service import AppService
from textual_serve.server import Server, to_int

from tutor.errors import UserError
from tutor.store.learners import LEARNER_VAR, check_name

TEMPLATES = Path(__file__).with_name("templates")


def app_command(learner: str) -> str:
    """The shell command textual-serve runs for one connection."""
    command = [sys.executable, "-m", "tutor"]
    if learner:
        command += ["--learner", learner]
    return shlex.join([*command, "run", "--sign-in"])


class ClassServer(Server):
    """textual-serve's server with a learner per connection and an offline page."""

    def __init__(self, *, host: str, port: int, public_url: str | None, header: str | None) -> None:
        super().__init__(
            app_command(""), host=host, port=port, title="debate-tutor", public_url=public_url
        )
        import textual_serve

        self.statics_path = Path(textual_serve.__file__).with_name("static")
        self.templates_path = TEMPLATES
        self.learner_header = header
        self.fixed_url = public_url
        os.environ.pop(LEARNER_VAR, None)  # each app is told its learner, or asks

    def learner_of(self, request: web.Request, from_path: str | None = None) -> str:
        """The learner for this request ('' when the app should ask); 400 if not a name."""
        if self.learner_header:
            raw = request.headers.get(self.learner_header, "")
        else:
            raw = from_path if from_path is not None else request.query.get("learner", "")
        try:
            return check_name(raw)
        except UserError as problem:
            raise web.HTTPBadRequest(text=str(problem)) from problem

    def base_url(self, request: web.Request) -> str:
        """``--public-url``, else the address the browser used (so 0.0.0.0 works too)."""
        if self.fixed_url:
            return self.fixed_url.rstrip("/")
        scheme = request.headers.get("X-Forwarded-Proto", request.scheme)
        return f"{scheme}://{request.host}"

    async def _make_app(self) -> web.Application:
        app = await super()._make_app()
        app.router.add_get("/ws/as/{learner}", self.handle_websocket, name="learner-websocket")
        return app

    async def handle_index(self, request: web.Request) -> web.StreamResponse:
        learner = self.learner_of(request)
        base = self.base_url(request)
        scheme = "wss:" if base.startswith("https") else "ws:"
        path = f"/ws/as/{quote(learner, safe='')}" if learner and not self.learner_header else "/ws"
        context: dict[str, Any] = {
            "font_size": to_int(request.query.get("fontsize", "16"), 16),
            "app_websocket_url": scheme + base.split(":", 1)[1] + path,
            "config": {"static": {"url": f"{base}/static/"}},
            "application": {"name": "debate-tutor"},
        }
        return aiohttp_jinja2.render_template("app_index.html", request, context)

    async def handle_websocket(self, request: web.Request) -> web.WebSocketResponse:
        learner = self.learner_of(request, request.match_info.get("learner"))
        websocket = web.WebSocketResponse(heartbeat=15)
        await websocket.prepare(request)

        async def close() -> None:
            await websocket.close()

        service = AppService(
            app_command(learner),
            write_bytes=websocket.send_bytes,
            write_str=websocket.send_str,
            close=close,
            download_manager=self.download_manager,
            debug=self.debug,
        )
        try:
            await service.start(
                to_int(request.query.get("width", "80"), 80),
                to_int(request.query.get("height", "24"), 24),
            )
            await self._process_messages(websocket, service)
        except asyncio.CancelledError:
            await websocket.close()
        finally:
            await service.stop()
        return websocket
