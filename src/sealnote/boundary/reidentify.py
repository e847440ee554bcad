"""Placeholders in a model's output back to their values; an unknown one is flagged, not guessed."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from sealnote.boundary.surrogates import PLACEHOLDER, Surrogates


@dataclass(frozen=True)
class Reidentified:
    """The restored text and every placeholder the model made up or altered."""

    text: str
    unknown_placeholders: tuple[str, ...]

    @property
    def clean(self) -> bool:
        return not self.unknown_placeholders


def reidentify(text: str, *, surrogates: Surrogates) -> Reidentified:
    """Restore every placeholder this request made; leave any other one visible and flagged.

    A placeholder stands for one value however it was written ("Peggy", "peggy"). Where it
    comes back as often as it went out (the de-identified text itself), each occurrence gets
    its own writing back; elsewhere (a model's draft) every occurrence gets the first.
    """
    unknown: list[str] = []
    counts = Counter(match.group(0) for match in PLACEHOLDER.finditer(text))
    written = {token: iter(forms) for token, forms in surrogates.written.items()
               if len(forms) == counts.get(token) and len(set(forms)) > 1}

    def restore(match: re.Match[str]) -> str:
        token = match.group(0)
        original = surrogates.originals.get(token)
        if original is None:
            unknown.append(token)
            return token
        return next(written[token]) if token in written else original

    restored = PLACEHOLDER.sub(restore, text)
    for token, original in surrogates.originals.items():
        if token.startswith("[SHIFTED:"):
            restored = restored.replace(token[len("[SHIFTED:"):-1], original)
    return Reidentified(restored, tuple(dict.fromkeys(unknown)))
