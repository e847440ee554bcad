"""The whole clinician flow in a real browser (Debian's Chromium driven by Playwright)."""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.test_web_login import REYES

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"

if not shutil.which(CHROMIUM):
    if os.environ.get("CI", "").lower() == "true":
        raise RuntimeError("CI=true needs Debian's chromium at /usr/bin/chromium (.ci/run "
                           "installs it)")
    pytest.skip("Debian's chromium is not installed (apt-get install chromium)",
                allow_module_level=True)

sync_api = pytest.importorskip("playwright.sync_api")


@pytest.fixture
def browser_page() -> Iterator[object]:
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update",
                  "--disable-sync"])
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        page = context.new_page()
        errors: list[str] = []
        page.on("console", lambda message: errors.append(message.text)
                if message.type == "error" else None)
        yield page
        browser.close()
        assert not [e for e in errors if "Content Security Policy" in e]


def shot(page: object, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)  # type: ignore[attr-defined]


def sign_in(page: object, url: str, email: str, password: str) -> None:
    page.goto(f"{url}/login")  # type: ignore[attr-defined]
    page.get_by_label("E-mail").fill(email)  # type: ignore[attr-defined]
    page.get_by_label("Password").fill(password)  # type: ignore[attr-defined]
    page.get_by_role("button", name="Sign in").click()  # type: ignore[attr-defined]
    page.wait_for_url(re.compile(r".*/dashboard$"))  # type: ignore[attr-defined]


def test_login_dictate_draft_sign_addendum_and_audit_trail(demo_site, browser_page) -> None:
    url, _ = demo_site
    page = browser_page
    page.goto(f"{url}/clients")
    assert page.url.endswith("/login")
    shot(page, "login")
    sign_in(page, url, *REYES)
    assert page.get_by_role("heading", name="Sessions today").is_visible()
    shot(page, "dashboard")
    page.get_by_role("link", name="Clients", exact=True).click()
    page.get_by_label("Find a client by name").fill("peg")
    page.get_by_role("button", name="Search").click()
    assert "/clients" in page.url and "peg" not in page.url.lower()
    assert page.get_by_role("link", name="Dash Okonkwo-Barrett").count() == 0
    shot(page, "clients")
    page.get_by_role("link", name="Peggy Whitcombe").click()
    page.wait_for_url(re.compile(r".*/clients/[0-9a-f-]{36}$"))
    shot(page, "client")
    new_note = page.locator("form[action$='/preview']")
    new_note.get_by_label("Dictation: what happened in the session").fill(
        "Peggy reports sleeping six hours and says Thomas has been supportive. PHQ-9 today 11. "
        "We reviewed her thought record. Plan: continue weekly CBT.")
    new_note.get_by_label("Format").select_option("birp")
    new_note.get_by_role("button", name="See what will leave this computer").click()
    released = page.locator("#released").inner_text()
    assert "[CLIENT]" in released and "Peggy" not in released and "Thomas" not in released
    shot(page, "preview")
    page.get_by_role("button", name="Draft the note").click()
    page.wait_for_url(re.compile(r".*/notes/[0-9a-f-]{36}$"))
    assert "Peggy reports sleeping six hours" in page.get_by_label("Edit the draft").input_value()
    assert "Thomas has been supportive" in page.locator(".source").first.inner_text()
    shot(page, "draft")
    page.get_by_label("Your password").fill(REYES[1])
    page.get_by_label("I have reviewed every open flag").check()
    page.get_by_role("button", name="Sign the note").click()
    page.get_by_text("Add an addendum").wait_for()
    page.get_by_label("Reason").fill("Late entry")
    page.get_by_label("Addendum", exact=True).fill("C-SSRS screen negative.")
    page.locator("#addendum_password").fill(REYES[1])
    page.get_by_role("button", name="Sign the addendum").click()
    page.get_by_text("C-SSRS screen negative.").wait_for()
    shot(page, "signed")
    with page.expect_download() as download:
        page.get_by_role("link", name="Download PDF").click()
    assert download.value.suggested_filename.startswith("note-")
    page.get_by_role("link", name="Back to the client").click()
    page.get_by_role("link", name="Audit trail").click()
    trail = page.locator("table.audit").inner_text()
    for action in ("draft.create", "note.sign", "note.addendum", "note.export"):
        assert action in trail
    shot(page, "audit")


def test_the_other_main_pages_render_and_work_by_keyboard(demo_site, browser_page) -> None:
    url, _ = demo_site
    page = browser_page
    sign_in(page, url, *REYES)
    page.get_by_role("link", name="Clients", exact=True).click()
    page.get_by_role("link", name="Peggy Whitcombe").click()
    client_url = page.url
    page.get_by_role("link", name="Identifiers").click()
    page.get_by_label("Nicknames (separated by commas)").fill("Peg, Maggie")
    page.get_by_role("button", name="Save identifiers").click()
    page.wait_for_url(client_url)
    page.get_by_role("link", name="Consents").click()
    assert "in force" in page.locator("table").inner_text()
    shot(page, "consents")
    page.goto(client_url)
    page.get_by_role("link", name="Psychotherapy notes").click()
    page.get_by_label("Your process notes").fill("Noticing my own pull to rescue.")
    page.get_by_role("button", name="Keep this note").click()
    page.get_by_text("Noticing my own pull to rescue.").wait_for()
    shot(page, "psychotherapy")
    page.get_by_role("link", name="Settings").click()
    shot(page, "settings")
    page.get_by_role("link", name="Account").click()
    page.get_by_role("button", name="Set up two-step sign-in").click()
    assert page.locator(".qr svg").count() == 1
    shot(page, "account")
    # Keyboard only: the skip link comes first and lands on the content.
    page.goto(f"{url}/dashboard")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"
    # A tablet in portrait still shows the whole dashboard without sideways scrolling.
    page.set_viewport_size({"width": 768, "height": 1024})
    page.goto(f"{url}/dashboard")
    assert page.evaluate("document.documentElement.scrollWidth") <= 768
    shot(page, "dashboard-tablet")


def test_an_administrator_manages_users(demo_site, browser_page) -> None:
    from sealnote.demo import DEMO_USERS

    url, _ = demo_site
    admin = next(u for u in DEMO_USERS if u.key == "admin")
    page = browser_page
    sign_in(page, url, admin.email, admin.password)
    page.get_by_role("link", name="Users").click()
    page.get_by_label("Name", exact=True).fill("Lee Park, LMFT")
    page.get_by_label("E-mail").fill("lee.park@example.test")
    page.get_by_label("First password").fill("a-long-first-password")
    page.locator("form[action='/admin/users'] input[value='clinician']").check()
    page.get_by_role("button", name="Add the user").click()
    page.get_by_text("lee.park@example.test").wait_for()
    shot(page, "users")


def test_the_progress_indicator_shows_while_a_draft_is_made(demo_site, browser_page) -> None:
    url, _ = demo_site
    page = browser_page
    sign_in(page, url, *REYES)
    page.get_by_role("link", name="Clients", exact=True).click()
    page.get_by_role("link", name="Peggy Whitcombe").click()
    form = page.locator("form[action$='/preview']")
    form.get_by_label("Dictation: what happened in the session").fill(
        "Peggy described a calmer week at work and more sleep. We practised paced breathing "
        "and reviewed her thought record. Plan: continue weekly CBT.")
    form.get_by_role("button", name="See what will leave this computer").click()
    # Keep this submission from leaving the page, so the indicator can be looked at.
    page.evaluate("document.querySelector('form[data-progress]')"
                  ".addEventListener('submit', (event) => event.preventDefault())")
    page.get_by_role("button", name="Draft the note").click()
    status = page.get_by_role("status")
    status.wait_for()
    assert "Drafting the note" in status.inner_text()
    assert page.locator("form[data-progress]").get_attribute("aria-busy") == "true"
    shot(page, "progress")


def test_a_privacy_officer_sees_incident_deadlines(demo_site, browser_page) -> None:
    from sealnote.demo import DEMO_USERS

    url, _ = demo_site
    officer = next(u for u in DEMO_USERS if u.key == "lindqvist")
    page = browser_page
    sign_in(page, url, officer.email, officer.password)
    assert "Laptop stolen from a car" in page.locator(".alerts").inner_text()
    page.get_by_role("link", name="Incidents").click()
    shot(page, "incidents")
    page.get_by_role("link", name="Laptop stolen from a car").click()
    assert "Notifiable" in page.locator("#deadlines-heading + p").inner_text()
    assert page.evaluate("document.documentElement.scrollWidth") <= 1280, "no sideways scroll"
    shot(page, "incident")
    page.get_by_role("link", name="Compliance").click()
    alerts = page.locator("ul.alerts").inner_text()
    assert "SiteForge website touches PHI and has no BAA" in alerts
    assert "Mailhaven Workspace expires" in alerts and "Sam Okafor" in alerts
    shot(page, "compliance")
