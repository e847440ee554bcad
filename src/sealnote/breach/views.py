"""Incident pages for the privacy officer: record, scope, assess, deadlines, notices, letters."""

from __future__ import annotations

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse
from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.responses import Response

from sealnote.access.models import User
from sealnote.actor import Actor
from sealnote.breach import letters, rules
from sealnote.breach import service as breach
from sealnote.errors import InvalidInput, NotFound
from sealnote.web.kit import Viewer, Web, check_format, download, form_date, required_date


def counts_from_text(text: str) -> dict[str, int]:
    """"OR 620" per line (or "OR: 620") into {"OR": 620}; a clear error for anything else."""
    found: dict[str, int] = {}
    for line in text.splitlines():
        parts = line.replace(":", " ").replace(",", " ").split()
        if not parts:
            continue
        if len(parts) != 2 or not parts[1].isdigit():
            raise InvalidInput(f"{line.strip()!r} is not a state and a number.",
                               hint="One line per state, e.g. 'OR 620'.")
        found[parts[0].upper()] = found.get(parts[0].upper(), 0) + int(parts[1])
    return found


def routes(web: Web) -> APIRouter:
    router = APIRouter()
    practice, keys = web.practice, web.keys

    @router.get("/incidents", response_class=HTMLResponse)
    def incidents(request: Request) -> Response:
        def work(viewer: Viewer) -> Response:
            with practice.transaction() as db:
                listed = breach.list_incidents(db, keys=keys, actor=viewer.actor)
                due = breach.reminders(db, keys=keys)
                contact = breach.practice_contact(db)
            return viewer.page("incidents.html", incidents=listed, reminders=due,
                               contact=contact, sources=breach.SOURCES,
                               phi_types=breach.PHI_TYPES)

        return web.guarded(request, work)

    @router.post("/incidents")
    async def open_incident(request: Request) -> Response:
        form = await request.form()

        def action(db: Session, actor: Actor) -> str:
            incident_id = breach.open_incident(
                db, keys=keys, actor=actor, title=str(form.get("title", "")),
                description=str(form.get("description", "")),
                source=str(form.get("source", "")),
                discovered_on=required_date(str(form.get("discovered_on", "")),
                                            "the discovery date"),
                occurred_on=form_date(str(form.get("occurred_on", ""))),
                phi_types=[str(v) for v in form.getlist("phi_types")],
                secured=form.get("secured") == "yes")
            return f"/incidents/{incident_id}"

        return web.change(request, str(form.get("csrf_token", "")), action)

    @router.post("/incidents/contact")
    def contact(request: Request, toll_free: str = Form(""), email: str = Form(""),
                website: str = Form(""), postal: str = Form(""),
                csrf_token: str = Form("")) -> Response:
        def action(db: Session, actor: Actor) -> str:
            breach.set_practice_contact(db, actor=actor, toll_free=toll_free, email=email,
                                        website=website, postal=postal)
            return "/incidents"

        return web.change(request, csrf_token, action)

    @router.get("/incidents/{incident_id}", response_class=HTMLResponse)
    def incident(request: Request, incident_id: str) -> Response:
        def work(viewer: Viewer) -> Response:
            with practice.transaction() as db:
                view = breach.get_incident(db, keys=keys, actor=viewer.actor,
                                           incident_id=incident_id)
                staff = list(db.scalars(select(User).order_by(User.display_name)))
                vendors = breach.vendors(db)
            return viewer.page("incident.html", incident=view, staff=staff, vendors=vendors,
                               owed=breach.outstanding(view), factors=breach.FACTORS,
                               risks=breach.RISKS, notices=breach.NOTICES,
                               exclusions=rules.EXCLUSION_TEXT, phi_types=breach.PHI_TYPES,
                               sources=breach.SOURCES,
                               substitute=rules.substitute_notice(view.out_of_date_contacts),
                               ba_deadline=rules.business_associate_deadline(
                                   view.ba_discovered_on) if view.ba_discovered_on else None,
                               affected_text="\n".join(f"{k} {v}"
                                                       for k, v in view.affected.items()))

        return web.guarded(request, work)

    @router.post("/incidents/{incident_id}/facts")
    async def facts(request: Request, incident_id: str) -> Response:
        form = await request.form()

        def action(db: Session, actor: Actor) -> str:
            out_of_date = str(form.get("out_of_date_contacts", "0")).strip() or "0"
            if not out_of_date.isdigit():
                raise InvalidInput("The number of people without current contact details is a "
                                   "whole number.")
            breach.update_facts(
                db, actor=actor, incident_id=incident_id, secured=form.get("secured") == "yes",
                key_compromised=form.get("key_compromised") == "yes",
                exclusion=str(form.get("exclusion", "")) or None,
                phi_types=[str(v) for v in form.getlist("phi_types")],
                out_of_date_contacts=int(out_of_date),
                delay_kind=str(form.get("delay_kind", "")) or None,
                delay_stated_on=form_date(str(form.get("delay_stated_on", ""))),
                delay_until=form_date(str(form.get("delay_until", ""))),
                delay_official=str(form.get("delay_official", "")),
                business_associate=str(form.get("business_associate", "")),
                ba_discovered_on=form_date(str(form.get("ba_discovered_on", ""))))
            return f"/incidents/{incident_id}"

        return web.change(request, str(form.get("csrf_token", "")), action)

    @router.post("/incidents/{incident_id}/scope")
    def scope(request: Request, incident_id: str, start: str = Form(""), end: str = Form(""),
              user_id: str = Form(""), vendor_id: str = Form(""), exports_only: str = Form(""),
              csrf_token: str = Form("")) -> Response:
        def action(db: Session, actor: Actor) -> str:
            found = breach.scope_from_audit(
                db, keys=keys, actor=actor, start=required_date(start, "a start date"),
                end=required_date(end, "an end date"), user_id=user_id or None,
                vendor_id=vendor_id or None, exports_only=exports_only == "yes")
            breach.set_affected(db, actor=actor, incident_id=incident_id,
                                by_state=found.by_state, client_ids=found.client_ids)
            return f"/incidents/{incident_id}"

        return web.change(request, csrf_token, action)

    @router.post("/incidents/{incident_id}/affected")
    def affected(request: Request, incident_id: str, counts: str = Form(""),
                 csrf_token: str = Form("")) -> Response:
        def action(db: Session, actor: Actor) -> str:
            breach.set_affected(db, actor=actor, incident_id=incident_id,
                                by_state=counts_from_text(counts))
            return f"/incidents/{incident_id}"

        return web.change(request, csrf_token, action)

    @router.post("/incidents/{incident_id}/assessment")
    async def assessment(request: Request, incident_id: str) -> Response:
        form = await request.form()
        factors = {key: {"risk": str(form.get(f"{key}_risk", "")),
                         "reasoning": str(form.get(f"{key}_reasoning", ""))}
                   for key in breach.FACTORS}

        def action(db: Session, actor: Actor) -> str:
            breach.assess(db, keys=keys, actor=actor, incident_id=incident_id, factors=factors)
            return f"/incidents/{incident_id}"

        return web.change(request, str(form.get("csrf_token", "")), action)

    @router.post("/incidents/{incident_id}/notices")
    def notice(request: Request, incident_id: str, kind: str = Form(""),
               sent_on: str = Form(""), csrf_token: str = Form("")) -> Response:
        def action(db: Session, actor: Actor) -> str:
            breach.record_notice(db, actor=actor, incident_id=incident_id, kind=kind,
                                 sent_on=required_date(sent_on, "the date it was sent"))
            return f"/incidents/{incident_id}"

        return web.change(request, csrf_token, action)

    @router.post("/incidents/{incident_id}/close")
    def close(request: Request, incident_id: str, csrf_token: str = Form("")) -> Response:
        def action(db: Session, actor: Actor) -> str:
            breach.close_incident(db, keys=keys, actor=actor, incident_id=incident_id)
            return f"/incidents/{incident_id}"

        return web.change(request, csrf_token, action)

    @router.get("/incidents/{incident_id}/letters/{kind}/{fmt}")
    def letter(request: Request, incident_id: str, kind: str, fmt: str) -> Response:
        def work(viewer: Viewer) -> Response:
            if kind not in letters.LETTERS:
                raise NotFound("There is no such letter.")
            check_format(fmt)
            with practice.transaction() as db:
                view = breach.get_incident(db, keys=keys, actor=viewer.actor,
                                           incident_id=incident_id)
                document = letters.LETTERS[kind](view, breach.practice_contact(db))
            return download(document, fmt, f"{kind}-notice-{incident_id[:8]}")

        return web.guarded(request, work)

    return router
