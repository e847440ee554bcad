"""Printable PDFs of the record: one signed note, or a client's whole record."""

from __future__ import annotations

from collections.abc import Iterable
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from sealnote.documents import build_pdf, paragraphs, stamp, styles
from sealnote.records.schemas import Chart, NoteView


def _facts(rows: Iterable[tuple[str, str]], styles: dict[str, ParagraphStyle]) -> Table:
    data = [[Paragraph(escape(k), styles["small"]), Paragraph(escape(v), styles["body"])]
            for k, v in rows if v]
    table = Table(data, colWidths=[1.6 * inch, 5.2 * inch], hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    return table


def _note_story(note: NoteView, *, client_name: str, authors: dict[str, str],
                styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    story: list[Flowable] = [
        Paragraph(escape(f"{note.format.upper()} note: {client_name}"), styles["title"]),
        _facts([("Author", authors.get(note.author_id, note.author_id)),
                ("Signed", f"{note.signed_at or ''} by "
                           f"{authors.get(note.signed_by or '', note.signed_by or '')}"),
                ("Content hash", note.content_hash or ""),
                ("Integrity", "matches the signed content" if note.intact
                 else "DOES NOT MATCH: altered after signing")], styles),
        Spacer(1, 8),
        *paragraphs(note.body, styles["body"]),
    ]
    for number, addendum in enumerate(note.addenda, start=1):
        story.append(KeepTogether([
            Paragraph(escape(f"Addendum {number}"), styles["heading"]),
            _facts([("Signed", f"{addendum.signed_at} by "
                               f"{authors.get(addendum.author_id, addendum.author_id)}"),
                    ("Reason", addendum.reason),
                    ("Content hash", addendum.content_hash)], styles),
            Spacer(1, 4),
            *paragraphs(addendum.body, styles["body"]),
        ]))
    return story


def signed_note_pdf(note: NoteView, *, client_name: str, authors: dict[str, str]) -> bytes:
    """One signed note and its addenda, with signer, time and content hash."""
    look = styles()
    story = _note_story(note, client_name=client_name, authors=authors, styles=look)
    return build_pdf(story, title=f"{note.format} note",
                  footer=f"Confidential health information · printed {stamp()}")


def client_record_pdf(*, chart: Chart, notes: list[NoteView], consents: list[dict[str, object]],
                      authors: dict[str, str]) -> bytes:
    """A client's record: chart, consents, then every signed note with its addenda."""
    look = styles()
    address = chart.address
    story: list[Flowable] = [
        Paragraph(escape(f"Client record: {chart.display_name}"), look["title"]),
        _facts([("Legal name", chart.legal_name),
                ("Preferred name", chart.preferred_name or ""),
                ("Date of birth", chart.date_of_birth.isoformat() if chart.date_of_birth else ""),
                ("Address", ", ".join(p for p in [address.street, address.unit, address.city,
                                                  address.state, address.zip] if p)
                 if address else ""),
                ("Phone", chart.phone or ""), ("E-mail", chart.email or ""),
                ("Insurance member ID", chart.insurance_member_id or ""),
                ("MRN", chart.mrn or "")], look),
        Paragraph("Consents", look["heading"]),
    ]
    if consents:
        story.append(_facts([(str(c["kind"]).replace("_", " "),
                              f"version {c['version']}, given {c['granted_on']}, "
                              f"{c['status']}") for c in consents], look))
    else:
        story.append(Paragraph("None on file.", look["body"]))
    signed = [note for note in notes if note.status == "signed"]
    story.append(Paragraph(f"Signed notes: {len(signed)}", look["heading"]))
    for note in signed:
        story += [PageBreak(), *_note_story(note, client_name=chart.display_name,
                                            authors=authors, styles=look)]
    return build_pdf(story, title="Client record",
                  footer=f"Confidential health information · printed {stamp()} · "
                         "psychotherapy notes are not part of this record")
