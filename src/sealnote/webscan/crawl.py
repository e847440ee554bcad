"""Crawl the practice's own site in headless Chromium and record every request each page makes.

Same origin only, bounded in pages and depth, robots.txt respected, sitemap read. By default a
request to another site is recorded and then aborted, so the scan sees what a page would send
without feeding a tracker; `allow_third_party` lets those requests through."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import urllib.robotparser
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from urllib.parse import urldefrag, urljoin, urlsplit

import httpx

from sealnote.errors import ConfigurationError, InvalidInput

CHROMIUM = os.environ.get("SEALNOTE_CHROMIUM", "/usr/bin/chromium")
USER_AGENT = "SealnoteSiteScan/1 (+privacy self-check)"
SKIP = re.compile(r"\.(pdf|jpe?g|png|gif|svg|webp|ico|zip|mp4|mp3|docx?|xlsx?|css|js)$", re.I)


@dataclass
class Request:
    url: str
    method: str
    resource: str
    post_data: str | None
    third_party: bool
    aborted: bool


@dataclass
class CrawledPage:
    url: str
    html: str
    requests: list[Request] = field(default_factory=list)
    error: str | None = None


def origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


def _same_origin(url: str, start: str) -> bool:
    return origin(url) == origin(start)


def _robots(start: str) -> urllib.robotparser.RobotFileParser:
    rules = urllib.robotparser.RobotFileParser()
    try:
        response = httpx.get(urljoin(start, "/robots.txt"), timeout=10,
                             headers={"User-Agent": USER_AGENT}, follow_redirects=True)
        rules.parse(response.text.splitlines() if response.status_code == 200 else [])
    except httpx.HTTPError:
        rules.parse([])
    return rules


def _sitemap_urls(start: str, rules: urllib.robotparser.RobotFileParser) -> list[str]:
    found: list[str] = []
    for sitemap in (rules.site_maps() or [urljoin(start, "/sitemap.xml")]):
        try:
            response = httpx.get(sitemap, timeout=10, headers={"User-Agent": USER_AGENT})
        except httpx.HTTPError:
            continue
        if response.status_code == 200:
            found += re.findall(r"<loc>\s*([^<\s]+)\s*</loc>", response.text)
    return found


def _normal(url: str) -> str:
    return urldefrag(url)[0]


@contextmanager
def _browser() -> Iterator[object]:
    if not shutil.which(CHROMIUM) and not os.path.exists(CHROMIUM):
        raise ConfigurationError(f"The site scan needs Chromium at {CHROMIUM}.",
                                 hint="On Debian or Ubuntu: sudo apt-get install chromium "
                                      "(or set SEALNOTE_CHROMIUM to another Chromium).")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as err:
        raise ConfigurationError("The site scan needs Playwright.",
                                 hint="pip install playwright (no browser download needed).") \
            from err
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True,
            args=["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-sync",
                  "--disable-background-networking", "--disable-component-update"])
        try:
            yield browser
        finally:
            browser.close()


def crawl(start: str, *, max_pages: int = 25, max_depth: int = 3,
          allow_third_party: bool = False, timeout_ms: int = 15000) -> list[CrawledPage]:
    """Visit up to `max_pages` pages of the site at `start` and record what each requests."""
    if urlsplit(start).scheme not in ("http", "https") or not urlsplit(start).hostname:
        raise InvalidInput(f"{start!r} is not a web address.",
                           hint="Give the full address, e.g. https://www.example-practice.com/")
    rules = _robots(start)
    queue: deque[tuple[str, int]] = deque([(_normal(start), 0)])
    for url in _sitemap_urls(start, rules):
        if _same_origin(url, start):
            queue.append((_normal(url), 1))
    seen: set[str] = set()
    pages: list[CrawledPage] = []
    with _browser() as browser:
        context = browser.new_context(user_agent=USER_AGENT,  # type: ignore[attr-defined]
                                      service_workers="block")
        while queue and len(pages) < max_pages:
            url, depth = queue.popleft()
            if url in seen or not _same_origin(url, start) or SKIP.search(urlsplit(url).path):
                continue
            seen.add(url)
            if not rules.can_fetch(USER_AGENT, url):
                continue
            page = _visit(context, url, start=start, allow_third_party=allow_third_party,
                          timeout_ms=timeout_ms)
            pages.append(page)
            if depth < max_depth and page.html:
                for link in re.findall(r"""href\s*=\s*["']([^"'#]+)""", page.html):
                    target = _normal(urljoin(url, link))
                    if _same_origin(target, start) and target not in seen:
                        queue.append((target, depth + 1))
        context.close()
    return pages


def _visit(context: object, url: str, *, start: str, allow_third_party: bool,
           timeout_ms: int) -> CrawledPage:
    page = context.new_page()  # type: ignore[attr-defined]
    record = CrawledPage(url=url, html="")

    def on_route(route: object) -> None:
        request = route.request  # type: ignore[attr-defined]
        third = not _same_origin(request.url, start) and request.url.startswith("http")
        abort = third and not allow_third_party
        try:
            post = request.post_data
        except (UnicodeDecodeError, ValueError):
            post = None
        record.requests.append(Request(request.url, request.method, request.resource_type,
                                       post, third, abort))
        if abort:
            route.abort("blockedbyclient")  # type: ignore[attr-defined]
        else:
            route.continue_()  # type: ignore[attr-defined]

    page.route("**/*", on_route)
    try:
        page.goto(url, wait_until="load", timeout=timeout_ms)
        # Let late tags fire (timers, loaders); a page that never idles is scanned as it stands.
        with contextlib.suppress(Exception):
            page.wait_for_load_state("networkidle", timeout=3000)
        record.html = page.content()
    except Exception as err:  # a page that fails to load is reported, not fatal
        record.error = type(err).__name__
    finally:
        page.close()
    return record
