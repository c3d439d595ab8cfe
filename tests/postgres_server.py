"""A real, private PostgreSQL server for the tests and benchmarks: initdb + pg_ctl.

The server's files, port and unix socket live in a fresh temporary folder, it listens
on 127.0.0.1 only, and it is stopped (and its folder removed) when the session ends.
PostgreSQL refuses to run as root, so as root the server runs as ``nobody``. Each
test gets its own schema (chosen by the URL's ``search_path``), which costs
milliseconds where a new database would cost a second.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote


def find_binaries() -> Path | None:
    """The folder holding ``initdb`` and ``pg_ctl`` (PATH, else Debian's layout)."""
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(os.path.realpath(found)).parent
    for candidate in sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), reverse=True):
        return Path(candidate).parent
    return None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class PostgresServer:
    """A running server; :meth:`url` names a fresh schema in it."""

    folder: Path
    port: int
    bin_dir: Path
    user: str | None

    def base_url(self) -> str:
        return f"postgresql://tutor@127.0.0.1:{self.port}/postgres"

    def url(self, schema: str | None = None) -> str:
        """A URL whose tables go to ``schema`` (created now; a new one when None)."""
        import psycopg

        name = schema or f"t_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(self.base_url(), autocommit=True) as conn:
            conn.execute(f'CREATE SCHEMA IF NOT EXISTS "{name}"')
        return f"{self.base_url()}?options={quote(f'-csearch_path={name}')}"

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.folder / "data"), "-m", "immediate", "stop")
        shutil.rmtree(self.folder, ignore_errors=True)

    def _run(self, tool: str, *args: str) -> None:
        subprocess.run(
            [str(self.bin_dir / tool), *args],
            check=True,
            capture_output=True,
            user=self.user,
            cwd=self.folder,
        )


def start(*, durable: bool = False) -> PostgresServer:
    """initdb and start a server; ``durable`` keeps fsync on (benchmarks), tests turn it off."""
    bin_dir = find_binaries()
    if bin_dir is None:
        raise FileNotFoundError("no initdb/pg_ctl (install Debian's postgresql package)")
    folder = Path(tempfile.mkdtemp(prefix="tutor-pg-"))
    user = "nobody" if os.geteuid() == 0 else None
    if user is not None:
        entry = pwd.getpwnam(user)
        os.chown(folder, entry.pw_uid, entry.pw_gid)
    server = PostgresServer(folder, _free_port(), bin_dir, user)
    data = str(folder / "data")
    server._run("initdb", "-D", data, "-U", "tutor", "--auth=trust", "--no-sync", "-E", "UTF8")
    options = f"-c listen_addresses=127.0.0.1 -c port={server.port}"
    options += f" -c unix_socket_directories={folder} -c max_connections=200"
    if not durable:
        options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    server._run("pg_ctl", "-D", data, "-o", options, "-l", str(folder / "log"), "-w", "start")
    return server
