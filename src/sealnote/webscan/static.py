"""What a page's HTML and inline scripts give away without running them: pixel set-up calls,
tag IDs, session-recorder settings, noscript beacons, forms that post elsewhere."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

from sealnote.webscan.catalogue import (
    ADVERTISING,
    ANALYTICS,
    CHAT,
    SESSION_REPLAY,
    SOCIAL,
    TAG_MANAGER,
    identify,
)

# (vendor, category, pattern) for set-up code written inline in the page.
INLINE: tuple[tuple[str, str, str], ...] = (
    ("Meta Pixel", ADVERTISING, r"fbq\(\s*['\"]init['\"]\s*,\s*['\"]?(\d{6,})"),
    ("Google Analytics", ANALYTICS,
     r"gtag\(\s*['\"]config['\"]\s*,\s*['\"](G-[A-Z0-9]+|UA-[\d-]+)"),
    ("Google Ads", ADVERTISING, r"gtag\(\s*['\"]config['\"]\s*,\s*['\"](AW-[\d]+)"),
    ("Google Tag Manager", TAG_MANAGER, r"\b(GTM-[A-Z0-9]{4,})\b"),
    ("TikTok Pixel", ADVERTISING, r"ttq\.load\(\s*['\"]([A-Z0-9]+)"),
    ("LinkedIn Insight Tag", ADVERTISING, r"_linkedin_partner_id\s*=\s*['\"]?(\d+)"),
    ("X (Twitter) Pixel", ADVERTISING, r"twq\(\s*['\"](?:init|config)['\"]\s*,\s*['\"](\w+)"),
    ("Pinterest Tag", ADVERTISING, r"pintrk\(\s*['\"]load['\"]\s*,\s*['\"](\d+)"),
    ("Snap Pixel", ADVERTISING, r"snaptr\(\s*['\"]init['\"]\s*,\s*['\"]([\w-]+)"),
    ("Microsoft Advertising (UET)", ADVERTISING, r"\buetq\b|UET\(\s*\{\s*ti\s*:\s*['\"](\d+)"),
    ("Hotjar", SESSION_REPLAY, r"_hjSettings\s*=\s*\{\s*hjid\s*:\s*(\d+)"),
    ("Microsoft Clarity", SESSION_REPLAY, r"clarity\.ms/tag/|['\"]clarity['\"]\s*,\s*['\"]script"
                                          r"['\"]\s*,\s*['\"](\w+)"),
    ("FullStory", SESSION_REPLAY, r"_fs_org['\"]?\]?\s*=\s*['\"]([\w-]+)"),
    ("Mouseflow", SESSION_REPLAY, r"\b_mfq\b|mouseflow"),
    ("LogRocket", SESSION_REPLAY, r"LogRocket\.init\(\s*['\"]([\w/-]+)"),
    ("Lucky Orange", SESSION_REPLAY, r"__lo_site_id|luckyorange"),
    ("Intercom", CHAT, r"intercomSettings|Intercom\(\s*['\"]boot"),
    ("tawk.to", CHAT, r"Tawk_API"),
    ("Drift", CHAT, r"drift\.load\(\s*['\"](\w+)"),
    ("Facebook social plugin", SOCIAL, r"facebook\.com/plugins/"),
)
FB_EVENT = re.compile(r"fbq\(\s*['\"](?:track|trackCustom)['\"]\s*,\s*['\"](\w+)")
# Advanced Matching: the pixel is handed the visitor's e-mail, phone, name, birth date, ZIP...
FB_ADVANCED = re.compile(r"fbq\(\s*['\"]init['\"]\s*,\s*['\"]?\d+['\"]?\s*,\s*\{[^}]*\b"
                         r"(em|ph|fn|ln|db|ge|zp|ct|st|external_id)\s*:", re.DOTALL)


@dataclass(frozen=True)
class Finding:
    vendor: str
    category: str
    evidence: str


@dataclass
class PageFacts:
    """What the HTML of one page says about it."""

    title: str = ""
    headings: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    forms: list[dict[str, object]] = field(default_factory=list)
    has_password: bool = False
    findings: list[Finding] = field(default_factory=list)
    fb_events: list[str] = field(default_factory=list)
    fb_advanced_matching: bool = False


class _Reader(HTMLParser):
    def __init__(self, base: str) -> None:
        super().__init__(convert_charrefs=True)
        self.base = base
        self.facts = PageFacts()
        self.scripts: list[str] = []
        self.sources: list[tuple[str, str]] = []  # (tag, absolute URL)
        self._in: str | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag in ("script", "img", "iframe") and a.get("src"):
            self.sources.append((tag, urljoin(self.base, a["src"])))
        if tag == "a" and a.get("href"):
            self.facts.links.append(urljoin(self.base, a["href"]))
        if tag == "form":
            self.facts.forms.append({"action": urljoin(self.base, a.get("action") or self.base),
                                     "method": (a.get("method") or "get").lower(),
                                     "fields": []})
        if tag in ("input", "textarea", "select") and self.facts.forms:
            fields = self.facts.forms[-1]["fields"]
            assert isinstance(fields, list)
            fields.append((a.get("type") or tag).lower() + ":" + (a.get("name") or "").lower())
        if tag == "input" and (a.get("type") or "").lower() == "password":
            self.facts.has_password = True
        if tag in ("script", "title", "h1", "h2"):
            self._in, self._text = tag, []

    def handle_data(self, data: str) -> None:
        if self._in:
            self._text.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag != self._in:
            return
        text = "".join(self._text).strip()
        if tag == "script" and text:
            self.scripts.append(text)
        elif tag == "title":
            self.facts.title = text
        elif tag in ("h1", "h2") and text:
            self.facts.headings.append(text)
        self._in = None


def read_page(html: str, *, url: str) -> PageFacts:
    """Parse a page's HTML and find what it carries."""
    reader = _Reader(url)
    reader.feed(html)
    facts = reader.facts
    site = urlsplit(url).hostname
    for tag, source in reader.sources:
        tracker = identify(source)
        if tracker:
            facts.findings.append(Finding(tracker.vendor, tracker.category,
                                          f"<{tag}> loads {source[:160]}"))
    code = "\n".join(reader.scripts)
    for vendor, category, pattern in INLINE:
        match = re.search(pattern, code)
        if match:
            snippet = match.group(0)[:120].replace("\n", " ")
            facts.findings.append(Finding(vendor, category, f"inline script: {snippet}"))
    facts.fb_events = sorted(set(FB_EVENT.findall(code)))
    facts.fb_advanced_matching = bool(FB_ADVANCED.search(code))
    for form in facts.forms:
        action = str(form["action"])
        host = urlsplit(action).hostname
        if host and host != site:
            tracker = identify(action)
            facts.findings.append(Finding(tracker.vendor if tracker else host, "forms",
                                          f"form posts to {action[:160]}"))
    return facts
