"""`sealnote serve` answers over real HTTP on loopback with strict security headers."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest


@pytest.fixture
def server(demo_site: tuple[str, Path]) -> str:
    return demo_site[0]


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
