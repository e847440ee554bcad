"""What `sealnote deid` prints, kept apart from the CLI so it can be tested directly."""

from __future__ import annotations

import json
from typing import IO, Any

from sealnote.boundary.deidentify import deidentify
from sealnote.boundary.known import KnownIdentifiers


def deid_plain(text: str) -> str:
    """The de-identified text, then a table of what was replaced."""
    result = deidentify(text)
    lines = [result.text.rstrip("\n"), "", f"{'label':<14} {'start':>6} {'end':>6}  found by"]
    for span in result.deidentified.spans:
        lines.append(f"{span.label.value:<14} {span.start:>6} {span.end:>6}  {span.source}")
    if not result.deidentified.spans:
        lines.append("(no identifiers found)")
    if result.sensitive:
        kinds = sorted({m.category.value for m in result.sensitive})
        lines.append(f"\nsensitive categories mentioned: {', '.join(kinds)}")
    lines.append(f"re-identification risk of what remains: {result.risk.level}")
    lines += [f"  review ({kind}): {phrase}" for kind, phrase in result.risk.phrases]
    return "\n".join(lines)


def _read(document: Any) -> tuple[str, KnownIdentifiers | None]:
    """The text and the known identifiers of one parsed line; ValueError, with a message that
    quotes nothing of the line, when it is not what --jsonl takes."""
    if not isinstance(document, dict) or not isinstance(document.get("text"), str):
        raise ValueError('each line needs an object with a "text" string')
    known_record = document.get("known")
    if known_record is not None and not isinstance(known_record, dict):
        raise ValueError('"known" must be an object of chart fields')
    known = KnownIdentifiers.from_record(known_record) if known_record else None
    return document["text"], known


def _id_of(document: Any) -> Any:
    return document.get("id") if isinstance(document, dict) else None


def deid_jsonl(source: IO[str], sink: IO[str]) -> int:
    """Process every line; a bad line yields an error line and the rest go on. Returns failures."""
    failures = 0
    for number, line in enumerate(source, start=1):
        if not line.strip():
            continue
        document: Any = None
        try:
            document = json.loads(line)
            text, known = _read(document)
        except (ValueError, TypeError) as err:
            failures += 1
            output = {"id": _id_of(document), "line": number, "error": str(err).split("\n")[0]}
        else:
            output = _deidentified(document, text, known, number)
            failures += "error" in output
        sink.write(json.dumps(output, ensure_ascii=False) + "\n")
        sink.flush()
    return failures


def _deidentified(document: Any, text: str, known: KnownIdentifiers | None,
                  number: int) -> dict[str, Any]:
    """One line's output: its de-identified text and spans, or, if the boundary fails, an
    error that holds nothing of the line."""
    try:
        result = deidentify(text, known=known)
    except Exception as err:
        # Fail closed, and one line's failure must not lose the rest: nothing of the line is
        # printed, not even in the message, which names only the kind of failure.
        return {"id": _id_of(document), "line": number,
                "error": f"internal error ({type(err).__name__}): this line was not "
                         "de-identified and none of it is printed; the other lines go on. "
                         "Please report it with the line's number, not its text."}
    return {"id": _id_of(document), "text": result.text,
            "spans": [{"start": s.start, "end": s.end, "label": s.label.value}
                      for s in result.deidentified.spans]}
