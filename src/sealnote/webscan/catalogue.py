"""Trackers Sealnote knows by name: vendor, category, the domains and URL shapes that give them
away, and whether the vendor will sign a BAA for this use. Facts gathered for this catalogue;
a practice can add an Adblock-Plus filter list (e.g. EasyPrivacy) for the long tail."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

ADVERTISING, ANALYTICS, SESSION_REPLAY, SOCIAL, CHAT, TAG_MANAGER, FORMS = (
    "advertising", "analytics", "session replay", "social", "chat", "tag manager", "forms")


@dataclass(frozen=True)
class Tracker:
    vendor: str
    category: str
    domains: tuple[str, ...]
    paths: tuple[str, ...] = ()  # URL regexes that must also match (when a domain is shared)
    signs_baa: bool = False


CATALOGUE: tuple[Tracker, ...] = (
    Tracker("Meta Pixel", ADVERTISING, ("connect.facebook.net",)),
    Tracker("Meta Pixel", ADVERTISING, ("facebook.com",), (r"/tr/?\?|/tr/?$",)),
    Tracker("Google Analytics", ANALYTICS, ("google-analytics.com", "analytics.google.com")),
    Tracker("Google Analytics", ANALYTICS, ("googletagmanager.com",), (r"/gtag/js\?id=G-",)),
    Tracker("Google Ads", ADVERTISING, ("googletagmanager.com",), (r"/gtag/js\?id=AW-",)),
    Tracker("Google Tag Manager", TAG_MANAGER, ("googletagmanager.com",), (r"/gtm\.js",)),
    Tracker("Google Ads", ADVERTISING, ("googleadservices.com", "doubleclick.net",
                                        "googlesyndication.com", "google.com"),
            (r"doubleclick|googleadservices|googlesyndication|/pagead/|/ads/",)),
    Tracker("TikTok Pixel", ADVERTISING, ("analytics.tiktok.com",)),
    Tracker("LinkedIn Insight Tag", ADVERTISING, ("snap.licdn.com", "px.ads.linkedin.com")),
    Tracker("X (Twitter) Pixel", ADVERTISING, ("static.ads-twitter.com", "ads-twitter.com",
                                              "analytics.twitter.com")),
    Tracker("Pinterest Tag", ADVERTISING, ("ct.pinterest.com",)),
    Tracker("Pinterest Tag", ADVERTISING, ("s.pinimg.com",), (r"/ct/",)),
    Tracker("Snap Pixel", ADVERTISING, ("sc-static.net", "tr.snapchat.com")),
    Tracker("Microsoft Advertising (UET)", ADVERTISING, ("bat.bing.com",)),
    Tracker("Reddit Pixel", ADVERTISING, ("alb.reddit.com",)),
    Tracker("Reddit Pixel", ADVERTISING, ("redditstatic.com",), (r"/ads/",)),
    Tracker("Criteo", ADVERTISING, ("criteo.com", "criteo.net")),
    Tracker("AdRoll", ADVERTISING, ("adroll.com",)),
    Tracker("Taboola", ADVERTISING, ("taboola.com",)),
    Tracker("Outbrain", ADVERTISING, ("outbrain.com",)),
    Tracker("Nextdoor Pixel", ADVERTISING, ("ads.nextdoor.com",)),
    Tracker("Microsoft Clarity", SESSION_REPLAY, ("clarity.ms",)),
    Tracker("Hotjar", SESSION_REPLAY, ("hotjar.com", "hotjar.io")),
    Tracker("FullStory", SESSION_REPLAY, ("fullstory.com",)),
    Tracker("Mouseflow", SESSION_REPLAY, ("mouseflow.com",)),
    Tracker("Lucky Orange", SESSION_REPLAY, ("luckyorange.com", "luckyorange.net")),
    Tracker("Smartlook", SESSION_REPLAY, ("smartlook.com", "smartlook.cloud")),
    Tracker("Inspectlet", SESSION_REPLAY, ("inspectlet.com",)),
    Tracker("LogRocket", SESSION_REPLAY, ("logrocket.io", "logrocket.com", "lr-ingest.io")),
    Tracker("Crazy Egg", SESSION_REPLAY, ("crazyegg.com",)),
    Tracker("Yandex Metrica", SESSION_REPLAY, ("mc.yandex.ru", "mc.yandex.com")),
    Tracker("Quantum Metric", SESSION_REPLAY, ("quantummetric.com",)),
    Tracker("Segment", ANALYTICS, ("cdn.segment.com", "api.segment.io")),
    Tracker("Mixpanel", ANALYTICS, ("mixpanel.com", "mxpnl.com")),
    Tracker("Amplitude", ANALYTICS, ("amplitude.com",)),
    Tracker("Heap", ANALYTICS, ("heapanalytics.com", "heap-api.com")),
    Tracker("Adobe Analytics", ANALYTICS, ("omtrdc.net", "2o7.net", "demdex.net")),
    Tracker("HubSpot", ANALYTICS, ("hs-scripts.com", "hs-analytics.net", "hubspot.com",
                                   "hsforms.com", "hsforms.net")),
    Tracker("Intercom", CHAT, ("intercom.io", "intercomcdn.com")),
    Tracker("Drift", CHAT, ("driftt.com", "drift.com")),
    Tracker("tawk.to", CHAT, ("tawk.to",)),
    Tracker("LiveChat", CHAT, ("livechatinc.com",)),
    Tracker("Zendesk Chat", CHAT, ("zdassets.com", "zopim.com")),
    Tracker("Tidio", CHAT, ("tidio.co", "tidiochat.com")),
    Tracker("Crisp", CHAT, ("crisp.chat",)),
    Tracker("Facebook social plugin", SOCIAL, ("facebook.com",), (r"/plugins/",)),
    Tracker("AddThis", SOCIAL, ("addthis.com",)),
    Tracker("ShareThis", SOCIAL, ("sharethis.com",)),
    Tracker("Formspree", FORMS, ("formspree.io",)),
    Tracker("Jotform", FORMS, ("jotform.com",)),
    Tracker("Typeform", FORMS, ("typeform.com",)),
    Tracker("Google Forms", FORMS, ("docs.google.com",), (r"/forms/",)),
)
SESSION_RECORDER_HINTS = ("hotjar", "fullstory", "clarity.ms", "mouseflow", "luckyorange",
                          "smartlook", "inspectlet", "logrocket", "crazyegg", "webvisor",
                          "quantummetric", "sessioncam", "clicktale", "decibelinsight")


def host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


def _on(host: str, domain: str) -> bool:
    return host == domain or host.endswith("." + domain)


def identify(url: str) -> Tracker | None:
    """The catalogued tracker a request URL belongs to, or None."""
    host = host_of(url)
    for tracker in CATALOGUE:
        if any(_on(host, d) for d in tracker.domains) and (
                not tracker.paths or any(re.search(p, url) for p in tracker.paths)):
            return tracker
    return None
