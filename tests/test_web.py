"""`sealnote serve` answers over real HTTP on loopback with strict security headers."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    env = {**os.environ, "SEALNOTE_DATA_DIR": str(tmp_path / "data")}
    env.pop("SEALNOTE_DATABASE_URL", None)
    subprocess.run([sys.executable, "-m", "sealnote", "demo"], env=env, check=True,
                   capture_output=True, timeout=120)
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "sealnote", "serve", "--port", str(port)],
                               env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                httpx.get(url + "/healthz", timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        else:
            raise AssertionError("sealnote serve did not start")
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_the_home_page_is_served_with_strict_headers(server: str) -> None:
    response = httpx.get(server + "/")
    assert response.status_code == 200
    assert "Riverbend Counseling" in response.text and "demo practice" in response.text
    csp = response.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert "unsafe-inline" not in csp
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["referrer-policy"] == "no-referrer"
    assert response.headers["cache-control"] == "no-store"
    assert "server" not in response.headers


def test_the_stylesheet_is_served_locally(server: str) -> None:
    response = httpx.get(server + "/static/sealnote.css")
    assert response.status_code == 200 and "text/css" in response.headers["content-type"]
    page = httpx.get(server + "/").text
    assert "http://" not in page.replace(server, "") and "https://" not in page
