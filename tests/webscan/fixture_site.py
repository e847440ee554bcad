"""A small practice website, served on loopback, with the usual trackers put in the usual ways
(script tags, inline loaders that build URLs at run time, noscript beacons, third-party forms),
pages of every kind, and pages that must stay clean."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

NAV = ('<nav><a href="/">Home</a> <a href="/services/">Services</a> '
       '<a href="/services/anxiety.html">Anxiety</a> <a href="/book.html">Book</a> '
       '<a href="/contact.html">Contact</a> <a href="/portal/login.html">Client portal</a> '
       '<a href="/blog/first-session.html">Blog</a> <a href="/about.html">About</a> '
       '<a href="/team.html">Team</a> <a href="/private/notes.html">Staff</a></nav>')

GTAG = ('<script async src="https://www.googletagmanager.com/gtag/js?id=G-HARBOUR1"></script>'
        "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}"
        "gtag('js',new Date());gtag('config','G-HARBOUR1');</script>")
META = ("<script>!function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){n.callMethod?"
        "n.callMethod.apply(n,arguments):n.queue.push(arguments)};if(!f._fbq)f._fbq=n;"
        "n.push=n;n.loaded=!0;n.version='2.0';n.queue=[];t=b.createElement(e);t.async=!0;"
        "t.src=v;s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}(window,"
        "document,'script','https://connect.facebook.net/en_US/fbevents.js');"
        "fbq('init','1234567890123');fbq('track','PageView');fbq('track','ViewContent');"
        "</script>")
META_ADVANCED = ("<script>window.fbq=window.fbq||function(){};"
                 "fbq('init','1234567890123',{em:'visitor@example.com',ph:'5035550100'});"
                 "fbq('track','PageView');</script>"
                 '<noscript><img height="1" width="1" src="https://www.facebook.com/tr?id='
                 '1234567890123&ev=PageView&noscript=1"></noscript>')
LINKEDIN = ('<script>_linkedin_partner_id = "7654321";</script>'
            '<noscript><img height="1" width="1" alt="" '
            'src="https://px.ads.linkedin.com/collect/?pid=7654321&fmt=gif"></noscript>')
HOTJAR_BUILT = ("<script>window._hjSettings={hjid:3141592,hjsv:6};var host='static.hot'+"
                "'jar.com';var s=document.createElement('script');s.async=1;"
                "s.src='https://'+host+'/c/hotjar-'+window._hjSettings.hjid+'.js?sv=6';"
                "document.head.appendChild(s);</script>")
CLARITY = ("<script>(function(c,l,a,r,i,t,y){c[a]=c[a]||function(){(c[a].q=c[a].q||[])"
           ".push(arguments)};t=l.createElement(r);t.async=1;t.src='https://www.clarity.ms/"
           "tag/'+i;y=l.getElementsByTagName(r)[0];y.parentNode.insertBefore(t,y);})(window,"
           "document,'clarity','script','portal42');</script>")
TIKTOK = ("<script>var ttq=window.ttq=window.ttq||[];ttq.load('CTIKTOK123');"
          "var t=document.createElement('script');t.src='https://analytics.tiktok.com/i18n/"
          "pixel/events.js?sdkid=CTIKTOK123';document.head.appendChild(t);</script>")
TAWK = ('<script>var Tawk_API=Tawk_API||{};var s1=document.createElement("script");'
        's1.async=true;s1.src="https://embed.tawk.to/abc123/default";'
        'document.head.appendChild(s1);</script>')


def page(title: str, body: str, head: str = "") -> str:
    return (f'<!doctype html><html><head><title>{title}</title>'
            f'<link rel="stylesheet" href="/style.css">{head}</head>'
            f"<body>{NAV}<h1>{title}</h1>{body}</body></html>")


FORM = ('<form method="post" action="{action}"><label>Name <input name="name"></label>'
        '<label>E-mail <input type="email" name="email"></label>'
        '<label>Phone <input type="tel" name="phone"></label>'
        '<label>What brings you in? <textarea name="message"></textarea></label>'
        '<button>Send</button></form>')

PAGES = {
    "index.html": page("Harbour Street Therapy", "<p>Welcome.</p>", GTAG),
    "services/index.html": page("Our services", "<p>Individual and couples therapy.</p>",
                                META + TAWK),
    "services/anxiety.html": page("Therapy for anxiety and panic", "<p>CBT for anxiety.</p>",
                                  LINKEDIN),
    "services/trauma.html": page("Trauma and PTSD therapy", "<p>EMDR.</p>", TIKTOK),
    "book.html": page("Book a first session", FORM.format(action="/book"), HOTJAR_BUILT),
    "contact.html": page("Contact us", FORM.format(action="https://formspree.io/f/xharbour")),
    "portal/login.html": page("Client portal", '<form method="post" action="/portal"><input '
                              'name="user"><input type="password" name="pw"></form>', CLARITY),
    "blog/first-session.html": page("What happens in a first session",
                                    '<p>Notes from our clinicians.</p><img src="/room.png">'),
    "about.html": page("About the practice", "<p>Founded in 2014.</p>"),
    "team.html": page("Our team", "<p>Four clinicians.</p>", META_ADVANCED),
    "private/notes.html": page("Staff only", "<p>Not for robots.</p>", TIKTOK),
}
EXPECTED = {  # path: (kind, risk, vendors)
    "/": ("home", "medium", {"Google Analytics"}),
    "/services/": ("general_service", "high", {"Meta Pixel", "tawk.to"}),
    "/services/anxiety.html": ("condition_service", "high", {"LinkedIn Insight Tag"}),
    "/services/trauma.html": ("condition_service", "high", {"TikTok Pixel"}),
    "/book.html": ("booking_form", "critical", {"Hotjar"}),
    "/contact.html": ("booking_form", "critical", {"Formspree"}),
    "/portal/login.html": ("portal", "critical", {"Microsoft Clarity"}),
    "/blog/first-session.html": ("blog", "none", set()),
    "/about.html": ("other", "none", set()),
    "/team.html": ("other", "critical", {"Meta Pixel"}),
}


@contextmanager
def practice_site(root: Path) -> Iterator[str]:
    """Write the site under `root` and serve it on a loopback port until the block ends."""
    server = ThreadingHTTPServer(("127.0.0.1", 0),
                                 partial(_Quiet, directory=str(root)))
    url = f"http://127.0.0.1:{server.server_address[1]}"
    for path, html in PAGES.items():
        target = root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(html, encoding="utf-8")
    (root / "style.css").write_text("body { font-family: sans-serif; }")
    (root / "room.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (root / "robots.txt").write_text("User-agent: *\nDisallow: /private/\n")
    # The trauma page is in the sitemap only: nothing links to it.
    (root / "sitemap.xml").write_text(
        '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<url><loc>{url}/</loc></url><url><loc>{url}/services/trauma.html</loc></url>"
        "</urlset>")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield url
    finally:
        server.shutdown()
        server.server_close()


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass
