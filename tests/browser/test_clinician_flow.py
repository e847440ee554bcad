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


def test_login_dictate_draft_sign_addendum_and_audit_trail(demo_site, browser_page) -> None:
    url, _ = demo_site
    page = browser_page
    page.goto(f"{url}/clients")
    assert page.url.endswith("/login")
    shot(page, "login")
    page.get_by_label("E-mail").fill(REYES[0])
    page.get_by_label("Password").fill(REYES[1])
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(re.compile(r".*/clients$"))
    shot(page, "clients")
    page.get_by_role("link", name="Peggy Whitcombe").click()
    page.wait_for_url(re.compile(r".*/clients/[0-9a-f-]{36}$"))
    shot(page, "client")
    page.get_by_label("Dictation: what happened in the session").fill(
        "Peggy reports sleeping six hours and says Thomas has been supportive. PHQ-9 today 11. "
        "We reviewed her thought record. Plan: continue weekly CBT.")
    page.get_by_label("Format").select_option("birp")
    page.get_by_role("button", name="See what will leave this computer").click()
    released = page.locator("#released").inner_text()
    assert "[CLIENT]" in released and "Peggy" not in released and "Thomas" not in released
    shot(page, "preview")
    page.get_by_role("button", name="Draft the note").click()
    page.wait_for_url(re.compile(r".*/notes/[0-9a-f-]{36}$"))
    assert "Peggy reports sleeping six hours" in page.get_by_label(
        "Draft (not part of the record until you sign it)").input_value()
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
    page.get_by_role("link", name="Back to the client").click()
    page.get_by_role("link", name="Audit trail").click()
    trail = page.locator("table.audit").inner_text()
    for action in ("draft.create", "note.sign", "note.addendum"):
        assert action in trail
    shot(page, "audit")
