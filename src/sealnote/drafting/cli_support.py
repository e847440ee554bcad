"""What `sealnote draft` does, apart from parsing its options."""

from __future__ import annotations

import os
from pathlib import Path

from sealnote.actor import operator
from sealnote.config import Settings
from sealnote.drafting.audio import transcribe_and_delete, whisper_transcriber
from sealnote.drafting.flows import DraftOutcome, draft_note, draft_stateless
from sealnote.drafting.modalities import Modality, get_modality
from sealnote.drafting.providers import Provider
from sealnote.drafting.providers.offline import OfflineProvider
from sealnote.drafting.providers.openai_compat import OpenAICompatProvider
from sealnote.drafting.service import resolve_format
from sealnote.errors import InvalidInput
from sealnote.practice import Practice

AUDIO = {".wav", ".mp3", ".m4a", ".ogg", ".webm", ".flac"}


def make_provider(name: str, *, base_url: str | None, model: str) -> Provider:
    """The provider a user asked for, configured from options and the environment."""
    if name == "offline":
        return OfflineProvider()
    if name == "openai":
        url = base_url or os.environ.get("SEALNOTE_MODEL_BASE_URL")
        if not url:
            raise InvalidInput("The openai provider needs --base-url (or "
                               "SEALNOTE_MODEL_BASE_URL).",
                               hint="For Ollama on this machine: http://127.0.0.1:11434/v1")
        return OpenAICompatProvider(base_url=url, model=model,
                                    api_key=os.environ.get("SEALNOTE_MODEL_API_KEY"))
    raise InvalidInput(f"Unknown provider {name!r}.", hint="Use offline or openai.")


def _modality(name: str | None) -> Modality | None:
    if name is None:
        return None
    found = get_modality(name)
    if found is None:
        raise InvalidInput(f"Unknown modality {name!r}.",
                           hint="Try cbt, dbt, act, ifs, emdr, psychodynamic, person-centred, "
                           "mi, exposure, gottman, eft, family_systems or play.")
    return found


def _read(file: Path) -> str:
    if not file.is_file():
        raise InvalidInput(f"{file} does not exist.")
    if file.suffix.lower() in AUDIO:
        return transcribe_and_delete(file, transcriber=whisper_transcriber())
    try:
        return file.read_text(encoding="utf-8")
    except UnicodeDecodeError as err:
        raise InvalidInput(f"{file} is not a UTF-8 text file.",
                           hint="Save the dictation as plain text (UTF-8).") from err


def run_draft(*, file: Path, note_format: str, modality: str | None, provider: str,
              base_url: str | None, model: str, client: str | None,
              settings: Settings | None) -> DraftOutcome:
    """Stateless without --client; otherwise the full audited flow for that client."""
    chosen = make_provider(provider, base_url=base_url, model=model)
    style = _modality(modality)
    text = _read(file)
    if client is None or settings is None:
        return draft_stateless(text, note_format=resolve_format(None, name=note_format),
                               modality=style, provider=chosen)
    practice = Practice.open(settings)
    try:
        with practice.sessions() as db:
            fmt = resolve_format(db, name=note_format)
        return draft_note(practice, actor=operator(), client_id=client, text=text,
                          note_format=fmt, modality=style, provider=chosen)
    finally:
        practice.close()


def describe(outcome: DraftOutcome) -> str:
    """The draft and its flags, for a terminal."""
    lines = [outcome.draft, ""]
    if outcome.flags:
        lines.append(f"{len(outcome.flags)} item(s) to check before signing:")
        lines += [f"  [{f.kind}] {f.detail}: {f.sentence[:100]}" for f in outcome.flags]
    else:
        lines.append("No flags: every sentence traces to the dictation.")
    if outcome.note_id:
        lines.append(f"Saved as draft note {outcome.note_id}; it enters the record only when "
                     "its author signs it.")
    return "\n".join(lines)
