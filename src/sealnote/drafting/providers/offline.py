"""The offline drafter: the dictation's own sentences, sorted into the format's sections.

Needs no model and invents nothing: every sentence of the draft is a sentence of the source.
"""

from __future__ import annotations

import re
from functools import cache

from sealnote.drafting.formats import NoteFormat
from sealnote.drafting.providers import DraftRequest

SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\[A-Z0-9\"'(])|\n+")


def split_sentences(text: str) -> list[str]:
    """Sentences of a dictation (placeholders like [PERSON_1] kept whole)."""
    return [s.strip() for s in SENTENCE_END.split(text) if s and s.strip()]


MODALITY_LINE = "Modality: "


def labelled(sentence: str, note_format: NoteFormat) -> tuple[str | None, str] | None:
    """(section key, text) when the clinician labelled the sentence ("Plan: …", "S: …").

    A label from another format ("S:" in a BIRP note) is taken off, and the key is None so the
    sentence is sorted by its words.
    """
    match = re.match(r"^\s*([A-Za-z ]{1,30}?)\s*:\s*(.+)$", sentence, re.DOTALL)
    if match is None:
        return None
    label, text = match.group(1).strip().lower(), match.group(2).strip()
    for section in note_format.sections:
        if label in (section.title.lower(), section.key) or (
                len(label) == 1 and section.title.lower().startswith(label)):
            return section.key, text
    if label in _known_labels():
        return None, text
    return None


@cache
def _known_labels() -> frozenset[str]:
    from sealnote.drafting.formats import BUILT_IN

    labels = set()
    for note_format in BUILT_IN.values():
        for section in note_format.sections:
            labels |= {section.title.lower(), section.key, section.title[0].lower()}
    return frozenset(labels)


def classify(sentence: str, note_format: NoteFormat) -> str:
    """The key of the section whose cue words the sentence uses most."""
    lowered = f" {sentence.lower()} "
    best_key, best_score = note_format.sections[0].key, 0
    for section in note_format.sections:
        score = sum(lowered.count(cue) for cue in section.cues)
        if score > best_score:
            best_key, best_score = section.key, score
    return best_key


def render(sections: dict[str, list[str]], note_format: NoteFormat) -> str:
    """Headings and their text, in the format's order; empty sections say so."""
    parts = []
    for section in note_format.sections:
        body = " ".join(sections.get(section.key, [])) or "(nothing dictated for this section)"
        parts.append(f"{section.title}:\n{body}")
    return "\n\n".join(parts)


class OfflineProvider:
    name = "offline"
    model = "sentence-sorter"
    endpoint = "local"

    def draft(self, request: DraftRequest) -> str:
        note_format = request.note_format
        sections: dict[str, list[str]] = {}
        current: str | None = None
        for sentence in split_sentences(request.released.text):
            marked = labelled(sentence, note_format)
            if marked is not None:
                current, sentence = marked[0], marked[1]
            # An unlabelled sentence after "P: …" still belongs to the plan, and so on.
            key = current if current is not None else classify(sentence, note_format)
            sections.setdefault(key, []).append(sentence)
        if request.modality is not None:
            terms = request.modality.found_in(request.released.text)
            if terms:
                target = next((s.key for s in note_format.sections
                               if s.key in ("intervention", "data", "course", "objective")),
                              note_format.sections[0].key)
                sections.setdefault(target, []).append(
                    f"{MODALITY_LINE}{request.modality.title}; terms used in session: "
                    f"{', '.join(terms)}.")
        return render(sections, note_format)
