"""Letters and records as PDF or DOCX, drawn on this machine.

ReportLab with the Bitstream Vera fonts it ships (accented names print without any font
download) and python-docx. Built in memory: a document holding PHI is never written to disk by
the server. A `Letter` is plain blocks, so every renderer shows the same words."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from xml.sax.saxutils import escape

import docx
import reportlab
from reportlab.lib import colors
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer

_FONTS = Path(reportlab.__file__).parent / "fonts"
_registered = False


def styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles every Sealnote PDF uses."""
    global _registered
    if not _registered:
        pdfmetrics.registerFont(TTFont("SealnoteSans", str(_FONTS / "Vera.ttf")))
        pdfmetrics.registerFont(TTFont("SealnoteSans-Bold", str(_FONTS / "VeraBd.ttf")))
        _registered = True
    body = ParagraphStyle("body", fontName="SealnoteSans", fontSize=10.5, leading=14.5,
                          spaceAfter=4)
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8.5, leading=11,
                                textColor=colors.HexColor("#52606d")),
        "title": ParagraphStyle("title", parent=body, fontName="SealnoteSans-Bold", fontSize=16,
                                leading=20, spaceAfter=8),
        "heading": ParagraphStyle("heading", parent=body, fontName="SealnoteSans-Bold",
                                  fontSize=12, leading=16, spaceBefore=10, spaceAfter=4),
        "bullet": ParagraphStyle("bullet", parent=body, leftIndent=14, bulletIndent=4),
    }


def paragraphs(text: str, style: ParagraphStyle) -> list[Flowable]:
    """Plain text (escaped: it is never markup) with its line breaks kept."""
    blocks = [block for block in text.strip().split("\n\n") if block.strip()]
    return [Paragraph(escape(block).replace("\n", "<br/>"), style) for block in blocks]


def stamp() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")


def build_pdf(story: list[Flowable], *, title: str, footer: str) -> bytes:
    """Lay out a story on US Letter pages with a footer and page numbers."""
    buffer = io.BytesIO()

    def decorate(canvas: object, document: SimpleDocTemplate) -> None:
        canvas.saveState()  # type: ignore[attr-defined]
        canvas.setFont("SealnoteSans", 8)  # type: ignore[attr-defined]
        canvas.setFillColor(colors.HexColor("#52606d"))  # type: ignore[attr-defined]
        canvas.drawString(inch * 0.75, inch * 0.5,  # type: ignore[attr-defined]
                          f"{footer} · page {document.page}")
        canvas.restoreState()  # type: ignore[attr-defined]

    document = SimpleDocTemplate(buffer, pagesize=LETTER, title=title, author="Sealnote",
                                 leftMargin=0.75 * inch, rightMargin=0.75 * inch,
                                 topMargin=0.75 * inch, bottomMargin=0.8 * inch,
                                 invariant=True)
    document.build(story, onFirstPage=decorate, onLaterPages=decorate)
    return buffer.getvalue()


@dataclass
class Letter:
    """A document as blocks: ("heading" | "paragraph" | "bullet", text)."""

    title: str
    blocks: list[tuple[str, str]] = field(default_factory=list)

    def heading(self, text: str) -> Letter:
        self.blocks.append(("heading", text))
        return self

    def paragraph(self, text: str) -> Letter:
        self.blocks.append(("paragraph", text))
        return self

    def bullets(self, items: list[str]) -> Letter:
        self.blocks += [("bullet", item) for item in items]
        return self

    def text(self) -> str:
        """The letter as plain text (what tests and reviewers read)."""
        lines = [self.title]
        for kind, value in self.blocks:
            if kind != "bullet" or not lines[-1].startswith("- "):
                lines.append("")
            lines.append(f"- {value}" if kind == "bullet" else value)
        return "\n".join(lines) + "\n"

    def html(self) -> str:
        """A standalone HTML page (no scripts, no remote resources)."""
        parts = [f"<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>"
                 f"{escape(self.title)}</title><body><h1>{escape(self.title)}</h1>"]
        in_list = False
        for kind, value in self.blocks:
            if kind == "bullet" and not in_list:
                parts.append("<ul>")
                in_list = True
            if kind != "bullet" and in_list:
                parts.append("</ul>")
                in_list = False
            tag = {"heading": "h2", "bullet": "li"}.get(kind, "p")
            parts.append(f"<{tag}>{escape(value)}</{tag}>")
        parts.append("</ul></body></html>" if in_list else "</body></html>")
        return "".join(parts)

    def pdf(self, *, footer: str = "") -> bytes:
        look = styles()
        story: list[Flowable] = [Paragraph(escape(self.title), look["title"])]
        for kind, value in self.blocks:
            if kind == "heading":
                story.append(Paragraph(escape(value), look["heading"]))
            elif kind == "bullet":
                story.append(Paragraph(escape(value), look["bullet"], bulletText="•"))
            else:
                story += paragraphs(value, look["body"]) or [Spacer(1, 6)]
        return build_pdf(story, title=self.title, footer=footer or f"Printed {stamp()}")

    def docx(self) -> bytes:
        document = docx.Document()
        document.core_properties.title = self.title
        document.core_properties.author = "Sealnote"
        document.add_heading(self.title, level=1)
        for kind, value in self.blocks:
            if kind == "heading":
                document.add_heading(value, level=2)
            elif kind == "bullet":
                document.add_paragraph(value, style="List Bullet")
            else:
                document.add_paragraph(value)
        buffer = io.BytesIO()
        document.save(buffer)
        return buffer.getvalue()


RENDERERS: dict[str, tuple[str, Callable[[Letter], bytes]]] = {
    "pdf": ("application/pdf", lambda letter: letter.pdf()),
    "docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
             lambda letter: letter.docx()),
}
