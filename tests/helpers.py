"""Small helpers shared by tests: raw SQL as an attacker with file access would use it, and
the real `sealnote` server on loopback."""

from __future__ import annotations

import os
import socket
import ssl
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from html.parser import HTMLParser
from pathlib import Path

import httpx
from sqlalchemy import text

from sealnote.audit import service as audit
from sealnote.audit.chain import Verdict
from sealnote.config import Settings
from sealnote.practice import Practice

AUDIT_TRIGGERS = {
    "sqlite": ["audit_events_no_update", "audit_events_retention"],
    "postgresql": ["audit_events_no_update", "audit_events_retention", "audit_events_no_truncate"],
}


def raw_sql(practice: Practice, *statements: str) -> None:
    """Run statements outside Sealnote's services, in one transaction."""
    with practice.engine.begin() as conn:
        for statement in statements:
            conn.execute(text(statement))


def drop_audit_triggers(practice: Practice) -> None:
    dialect = practice.engine.dialect.name
    suffix = " ON audit_events" if dialect == "postgresql" else ""
    raw_sql(practice, *[f"DROP TRIGGER {name}{suffix}" for name in AUDIT_TRIGGERS[dialect]])


def verify(practice: Practice) -> Verdict:
    with practice.sessions() as db:
        return audit.verify(db, store=practice.checkpoints, origin=practice.id)


def checkpoint(practice: Practice) -> None:
    with practice.sessions() as db:
        audit.checkpoint(db, store=practice.checkpoints, origin=practice.id)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def sealnote_env(data_dir: Path, **extra: str) -> dict[str, str]:
    """The environment of a `sealnote` process using `data_dir` (always SQLite)."""
    env = {**os.environ, "SEALNOTE_DATA_DIR": str(data_dir), **extra}
    env.pop("SEALNOTE_DATABASE_URL", None)
    return env


def sealnote(env: dict[str, str], *args: str) -> None:
    subprocess.run([sys.executable, "-m", "sealnote", *args], env=env, check=True,
                   capture_output=True, timeout=120)


@contextmanager
def running_server(env: dict[str, str], *serve_args: str, scheme: str = "http",
                   host: str = "127.0.0.1",
                   verify: ssl.SSLContext | bool = True) -> Iterator[str]:
    """`sealnote serve` on a free loopback port until the block ends; yields its base URL."""
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "sealnote", "serve", "--port", str(port),
                                *serve_args], env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)
    url = f"{scheme}://{host}:{port}"
    try:
        for _ in range(100):
            try:
                httpx.get(url + "/healthz", timeout=1, verify=verify)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        else:
            raise AssertionError("sealnote serve did not start")
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


@contextmanager
def open_practice(data_dir: Path) -> Iterator[Practice]:
    """The practice a test server uses, opened alongside it."""
    practice = Practice.open(Settings(data_dir=data_dir))
    try:
        yield practice
    finally:
        practice.close()


@contextmanager
def serving(app: object) -> Iterator[str]:
    """An app built in this process, served by uvicorn on a free loopback port (real HTTP), for
    tests that need a fake at the outer edge (a transcriber) or both databases."""
    import threading

    import uvicorn

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port,  # type: ignore[arg-type]
                                           log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(200):
        if server.started:
            break
        time.sleep(0.05)
    else:
        raise AssertionError("the test server did not start")
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


class _FormReader(HTMLParser):
    def __init__(self, action: str) -> None:
        super().__init__()
        self.action, self.inside, self.fields = action, False, {}  # type: ignore[var-annotated]
        self._select: str | None = None
        self._textarea: str | None = None

    def _add(self, name: str | None, value: str) -> None:
        if name:
            self.fields.setdefault(name, []).append(value)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "form":
            self.inside = a.get("action") == self.action
        elif not self.inside:
            return
        elif tag == "input" and a.get("type") not in ("checkbox", "radio", "file", "submit"):
            self._add(a.get("name"), a.get("value", ""))
        elif tag == "input" and "checked" in a:
            self._add(a.get("name"), a.get("value", "on"))
        elif tag == "select":
            self._select = a.get("name")
        elif tag == "option" and self._select and "selected" in a:
            self._add(self._select, a.get("value", ""))
        elif tag == "textarea":
            self._textarea = a.get("name")
            self._add(self._textarea, "")

    def handle_data(self, data: str) -> None:
        if self._textarea:
            self.fields[self._textarea][-1] += data

    def handle_endtag(self, tag: str) -> None:
        if tag == "form":
            self.inside = False
        elif tag == "select":
            self._select = None
        elif tag == "textarea":
            self._textarea = None


def form_fields(page: str, action: str) -> dict[str, list[str]]:
    """What a browser would send from the form posting to `action`, as the page stands."""
    reader = _FormReader(action)
    reader.feed(page)
    return reader.fields
