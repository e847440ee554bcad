"""Model providers. Every one accepts only a ReleasedText: nothing else may leave."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from sealnote.boundary.release import ReleasedText
from sealnote.drafting.formats import NoteFormat
from sealnote.drafting.modalities import Modality
from sealnote.errors import SealnoteError


@dataclass(frozen=True)
class DraftRequest:
    """What a provider is given: released text and the shape the note must take."""

    released: ReleasedText
    note_format: NoteFormat
    modality: Modality | None


class ProviderError(SealnoteError):
    """The model could not produce a draft; the dictation is kept."""


class Provider(Protocol):
    name: str
    model: str
    endpoint: str

    def draft(self, request: DraftRequest) -> str:
        """A note in the request's format, written from the released text only."""
        ...
