"""A privacy officer works an incident in the web app, from "something happened" to letters."""

from __future__ import annotations

import io
import re
from datetime import date, timedelta

import docx

from sealnote.demo import DEMO_USERS
from sealnote.practice import Practice
from sealnote.web.app import create_app
from tests.helpers import serving
from tests.test_web_login import csrf, sign_in

OFFICER = next(u for u in DEMO_USERS if u.key == "lindqvist")


def test_from_something_happened_to_a_letter(demo: Practice) -> None:
    discovered = date.today() - timedelta(days=3)
    with serving(create_app(demo)) as url:
        officer = sign_in(url, OFFICER.email, OFFICER.password)
        page = officer.get("/incidents").text
        opened = officer.post("/incidents", data={
            "title": "Schedule e-mailed to a patient", "source": "misdirected",
            "description": "Tomorrow's schedule went to a client instead of the front desk.",
            "discovered_on": discovered.isoformat(), "phi_types": ["name", "appointment dates"],
            "csrf_token": csrf(page)})
        assert opened.status_code == 303
        incident = opened.headers["location"]
        token = csrf(officer.get(incident).text)
        officer.post(f"{incident}/affected", data={"counts": "MA 14\nRI 2", "csrf_token": token})
        officer.post(f"{incident}/assessment", data={
            **{f"{k}_risk": "low" for k in ("nature", "recipient", "acquired")},
            "mitigated_risk": "medium",
            **{f"{k}_reasoning": "Written down after speaking to the client."
               for k in ("nature", "recipient", "acquired", "mitigated")},
            "csrf_token": token})
        shown = officer.get(incident).text
        due = (discovered + timedelta(days=60)).isoformat()
        assert "Notifiable" in shown and due in shown and "annual log" in shown
        assert "(MA 14, RI 2)" in shown
        letter = officer.get(f"{incident}/letters/individual/docx")
        assert letter.status_code == 200 and "wordprocessingml" in letter.headers["content-type"]
        words = "\n".join(p.text for p in docx.Document(io.BytesIO(letter.content)).paragraphs)
        assert "went to a client instead of the front desk" in words
        assert re.search(r"toll-free at 1-800-555-0142", words)
        dashboard = officer.get("/dashboard").text
        assert "Schedule e-mailed to a patient" in dashboard, "the deadline shows on Today"
