"""The `sealnote` command: thin wrappers that parse, call a service and print."""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from datetime import datetime
from pathlib import Path
from typing import Annotated

import typer

from sealnote import crypto
from sealnote.actor import operator
from sealnote.audit import service as audit
from sealnote.config import Settings, load_settings
from sealnote.errors import SealnoteError
from sealnote.practice import Practice

app = typer.Typer(help="Sealnote: private AI documentation for therapy practices.",
                  no_args_is_help=True, pretty_exceptions_enable=False, add_completion=False)
keys_app = typer.Typer(help="Master and data keys.", no_args_is_help=True)
audit_app = typer.Typer(help="The tamper-evident audit log.", no_args_is_help=True)
users_app = typer.Typer(help="Staff accounts.", no_args_is_help=True)
endpoints_app = typer.Typer(help="Model endpoints, their vendors and BAAs (who may receive "
                            "de-identified text).", no_args_is_help=True)
app.add_typer(keys_app, name="keys")
app.add_typer(audit_app, name="audit")
app.add_typer(users_app, name="users")
breach_app = typer.Typer(help="Breach response: notification deadlines and incidents.",
                         no_args_is_help=True)
app.add_typer(endpoints_app, name="endpoints")
app.add_typer(breach_app, name="breach")
baa_app = typer.Typer(help="Business Associate Agreements.", no_args_is_help=True)
app.add_typer(baa_app, name="baa")
compliance_app = typer.Typer(help="Compliance monitoring: alerts and the daily run.",
                             no_args_is_help=True)
app.add_typer(compliance_app, name="compliance")

DataDir = Annotated[Path | None, typer.Option(
    "--data-dir", help="Data directory (default: $SEALNOTE_DATA_DIR, then your user data dir).")]


def _settings(data_dir: Path | None) -> Settings:
    return load_settings(data_dir)


def _open(data_dir: Path | None) -> Practice:
    return Practice.open(_settings(data_dir))


@app.command()
def init(data_dir: DataDir = None,
         name: Annotated[str, typer.Option(help="The practice's name.")] = "My practice") -> None:
    """Create a data directory (or upgrade an existing one); safe to repeat."""
    settings = _settings(data_dir)
    practice, created = Practice.initialise(settings, actor=operator(), name=name)
    practice.close()
    verb = "Created" if created else "Up to date:"
    typer.echo(f"{verb} {settings.data_dir}")
    if created and not settings.master_key:
        typer.echo(f"Back up {settings.keys_dir} separately from the database: without the "
                   "master key the records cannot be read.")


@app.command()
def demo(data_dir: DataDir = None,
         as_json: Annotated[bool, typer.Option("--json", help="Print the logins as JSON.")] = False,
         ) -> None:
    """Fill a data directory with a fictional demo practice (idempotent)."""
    from sealnote.demo import demo_credentials, seed

    settings = _settings(data_dir)
    practice, _ = Practice.initialise(settings, actor=operator(), name="Riverbend Counseling",
                                      is_demo=True)
    seeded = seed(practice)
    practice.close()
    users = [{"email": u["email"], "password": u["password"], "role": u["role"], "demo": True}
             for u in demo_credentials()]
    if as_json:
        typer.echo(json.dumps({"users": users}))
        return
    typer.echo(("Demo practice created in " if seeded else "Demo practice already in ")
               + str(settings.data_dir))
    for user in users:
        typer.echo(f"  {user['role']:<22} {user['email']:<40} {user['password']}")


@app.command()
def serve(data_dir: DataDir = None,
          host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
          port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
          tls_cert: Annotated[Path | None, typer.Option(help="PEM certificate (chain) for "
                                                        "HTTPS.")] = None,
          tls_key: Annotated[Path | None, typer.Option(help="PEM private key for HTTPS.")
                             ] = None) -> None:
    """Run the web app (HTTPS with TLS 1.2 or newer when given a certificate and key)."""
    import ssl

    import uvicorn

    from sealnote.web.app import create_app

    if (tls_cert is None) != (tls_key is None):
        raise SealnoteError("HTTPS needs both --tls-cert and --tls-key.",
                            hint="Give both files, or neither (then put a TLS reverse proxy "
                            "in front, as the README shows).")
    for path in (tls_cert, tls_key):
        if path is not None and not path.is_file():
            raise SealnoteError(f"{path} does not exist.", hint="Check the path.")
    practice = _open(data_dir)
    config = uvicorn.Config(create_app(practice), host=host, port=port, log_level="warning",
                            server_header=False, proxy_headers=True,
                            forwarded_allow_ips="127.0.0.1",  # only a proxy on this machine
                            ssl_certfile=str(tls_cert) if tls_cert else None,
                            ssl_keyfile=str(tls_key) if tls_key else None)
    server = uvicorn.Server(config)
    if tls_cert is not None:
        config.load()
        assert config.ssl is not None
        config.ssl.minimum_version = ssl.TLSVersion.TLSv1_2
    scheme = "https" if tls_cert else "http"
    typer.echo(f"Sealnote is running at {scheme}://{host}:{port}/  (Ctrl+C stops it)")
    server.run()


@app.command()
def deid(
    file: Annotated[Path | None, typer.Argument(help="A text file (default: standard input).")
                    ] = None,
    jsonl: Annotated[bool, typer.Option("--jsonl", help="One JSON document per line in and "
                                        "out: {id, text[, known]} -> {id, text, spans}.")] = False,
) -> None:
    """Remove identifiers from text; needs no data directory and sends nothing anywhere."""
    from sealnote.boundary import cli_support

    source = file.open(encoding="utf-8") if file else sys.stdin
    try:
        if jsonl:
            failures = cli_support.deid_jsonl(source, sys.stdout)
            if failures:
                raise typer.Exit(1)
        else:
            typer.echo(cli_support.deid_plain(source.read()))
    finally:
        if file:
            source.close()


@app.command()
def draft(
    file: Annotated[Path, typer.Argument(help="The dictation: a text file, or audio "
                                         "(.wav .mp3 .m4a .ogg .webm) when Whisper is set up.")],
    note_format: Annotated[str, typer.Option("--format", help="SOAP, DAP, BIRP, GIRP, PIE, "
                                             "intake, discharge or a practice template.")],
    modality: Annotated[str | None, typer.Option(help="cbt, dbt, act, ifs, emdr, "
                                                 "psychodynamic, mi, exposure, ...")] = None,
    provider: Annotated[str, typer.Option(help="offline (no model) or openai (any "
                                          "OpenAI-compatible server).")] = "offline",
    base_url: Annotated[str | None, typer.Option(help="e.g. http://127.0.0.1:11434/v1")] = None,
    model: Annotated[str, typer.Option(help="The model's name on that server.")] = "llama3.1",
    client: Annotated[str | None, typer.Option(help="Draft for this client of the practice "
                                               "(needs a data directory).")] = None,
    data_dir: DataDir = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Draft a progress note from a dictation. Nothing identifying leaves this machine."""
    from sealnote.drafting import cli_support

    outcome = cli_support.run_draft(
        file=file, note_format=note_format, modality=modality, provider=provider,
        base_url=base_url, model=model, client=client,
        settings=_settings(data_dir) if client else None)
    typer.echo(json.dumps(outcome.to_json(), indent=2) if as_json else
               cli_support.describe(outcome))


@keys_app.command("generate")
def keys_generate(data_dir: DataDir = None) -> None:
    """Print a new random master key (for SEALNOTE_MASTER_KEY); needs no data directory."""
    del data_dir  # accepted like every command's, but a new key belongs to no data directory
    typer.echo(crypto.generate_master_key())


@keys_app.command("rotate")
def keys_rotate(data_dir: DataDir = None) -> None:
    """Re-wrap every data key under a new master key; the app may keep running."""
    practice = _open(data_dir)
    try:
        result = practice.rotate_keys(actor=operator())
    finally:
        practice.close()
    typer.echo(f"Rotated: {result['data_keys_rewrapped']} data key(s) re-wrapped under master "
               f"key {result['master_key_id']}; new data key {result['new_data_key_id']}.")
    if practice.settings.master_key:
        typer.echo("Now set SEALNOTE_MASTER_KEY to the value of SEALNOTE_NEW_MASTER_KEY.")
    else:
        typer.echo("Back up the new keys/master.key now.")


@audit_app.command("verify")
def audit_verify(data_dir: DataDir = None) -> None:
    """Check every event's hash and link, and the chain against signed checkpoints."""
    practice = _open(data_dir)
    try:
        with practice.sessions() as db:
            verdict = audit.verify(db, store=practice.checkpoints, origin=practice.id)
    finally:
        practice.close()
    typer.echo(verdict.summary())
    if not verdict.ok:
        raise typer.Exit(1)


@audit_app.command("checkpoint")
def audit_checkpoint(data_dir: DataDir = None) -> None:
    """Sign the chain's head (Ed25519) into checkpoints/; copy that folder off this machine."""
    practice = _open(data_dir)
    try:
        with practice.sessions() as db:
            path, verdict = audit.checkpoint(db, store=practice.checkpoints, origin=practice.id)
    finally:
        practice.close()
    typer.echo(f"Checkpoint of {verdict.count} events written to {path}")


@audit_app.command("report")
def audit_report(
    client: Annotated[str, typer.Option("--client", help="The client's id.")],
    data_dir: DataDir = None,
    fmt: Annotated[str, typer.Option("--format", help="csv or json.")] = "csv",
    out: Annotated[Path | None, typer.Option(help="Write to this file instead.")] = None,
) -> None:
    """Who did what to one client's record, and when."""
    if fmt not in ("csv", "json"):
        raise SealnoteError(f"Unknown format {fmt!r}.", hint="Use --format csv or --format json.")
    practice = _open(data_dir)
    try:
        with practice.transaction() as db:
            rows = audit.client_report(db, actor=operator(), client_id=client)
    finally:
        practice.close()
    if fmt == "json":
        text = json.dumps(rows, indent=2)
    else:
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=list(rows[0]) if rows else ["seq"])
        writer.writeheader()
        writer.writerows(rows)
        text = buffer.getvalue()
    if out:
        out.write_text(text)
        typer.echo(f"{len(rows)} events written to {out}")
    else:
        typer.echo(text.rstrip("\n"))


@audit_app.command("purge")
def audit_purge(before: Annotated[str, typer.Option(help="YYYY-MM-DD")],
                data_dir: DataDir = None) -> None:
    """Delete events older than a date past the seven-year retention period."""
    moment = datetime.fromisoformat(before).astimezone()
    practice = _open(data_dir)
    try:
        with practice.transaction() as db:
            count = audit.purge(db, actor=operator(), before=moment,
                                retention_years=practice.settings.audit_retention_years)
    finally:
        practice.close()
    typer.echo(f"Purged {count} events older than {before}.")


@app.command("export")
def export(out: Annotated[Path, typer.Option(help="A new, empty folder.")],
           data_dir: DataDir = None,
           include_psychotherapy_notes: Annotated[bool, typer.Option(
               help="Also export psychotherapy notes (kept apart by HIPAA).")] = False) -> None:
    """Write the whole practice as JSON plus a readable page per signed note (audited)."""
    from sealnote.records.export import export_practice

    practice = _open(data_dir)
    try:
        with practice.transaction() as db:
            counts = export_practice(db, keys=practice.keys, actor=operator(), out_dir=out,
                                     include_psychotherapy_notes=include_psychotherapy_notes)
    finally:
        practice.close()
    typer.echo(f"Exported {counts['clients']} clients and {counts['notes']} notes "
               f"({counts['signed_notes']} signed) to {out}. It holds PHI in the clear: "
               "keep it encrypted and delete it when done.")


@users_app.command("add")
def users_add(
    email: Annotated[str, typer.Option()],
    name: Annotated[str, typer.Option(help="Display name.")],
    role: Annotated[list[str], typer.Option(help="Repeat for several roles.")],
    data_dir: DataDir = None,
) -> None:
    """Create a staff account; the password is read from standard input or a prompt."""
    from sealnote.access import service as access

    if sys.stdin.isatty():
        password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    else:
        password = sys.stdin.readline().rstrip("\n")
    practice = _open(data_dir)
    try:
        with practice.transaction() as db:
            user = access.create_user(db, actor=operator(), email=email, display_name=name,
                                      roles=set(role), password=password)
    finally:
        practice.close()
    typer.echo(f"Created {user.email} ({user.roles}).")


@endpoints_app.command("add")
def endpoints_add(
    base_url: Annotated[str, typer.Argument(help="e.g. https://models.vendor.example/v1")],
    data_dir: DataDir = None,
    on_premises: Annotated[bool, typer.Option(help="It runs on the practice's own hardware."
                                              )] = False,
    vendor: Annotated[str | None, typer.Option(help="The vendor that runs it.")] = None,
    baa_signed: Annotated[str | None, typer.Option(help="YYYY-MM-DD the BAA was signed.")
                          ] = None,
    baa_expires: Annotated[str | None, typer.Option(help="YYYY-MM-DD it expires.")] = None,
    forbids_training: Annotated[bool, typer.Option(help="The BAA forbids training on the "
                                                   "data.")] = False,
    retention_days: Annotated[int | None, typer.Option(help="Days the vendor may keep "
                                                       "prompts and outputs.")] = None,
    model: Annotated[str | None, typer.Option(help="The model to ask, e.g. llama3.1:8b.")
                     ] = None,
    label: Annotated[str | None, typer.Option(help="The name clinicians see.")] = None,
) -> None:
    """Register a model endpoint (and its vendor's BAA); drafting checks it before each call."""
    from datetime import date

    from sealnote.compliance import service as compliance

    practice = _open(data_dir)
    try:
        with practice.transaction() as db:
            decision = compliance.register_vendor_endpoint(
                db, actor=operator(), base_url=base_url, on_premises=on_premises,
                vendor=vendor, baa_signed=date.fromisoformat(baa_signed) if baa_signed else None,
                baa_expires=date.fromisoformat(baa_expires) if baa_expires else None,
                forbids_training=forbids_training, retention_days=retention_days,
                model=model, label=label, api_key=os.environ.get("SEALNOTE_MODEL_API_KEY"),
                keys=practice.keys)
    finally:
        practice.close()
    verdict = "may be used" if decision.allowed else "may NOT be used yet"
    typer.echo(f"Registered {base_url}: it {verdict} ({decision.reason}).")


@endpoints_app.command("check")
def endpoints_check(base_url: Annotated[str, typer.Argument()], data_dir: DataDir = None) -> None:
    """Say whether de-identified text may be sent to an endpoint, and why (no connection)."""
    from sealnote.compliance import service as compliance

    practice = _open(data_dir)
    try:
        with practice.sessions() as db:
            decision = compliance.endpoint_allowed(db, base_url=base_url)
    finally:
        practice.close()
    typer.echo(f"{'allowed' if decision.allowed else 'refused'}: {decision.reason}")
    if not decision.allowed:
        raise typer.Exit(1)


@breach_app.command("deadlines")
def breach_deadlines(
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a summary.")
                       ] = False,
) -> None:
    """Read a scenario as JSON on stdin and print the notices owed and their deadlines.

    Input: {"discovered": "YYYY-MM-DD", "affected": {"STATE": count, ...}, "unsecured": bool}
    and optionally "exception", "low_probability" and "law_enforcement":
    {"kind": "written"|"oral", "stated_on": "YYYY-MM-DD", "until": "YYYY-MM-DD"}.
    No data directory is needed.
    """
    from sealnote.breach import rules

    raw = sys.stdin.read()
    try:
        document = json.loads(raw)
        if not isinstance(document, dict):
            raise ValueError("the input must be one JSON object")
        result = rules.deadlines(rules.parse_scenario(document))
    except (ValueError, json.JSONDecodeError) as err:
        raise SealnoteError(f"The scenario could not be read: {err}.",
                            hint='Example: {"discovered": "2026-03-02", "affected": '
                                 '{"OR": 620, "WA": 12}, "unsecured": true}') from None
    if as_json:
        typer.echo(json.dumps(result.as_json()))
        return
    typer.echo(f"{'Notifiable' if result.notifiable else 'Not notifiable'}: {result.reason}.")
    if result.notifiable:
        typer.echo(f"Individuals ({result.total}): by {result.individuals}")
        typer.echo(f"HHS: {result.hhs_route.replace('_', ' ') if result.hhs_route else '-'}, "
                   f"by {result.hhs}")
        typer.echo(f"Media: {', '.join(result.media_states)} by {result.media}"
                   if result.media_states else "Media: not required (no state over 500)")


@baa_app.command("check")
def baa_check(
    file: Annotated[Path, typer.Argument(help="The agreement: .txt, .pdf or .docx.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")
                       ] = False,
    strict: Annotated[bool, typer.Option(help="Exit 1 when a clause is missing or weak.")
                      ] = False,
) -> None:
    """Check an agreement for the clauses 164.504(e) requires and those an AI vendor should
    sign. No data directory is needed. An aid to review, not legal advice."""
    from sealnote.compliance.baa_check import check_text, read_document

    report = check_text(read_document(file))
    if as_json:
        typer.echo(json.dumps({"file": file.name, **report.as_json()}, ensure_ascii=False))
    else:
        for finding in report.findings:
            mark = "ok  " if finding.ok else ("WEAK" if finding.present else "MISSING")
            typer.echo(f"{mark:8} {finding.id:24} {finding.title}")
            if finding.weakness:
                typer.echo(f"{'':8} {'':24} -> {finding.weakness}")
        verdict = "Every clause is present and sound." if report.sound else (
            f"{len(report.missing)} missing, {len(report.flags)} weak: ask the vendor to amend "
            "the agreement before any PHI is shared.")
        typer.echo(verdict)
    if strict and not report.sound:
        raise typer.Exit(1)


@compliance_app.command("alerts")
def compliance_alerts(
    data_dir: DataDir = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Every compliance alert today, most severe first (BAAs, vendors, training, the audit
    log, the audit chain, backups)."""
    from sealnote.compliance import monitoring

    practice = _open(data_dir)
    try:
        with practice.sessions() as db:
            found = monitoring.alerts(db, practice=practice)
    finally:
        practice.close()
    if as_json:
        typer.echo(json.dumps({"alerts": [a.as_json() for a in found]}))
        return
    for alert in found:
        typer.echo(f"{alert.level.upper():9} {alert.message}\n{'':9} -> {alert.action}")
    typer.echo(f"{len(found)} alert(s)." if found else "No alerts.")


@compliance_app.command("daily")
def compliance_daily(data_dir: DataDir = None) -> None:
    """The daily run (schedule it with cron or a systemd timer): check every rule, sign an
    audit checkpoint, record the run in the audit log."""
    from sealnote.compliance import monitoring

    practice = _open(data_dir)
    try:
        found = monitoring.daily_run(practice)
    finally:
        practice.close()
    counts = {level: sum(a.level == level for a in found) for level in monitoring.LEVELS}
    typer.echo("Daily compliance run: " + ", ".join(f"{n} {level}" for level, n in
                                                    counts.items()) + "; checkpoint written.")


@app.command("scan-site")
def scan_site(
    url: Annotated[str, typer.Argument(help="The practice's website, e.g. https://example.com/")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    max_pages: Annotated[int, typer.Option(help="Pages to visit at most.")] = 25,
    max_depth: Annotated[int, typer.Option(help="Links to follow from the start page.")] = 3,
    allow_third_party: Annotated[bool, typer.Option(
        help="Let requests to other sites through (a live scan); by default they are recorded "
             "and blocked.")] = False,
    filter_list: Annotated[Path | None, typer.Option(
        help="An Adblock Plus filter list (e.g. EasyPrivacy) to catch more trackers.")] = None,
    report: Annotated[Path | None, typer.Option(help="Also write a report: .html, .pdf or "
                                                     ".docx.")] = None,
    data_dir: DataDir = None,
) -> None:
    """Scan the practice's website for tracking pixels, session recorders, chat widgets and
    forms that send to third parties; rate each page. With a data directory (--data-dir or
    SEALNOTE_DATA_DIR) the result is kept in the compliance center and re-scanned weekly."""
    from sealnote.webscan import scan as webscan
    from sealnote.webscan import service as scans

    if report is not None and report.suffix.lower() not in (".html", ".pdf", ".docx"):
        raise SealnoteError("The report must be .html, .pdf or .docx.", hint="e.g. scan.pdf")
    result = webscan.scan_site(url, max_pages=max_pages, max_depth=max_depth,
                               allow_third_party=allow_third_party, filter_list=filter_list)
    if data_dir is not None or os.environ.get("SEALNOTE_DATA_DIR"):
        practice = _open(data_dir)
        try:
            with practice.transaction() as db:
                scans.keep(db, actor=operator(), result=result)
        finally:
            practice.close()
    if report is not None:
        letter = webscan.report(result)
        suffix = report.suffix.lower()
        if suffix == ".html":
            report.write_text(letter.html(), encoding="utf-8")
        else:
            report.write_bytes(letter.pdf() if suffix == ".pdf" else letter.docx())
    if as_json:
        typer.echo(json.dumps(result))
        return
    for page in sorted(result["pages"], key=lambda p: p["url"]):
        vendors = ", ".join(t["vendor"] for t in page["trackers"]) or "no trackers"
        typer.echo(f"{page['risk'].upper():9} {page['kind']:18} {page['url']}  ({vendors})")
    summary = result["summary"]
    typer.echo(f"{summary['pages']} page(s) scanned; worst risk: {summary['worst']}.")


def main() -> None:
    """Entry point: turn known errors into a message and a next step, never a traceback."""
    os.umask(0o077)
    debug = "--debug" in sys.argv
    if debug:
        sys.argv.remove("--debug")
    try:
        app(prog_name="sealnote")
    except SealnoteError as err:
        if debug:
            raise
        typer.echo(f"Error: {err.message}", err=True)
        if err.hint:
            typer.echo(f"What to do: {err.hint}", err=True)
        sys.exit(err.exit_code)
    except Exception as err:
        if debug:
            raise
        # The exception text may quote record content, so only its type is shown.
        typer.echo(f"Error: Sealnote stopped unexpectedly ({type(err).__name__}). Nothing was "
                   "changed that was not finished. Run the command again with --debug for "
                   "details, and report them without any client information.", err=True)
        sys.exit(70)
