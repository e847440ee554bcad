"""What kind of page this is, and how risky its trackers make it (OCR's tracking bulletin, as
narrowed by AHA v. Becerra, 2024): a tracker where people log in, book or fill a form is
critical; an ad pixel on a page about a condition or a service is high; analytics on a general
page is medium; first-party only is low; nothing third-party at all is none."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sealnote.webscan.catalogue import ADVERTISING, CHAT, FORMS, SESSION_REPLAY, SOCIAL
from sealnote.webscan.static import PageFacts

KINDS = ("home", "general_service", "condition_service", "booking_form", "portal", "blog",
         "other")
RISKS = ("none", "low", "medium", "high", "critical")
CONDITIONS = re.compile(
    r"\b(anxiety|depress\w*|ptsd|trauma\w*|ocd|obsessive|adhd|bipolar|eating disorders?|"
    r"anorexia|bulimia|addiction|substance use|alcohol|grief|panic|phobias?|insomnia|"
    r"self-harm|suicid\w*|schizo\w*|psychosis|autism|postpartum|perinatal|infertility|"
    r"hiv|gender identity|lgbtq\+?|domestic violence|abuse)\b", re.IGNORECASE)
BOOKING = re.compile(r"/(book|booking|schedule|appointment|appointments|intake|contact|"
                     r"request|consultation|new-client|get-started)\b", re.IGNORECASE)
PORTAL = re.compile(r"/(portal|login|log-in|sign-in|signin|client-portal|account|telehealth)\b",
                    re.IGNORECASE)
BLOG = re.compile(r"/(blog|articles?|news|posts?|resources)\b", re.IGNORECASE)
SERVICE = re.compile(r"/(services?|therapy|counsel+ing|what-we-treat|specialt(y|ies)|"
                     r"approach|treatments?|our-work)\b", re.IGNORECASE)
PERSONAL_FIELDS = re.compile(r"name|email|e-mail|phone|tel|date|birth|dob|message|reason|"
                             r"insurance|concern|symptom", re.IGNORECASE)


def page_kind(url: str, facts: PageFacts) -> str:
    """home, general or condition-specific service, booking/intake/contact form, portal or
    login, blog, or other."""
    path = "/" + url.split("://", 1)[-1].split("/", 1)[-1] if "/" in url.split("://", 1)[-1] \
        else "/"
    path = path.split("?")[0].split("#")[0]
    if facts.has_password or PORTAL.search(path):
        return "portal"
    personal_form = any(sum(bool(PERSONAL_FIELDS.search(str(f)))
                            for f in form["fields"]) >= 2  # type: ignore[attr-defined]
                        for form in facts.forms)
    if BOOKING.search(path) or personal_form:
        return "booking_form"
    if BLOG.search(path):
        return "blog"
    words = " ".join([path.replace("-", " ").replace("/", " "), facts.title, *facts.headings])
    if CONDITIONS.search(words):
        return "condition_service"
    if SERVICE.search(path):
        return "general_service"
    if path in ("/", "/index.html", "/home"):
        return "home"
    return "other"


@dataclass(frozen=True)
class Rating:
    risk: str
    reasons: list[str]
    fix: str


def rate(kind: str, trackers: list[dict[str, object]], *, fb_advanced: bool,
         third_party_requests: int) -> Rating:
    """The page's risk, why, and what to change."""
    unsafe = [t for t in trackers if not t.get("signs_baa")]
    categories = {str(t["category"]) for t in unsafe}
    names = sorted({str(t["vendor"]) for t in unsafe})
    reasons: list[str] = []
    risk = "none" if third_party_requests == 0 and not trackers else "low"
    if not unsafe:
        if trackers:
            reasons.append("only vendors that sign a BAA for this use")
        elif third_party_requests:
            reasons.append("third-party resources, but no known tracker")
        return Rating(risk, reasons or ["no third-party requests"], "Nothing to change.")
    sensitive = kind in ("portal", "booking_form")
    if sensitive:
        risk = "critical"
        reasons.append(f"trackers on a {kind.replace('_', ' ')} page: {', '.join(names)}")
    if SESSION_REPLAY in categories:
        risk = "critical"
        reasons.append("a session recorder captures what visitors type and click")
    if fb_advanced:
        risk = "critical"
        reasons.append("Meta Pixel Advanced Matching sends visitors' contact details")
    if FORMS in categories and not sensitive:
        risk = "critical"
        reasons.append("a form sends what visitors type to a third party")
    if risk != "critical":
        if kind in ("condition_service", "general_service") and categories & {ADVERTISING,
                                                                               SOCIAL}:
            risk = "high"
            topic = "a condition" if kind == "condition_service" else "services"
            ads = sorted({str(t["vendor"]) for t in unsafe
                          if t["category"] in (ADVERTISING, SOCIAL)})
            reasons.append(f"advertising pixels on a page about {topic}: {', '.join(ads)}")
        elif kind == "condition_service":
            risk = "high"
            reasons.append(f"trackers on a page about a specific condition: {', '.join(names)}")
        else:
            risk = "medium"
            reasons.append(f"{'/'.join(sorted(categories))} on a general page: "
                           f"{', '.join(names)}")
        if CHAT in categories:
            reasons.append("a chat widget receives what visitors write")
    fix = ("Remove these tools from this page (or use a vendor that signs a BAA and is "
           "configured not to collect health information); never load trackers on forms, "
           "booking or portal pages.")
    return Rating(risk, reasons, fix)
