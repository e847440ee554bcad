"""A site scan: crawl, match every request and every page's HTML against the catalogue (and an
optional filter list), decide each page's kind and risk, and summarise."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import parse_qs, urlsplit

from sealnote.documents import Letter
from sealnote.errors import ConfigurationError
from sealnote.webscan import crawl as crawler
from sealnote.webscan.catalogue import ANALYTICS, host_of, identify
from sealnote.webscan.risk import RISKS, page_kind, rate
from sealnote.webscan.static import read_page

ADVANCED_MATCHING = ("em", "fn", "ln", "ph", "ge", "db", "ct", "st", "zp", "cn", "external_id")


class FilterList(Protocol):
    def matches(self, url: str, *, page: str, resource: str) -> bool: ...


class AdblockFilters:
    """An Adblock Plus filter list (EasyPrivacy, EasyList) through Brave's adblock engine."""

    def __init__(self, path: Path) -> None:
        try:
            import adblock
        except ImportError as err:
            raise ConfigurationError("Filter lists need the adblock package.",
                                     hint="pip install adblock") from err
        rules = adblock.FilterSet()
        rules.add_filter_list(path.read_text(encoding="utf-8", errors="replace"))
        self._engine = adblock.Engine(filter_set=rules)

    def matches(self, url: str, *, page: str, resource: str) -> bool:
        kind = {"script": "script", "image": "image", "xhr": "xmlhttprequest",
                "fetch": "xmlhttprequest", "document": "sub_frame"}.get(resource, "other")
        return bool(self._engine.check_network_urls(url, page, kind).matched)


def _meta_details(url: str) -> tuple[str | None, bool]:
    """The event a Meta Pixel beacon reports, and whether it carries Advanced Matching."""
    if "facebook.com/tr" not in url:
        return None, False
    query = parse_qs(urlsplit(url).query)
    event = query["ev"][0] if query.get("ev") else None
    advanced = any(key.startswith("ud[") and key[3:-1] in ADVANCED_MATCHING for key in query)
    return event, advanced


def scan_page(page: crawler.CrawledPage, *, filters: FilterList | None = None
              ) -> dict[str, Any]:
    """One page's kind, trackers (with evidence), risk, reasons and fix."""
    facts = read_page(page.html, url=page.url)
    found: dict[str, dict[str, Any]] = {}

    def add(vendor: str, category: str, evidence: str, signs_baa: bool = False) -> None:
        entry = found.setdefault(vendor, {"vendor": vendor, "category": category,
                                          "evidence": [], "signs_baa": signs_baa})
        if evidence not in entry["evidence"] and len(entry["evidence"]) < 5:
            entry["evidence"].append(evidence)

    third_party = [r for r in page.requests if r.third_party]
    fb_advanced = facts.fb_advanced_matching
    events = set(facts.fb_events)
    for request in third_party:
        tracker = identify(request.url)
        what = f"{request.method} {request.url[:160]}" + (" (blocked)" if request.aborted
                                                         else "")
        if tracker:
            add(tracker.vendor, tracker.category, what, tracker.signs_baa)
        elif filters and filters.matches(request.url, page=page.url, resource=request.resource):
            add(host_of(request.url), ANALYTICS, what + " [filter list]")
        event, advanced = _meta_details(request.url)
        if event:
            events.add(event)
        fb_advanced |= advanced
    for finding in facts.findings:
        add(finding.vendor, finding.category, finding.evidence)
    if "Meta Pixel" in found and events:
        found["Meta Pixel"]["evidence"].append("events: " + ", ".join(sorted(events)))
    if fb_advanced and "Meta Pixel" in found:
        found["Meta Pixel"]["evidence"].append("Advanced Matching fields present")
    kind = page_kind(page.url, facts)
    trackers = sorted(found.values(), key=lambda t: t["vendor"])
    rating = rate(kind, trackers, fb_advanced=fb_advanced,
                  third_party_requests=len(third_party))
    result: dict[str, Any] = {
        "url": page.url, "kind": kind, "risk": rating.risk, "reasons": rating.reasons,
        "fix": rating.fix, "third_party_requests": len(third_party),
        "trackers": [{"vendor": t["vendor"], "category": t["category"],
                      "evidence": "; ".join(t["evidence"])} for t in trackers]}
    if page.error:
        result["error"] = f"the page did not load ({page.error})"
    return result


def scan_site(start: str, *, max_pages: int = 25, max_depth: int = 3,
              allow_third_party: bool = False, filter_list: Path | None = None
              ) -> dict[str, Any]:
    """Scan a site and return the pages and a summary (the `scan-site --json` document)."""
    filters = AdblockFilters(filter_list) if filter_list else None
    pages = [scan_page(page, filters=filters) for page in crawler.crawl(
        start, max_pages=max_pages, max_depth=max_depth, allow_third_party=allow_third_party)]
    by_risk = Counter(page["risk"] for page in pages)
    worst = max((page["risk"] for page in pages), key=RISKS.index, default="none")
    return {
        "site": start, "scanned_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "third_party_requests": "allowed" if allow_third_party else "blocked",
        "pages": pages,
        "summary": {"pages": len(pages), "worst": worst,
                    "by_risk": {risk: by_risk.get(risk, 0) for risk in reversed(RISKS)},
                    "vendors": sorted({t["vendor"] for p in pages for t in p["trackers"]})},
    }


def report(result: dict[str, Any]) -> Letter:
    """The scan as a report for the practice (PDF, DOCX or HTML)."""
    summary = result["summary"]
    letter = Letter(f"Website tracking scan: {result['site']}")
    mode = result["third_party_requests"]
    letter.paragraph(f"Scanned {result['scanned_at']}: {summary['pages']} pages; worst risk "
                     f"{summary['worst']}. Third-party requests were {mode} during the scan.")
    letter.bullets([f"{risk}: {n} page(s)" for risk, n in summary["by_risk"].items() if n])
    ordered = sorted(result["pages"], key=lambda p: -RISKS.index(p["risk"]))
    for page in ordered:
        letter.heading(f"{page['risk'].upper()}: {page['url']} ({page['kind'].replace('_', ' ')})")
        letter.bullets(page["reasons"] + [f"{t['vendor']} ({t['category']}): {t['evidence']}"
                                          for t in page["trackers"]])
        if page["risk"] not in ("none", "low"):
            letter.paragraph(f"Fix: {page['fix']}")
    return letter
