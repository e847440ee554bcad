"""The compliance center: the posture dashboard with its alerts, the vendor and BAA register
with each agreement's clause check, data flows, staff training and the approved-AI-tools
policy every workforce member acknowledges; and model endpoints (Settings)."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from fastapi import APIRouter, File, Form, Request, UploadFile
from fastapi.responses import HTMLResponse
from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.responses import Response

from sealnote.access import service as access
from sealnote.access.models import User
from sealnote.access.permissions import Permission
from sealnote.actor import Actor
from sealnote.breach import service as breach
from sealnote.compliance import assessments, monitoring
from sealnote.compliance import service as compliance
from sealnote.compliance.models import Vendor
from sealnote.errors import InvalidInput, NotFound
from sealnote.web.kit import Viewer, Web, check_format, download, form_date, required_date
from sealnote.webscan import scan as webscan
from sealnote.webscan import service as scans
from sealnote.webscan.models import WebScan

MAX_DOCUMENT_BYTES = 20 * 1024 * 1024


def routes(web: Web) -> APIRouter:
    router = APIRouter()
    practice = web.practice

    @router.get("/compliance", response_class=HTMLResponse)
    def center(request: Request) -> Response:
        def work(viewer: Viewer) -> Response:
            with practice.transaction() as db:
                access.require_practice(db, actor=viewer.actor,
                                        permission=Permission.COMPLIANCE_MANAGE)
                found = monitoring.alerts(db, practice=practice)
                context: dict[str, Any] = {"register": compliance.register(db),
                           "assessed": assessments.latest_assessments(db),
                           "last_review": assessments.last_access_review(db),
                           "last_analysis": next(iter(assessments.analyses(db)), None),
                           "site_scans": scans.latest(db),
                           "flows": compliance.data_flows(db),
                           "training": compliance.training_status(db),
                           "staff": list(db.scalars(select(User).where(User.active.is_(True))
                                                    .order_by(User.display_name)))}
            counts = {level: sum(a.level == level for a in found)
                      for level in monitoring.LEVELS}
            return viewer.page("compliance.html", alerts=found, counts=counts,
                               kinds=compliance.VENDOR_KINDS, **context)

        return web.guarded(request, work)

    @router.get("/compliance/vendors/{vendor_id}/questionnaire", response_class=HTMLResponse)
    def questionnaire(request: Request, vendor_id: str) -> Response:
        def work(viewer: Viewer) -> Response:
            with practice.sessions() as db:
                access.require_practice(db, actor=viewer.actor,
                                        permission=Permission.COMPLIANCE_MANAGE)
                vendor = db.get(Vendor, vendor_id)
                if vendor is None:
                    raise NotFound("That vendor is not in the register.")
                done = assessments.latest_assessments(db).get(vendor_id)
            return viewer.page("questionnaire.html", vendor=vendor,
                               questions=assessments.QUESTIONS, done=done,
                               answers=json.loads(done.answers) if done else {})

        return web.guarded(request, work)

    @router.post("/compliance/vendors/{vendor_id}/questionnaire")
    async def answer_questionnaire(request: Request, vendor_id: str) -> Response:
        form = await request.form()
        answers = {q.key: {"answer": str(form.get(f"{q.key}_answer", "")),
                           "evidence": str(form.get(f"{q.key}_evidence", "")),
                           "on": str(form.get(f"{q.key}_on", ""))}
                   for q in assessments.QUESTIONS}

        def action(db: Session, actor: Actor) -> str:
            for answer in answers.values():
                answer["on"] = (form_date(answer["on"]) or date.today()).isoformat()
            assessments.assess_vendor(db, actor=actor, vendor_id=vendor_id, answers=answers)
            return "/compliance"

        return web.change(request, str(form.get("csrf_token", "")), action)

    @router.get("/compliance/risk", response_class=HTMLResponse)
    def risk(request: Request) -> Response:
        def work(viewer: Viewer) -> Response:
            with practice.transaction() as db:
                access.require_practice(db, actor=viewer.actor,
                                        permission=Permission.COMPLIANCE_MANAGE)
                rows = assessments.draft_analysis(db, practice=practice)
                kept = assessments.analyses(db)
            return viewer.page("risk.html", rows=rows, kept=kept,
                               upcoming=assessments.UPCOMING)

        return web.guarded(request, work)

    @router.post("/compliance/risk")
    async def save_risk(request: Request) -> Response:
        form = await request.form()
        ratings = {g.key: {part: str(form.get(f"{g.key}_{part}", ""))
                           for part in ("likelihood", "impact", "finding", "plan")}
                   for g in assessments.SAFEGUARDS}

        def action(db: Session, actor: Actor) -> str:
            assessments.save_analysis(db, actor=actor, ratings=ratings)
            return "/compliance/risk"

        return web.change(request, str(form.get("csrf_token", "")), action)

    @router.get("/compliance/risk/{analysis_id}/{fmt}")
    def risk_report(request: Request, analysis_id: str, fmt: str) -> Response:
        def work(viewer: Viewer) -> Response:
            check_format(fmt)
            with practice.transaction() as db:
                name = breach.practice_contact(db).practice
                letter = assessments.analysis_report(db, actor=viewer.actor,
                                                     analysis_id=analysis_id,
                                                     practice_name=name)
            return download(letter, fmt, f"risk-analysis-{analysis_id[:8]}")

        return web.guarded(request, work)

    @router.get("/compliance/scans/{scan_id}/{fmt}")
    def scan_report(request: Request, scan_id: str, fmt: str) -> Response:
        def work(viewer: Viewer) -> Response:
            check_format(fmt)
            with practice.sessions() as db:
                access.require_practice(db, actor=viewer.actor,
                                        permission=Permission.COMPLIANCE_MANAGE)
                row = db.get(WebScan, scan_id)
                if row is None:
                    raise NotFound("That scan was not found.")
                letter = webscan.report(json.loads(row.result))
            return download(letter, fmt, f"site-scan-{scan_id[:8]}")

        return web.guarded(request, work)

    @router.post("/compliance/access-review")
    def access_review(request: Request, findings: str = Form(""),
                      csrf_token: str = Form("")) -> Response:
        def action(db: Session, actor: Actor) -> str:
            assessments.record_access_review(db, actor=actor, findings=findings)
            return "/compliance"

        return web.change(request, csrf_token, action)

    @router.post("/compliance/vendors")
    def add_vendor(request: Request, name: str = Form(""), kind: str = Form("other"),
                   service: str = Form(""), phi: str = Form(""), region: str = Form(""),
                   cloud: str = Form(""), cloud_baa: str = Form(""),
                   touches_phi: str = Form(""), prohibited: str = Form(""),
                   soc2_report_on: str = Form(""), csrf_token: str = Form("")) -> Response:
        def action(db: Session, actor: Actor) -> str:
            upstream = ([{"name": cloud.strip(), "role": "cloud", "baa": cloud_baa == "yes"}]
                        if cloud.strip() else [])
            compliance.register_vendor(
                db, actor=actor, name=name, kind=kind, service=service,
                phi=[p.strip() for p in phi.split(",") if p.strip()], region=region,
                upstream=upstream, touches_phi=touches_phi == "yes",
                prohibited=prohibited == "yes", soc2_report_on=form_date(soc2_report_on))
            return "/compliance"

        return web.change(request, csrf_token, action)

    @router.post("/compliance/vendors/{vendor_id}/baa")
    def file_baa(request: Request, vendor_id: str, signed_on: str = Form(""),
                 expires_on: str = Form(""), document: UploadFile | None = File(None),
                 csrf_token: str = Form("")) -> Response:
        def action(db: Session, actor: Actor) -> str:
            data = document.file.read(MAX_DOCUMENT_BYTES + 1) if document else b""
            if len(data) > MAX_DOCUMENT_BYTES:
                raise InvalidInput("That document is larger than 20 MB.")
            compliance.record_baa(
                db, actor=actor, vendor_id=vendor_id,
                signed_on=required_date(signed_on, "the date it was signed"),
                expires_on=form_date(expires_on), forbids_training=False, retention_days=None,
                keys=web.keys, document=data or None,
                document_name=document.filename if document and data else None)
            return "/compliance"

        return web.change(request, csrf_token, action)

    @router.get("/compliance/baas/{baa_id}/document")
    def baa_document(request: Request, baa_id: str) -> Response:
        def work(viewer: Viewer) -> Response:
            with practice.transaction() as db:
                name, data = compliance.baa_document(db, keys=web.keys, actor=viewer.actor,
                                                     baa_id=baa_id)
            suffix = name.rsplit(".", 1)[-1].lower() if "." in name else "txt"
            return Response(data, media_type="application/octet-stream", headers={
                "Content-Disposition": f'attachment; filename="baa-{baa_id[:8]}.{suffix}"'})

        return web.guarded(request, work)

    @router.post("/compliance/training")
    def training(request: Request, user_id: str = Form(""), completed_on: str = Form(""),
                 csrf_token: str = Form("")) -> Response:
        def action(db: Session, actor: Actor) -> str:
            compliance.record_training(
                db, actor=actor, user_id=user_id,
                completed_on=required_date(completed_on, "the completion date"))
            return "/compliance"

        return web.change(request, csrf_token, action)

    @router.get("/compliance/policy/{fmt}")
    def policy(request: Request, fmt: str) -> Response:
        def work(viewer: Viewer) -> Response:
            with practice.sessions() as db:
                version, letter = compliance.approved_tools_policy(db)
            return download(letter, fmt, f"approved-ai-tools-{version}")

        return web.guarded(request, work)

    @router.post("/compliance/policy/acknowledge")
    def acknowledge(request: Request, csrf_token: str = Form("")) -> Response:
        def action(db: Session, actor: Actor) -> str:
            compliance.acknowledge_policy(db, actor=actor)
            return "/account"

        return web.change(request, csrf_token, action)

    @router.post("/settings/endpoints")
    def add_endpoint(request: Request, base_url: str = Form(""), model: str = Form(""),
                     label: str = Form(""), on_premises: str = Form(""), vendor: str = Form(""),
                     baa_signed: str = Form(""), baa_expires: str = Form(""),
                     forbids_training: str = Form(""), retention_days: str = Form(""),
                     api_key: str = Form(""), csrf_token: str = Form("")) -> Response:
        def action(db: Session, actor: Actor) -> str:
            if not model.strip():
                raise InvalidInput("Name the model to ask (for example llama3.1:8b).")
            if retention_days.strip() and not retention_days.strip().isdigit():
                raise InvalidInput("Retention is a whole number of days.")
            compliance.register_vendor_endpoint(
                db, actor=actor, base_url=base_url, on_premises=on_premises == "yes",
                vendor=vendor.strip() or None, baa_signed=form_date(baa_signed),
                baa_expires=form_date(baa_expires), forbids_training=forbids_training == "yes",
                retention_days=int(retention_days) if retention_days.strip() else None,
                model=model, label=label, api_key=api_key or None, keys=web.keys)
            return "/settings"

        return web.change(request, csrf_token, action)

    return router

